import { describe, expect, it } from 'vitest'
import { generateDemoAgency } from '../demo'
import { buildAnnualModel } from '../results/models'
import { buildAnnualReportInput } from './build-annual'
import { reviewModelInput } from './build-review-common'
import { demoReportSources } from './demo-sources'
import { annualReportInputSchema } from './report-input'
import { dueReviewPeriods } from './review-sources'

const TODAY = '2026-11-23'
const OPTIONS = { today: TODAY, now: '2026-11-23T08:00:00.000Z' }
const agency = generateDemoAgency({ seed: 42, today: TODAY })
const byName = (start: string) => {
  const client = agency.clients.find((c) => c.name.startsWith(start))
  if (!client) throw new Error(start)
  return demoReportSources(agency, client.id)
}
const PNG = 'data:image/png;base64,iVBORw0KGgo='

describe('the annual report input over the demo agency', () => {
  it.each(agency.clients.map((c) => [c.name, c.id]))(
    'validates for %s, last calendar year and its due cooperation year, with the model’s figures',
    (_, id) => {
      const sources = demoReportSources(agency, id)
      const due = dueReviewPeriods(sources.client.cooperationStart, TODAY).year
      for (const key of ['2025', due]) {
        const input = buildAnnualReportInput(sources, key, OPTIONS)
        expect(() => annualReportInputSchema.parse(input)).not.toThrow()
        expect(input.model).toEqual(buildAnnualModel(reviewModelInput(sources), key))
        expect(input.previousMonths.map((m) => m.month)).toEqual(input.model.previous.months)
      }
    },
  )
})

describe('the annual report input', () => {
  it('carries the closing first year’s proposal for next year, starting after the year', () => {
    // Завод Пирин: from 1 Dec 2025; its first year closes in November 2026.
    const sources = byName('Завод')
    const input = buildAnnualReportInput(sources, 'coop-Y1', OPTIONS)
    const written = sources.commentaries.find((c) => c.periodKind === 'year' && c.period === '2026')
    expect(written?.proposal?.items.length).toBeGreaterThan(0)
    expect(input.proposal?.items.map((i) => i.title)).toEqual(written?.proposal?.items.map((i) => i.title))
    expect(input.proposal?.from).toBe('2026-12')
    expect(input.cooperation).toEqual({ start: '2025-12-01', year: 1, quarter: null, aim: null })
    expect(input.review).toMatchObject({ date: '2026-12-01', held: false, decisions: [] })
  })

  it('compares a first year with no data before it with nothing: no previous year, baseline or record', () => {
    const sources = byName('Завод')
    const rows = sources.rows.filter((r) => r.month >= '2025-12')
    const input = buildAnnualReportInput({ ...sources, rows }, 'coop-Y1', OPTIONS)
    expect(input.model.baseline.months).toEqual([])
    expect(input.model.kpis.some((kpi) => kpi.value !== null)).toBe(true)
    for (const kpi of input.model.kpis) {
      expect(kpi.previous.value).toBeNull()
      expect(kpi.previous.change.relative).toBeNull()
      expect(kpi.baseline?.value ?? null).toBeNull()
    }
    expect(input.model.records).toEqual([])
    expect(input.model.improvements).toEqual({ byChannel: [], byCampaign: [] })
  })

  it('keeps the creative images the PDF can embed', () => {
    const sources = byName('Завод')
    const commentaries = sources.commentaries.map((c) =>
      c.periodKind === 'year' && c.proposal
        ? { ...c, proposal: { ...c.proposal, creativeImages: [PNG, 'data:image/webp;base64,UklGRg=='] } }
        : c,
    )
    const input = buildAnnualReportInput({ ...sources, commentaries }, 'coop-Y1', OPTIONS)
    expect(input.proposal?.creativeImages).toEqual([PNG])
  })

  it('gives a calendar year its own commentary and the year’s learned tests', () => {
    const sources = byName('Sklep')
    const input = buildAnnualReportInput(sources, '2025', OPTIONS)
    const own = sources.commentaries.find((c) => c.periodKind === 'year' && c.period === '2025')
    expect(input.commentary?.summary).toBe(own?.summary.trim())
    for (const test of input.leanLoop.learned) expect(test.learnedOn?.startsWith('2025')).toBe(true)
  })
})
