import { describe, expect, it } from 'vitest'
import { generateDemoAgency } from '../demo'
import { buildQuarterlyModel } from '../results/models'
import { buildQuarterlyReportInput } from './build-quarterly'
import { reviewModelInput } from './build-review-common'
import { demoReportSources } from './demo-sources'
import { quarterlyReportInputSchema } from './report-input'
import { dueReviewPeriods } from './review-sources'
import type { ReportSources } from './sources'

const TODAY = '2026-11-23'
const OPTIONS = { today: TODAY, now: '2026-11-23T08:00:00.000Z' }
const agency = generateDemoAgency({ seed: 42, today: TODAY })
const byName = (start: string) => {
  const client = agency.clients.find((c) => c.name.startsWith(start))
  if (!client) throw new Error(start)
  return demoReportSources(agency, client.id)
}

describe('the quarterly report input over the demo agency', () => {
  it.each(agency.clients.map((c) => [c.name, c.id]))(
    'validates for %s, its calendar and its due cooperation quarter, with the model’s figures',
    (_, id) => {
      const sources = demoReportSources(agency, id)
      const due = dueReviewPeriods(sources.client.cooperationStart, TODAY).quarter
      for (const key of ['2026-Q3', due]) {
        const input = buildQuarterlyReportInput(sources, key, OPTIONS)
        expect(() => quarterlyReportInputSchema.parse(input)).not.toThrow()
        expect(input.model).toEqual(buildQuarterlyModel(reviewModelInput(sources), key))
        expect(input.language).toBe(sources.client.language)
        expect(input.previousMonths.map((m) => m.month)).toEqual(input.model.previous.months)
        expect(input.lastYearMonths.map((m) => m.month)).toEqual(input.model.lastYear.months)
      }
    },
  )
})

describe('the quarterly report input', () => {
  it('gives a cooperation quarter its aim, its review meeting and what was done in it', () => {
    // Nieruchomości Wiśniewscy: from 4 Feb 2025; the sixth quarter (Y2 Q2, May – Jul 2026) was reviewed in August.
    const sources = byName('Nieruchomości')
    const input = buildQuarterlyReportInput(sources, 'coop-Y2-Q2', OPTIONS)
    expect(input.period).toEqual({ key: 'coop-Y2-Q2', start: '2026-05-01', end: '2026-07-31' })
    expect(input.cooperation).toEqual({
      start: '2025-02-04',
      year: 2,
      quarter: 2,
      aim: 'q2-non-standard-actions',
    })
    expect(input.review).toMatchObject({ date: '2026-08-10', held: true })
    const campaigns = sources.campaigns.filter(
      (c) =>
        ['live', 'testing', 'learned'].includes(c.stage) &&
        c.startDate !== null &&
        c.startDate >= '2026-05-01' &&
        c.startDate <= '2026-07-31',
    )
    expect(input.work.campaignsLaunched.map((c) => c.name).sort()).toEqual(
      campaigns.map((c) => c.name).sort(),
    )
  })

  it('gives a calendar quarter its own commentary and the cooperation quarter it mostly is', () => {
    const sources = byName('Nieruchomości')
    const input = buildQuarterlyReportInput(sources, '2026-Q3', OPTIONS)
    const own = sources.commentaries.find((c) => c.periodKind === 'quarter' && c.period === '2026-Q3')
    expect(input.commentary?.summary).toBe(own?.summary.trim())
    // Q3 (Jul – Sep) shares Aug and Sep with Y2 Q3 (Aug – Oct).
    expect(input.cooperation).toMatchObject({ year: 2, quarter: 3, aim: 'q3-control-next-year' })
  })

  it('has no cooperation aim for a quarter before the cooperation, and no comparison a year back without data', () => {
    // Pohjola Analytics: cooperation from November 2026, data from February 2026.
    const sources = byName('Pohjola')
    const input = buildQuarterlyReportInput(sources, '2026-Q3', OPTIONS)
    expect(input.cooperation).toBeNull()
    expect(input.review).toBeNull()
    for (const kpi of input.model.kpis) {
      expect(kpi.lastYear.value).toBeNull()
      expect(kpi.lastYear.change.relative).toBeNull()
    }
    expect(input.lastYearMonths.every((m) => Object.values(m.values).every((v) => v === null))).toBe(true)
  })

  it('is verified for a cooperation quarter only when each of its months is, as of the latest', () => {
    const base = byName('Oakridge')
    const months = buildQuarterlyModel(reviewModelInput(base), 'coop-Y1-Q3').period.months
    const stamp = (month: string, i: number) => `2026-0${String(i + 6)}-0${String(i + 1)}T10:00:00.000Z`
    const verifiedMonths = months.map((month, i) => ({
      ...(base.commentaries[0] as ReportSources['commentaries'][number]),
      id: `99999999-9999-4999-8999-99999999999${String(i)}`,
      periodKind: 'month' as const,
      period: month,
      verifiedAt: stamp(month, i),
    }))
    const others = base.commentaries.filter((c) => !(c.periodKind === 'month' && months.includes(c.period)))
    const verified = buildQuarterlyReportInput(
      { ...base, commentaries: [...others, ...verifiedMonths] },
      'coop-Y1-Q3',
      OPTIONS,
    )
    expect(verified.verifiedAt).toBe(stamp('', 2))
    expect(verified.draft).toBe(false)
    const oneOpen = buildQuarterlyReportInput(
      { ...base, commentaries: [...others, ...verifiedMonths.slice(1)] },
      'coop-Y1-Q3',
      OPTIONS,
    )
    expect(oneOpen.verifiedAt).toBeNull()
    expect(oneOpen.draft).toBe(true)
    expect(buildQuarterlyReportInput(base, 'coop-Y1-Q3', { ...OPTIONS, draft: false }).draft).toBe(false)
  })

  it('shows the lean loop of the quarter from the tests’ stage history', () => {
    const sources = byName('Nieruchomości')
    const input = buildQuarterlyReportInput(sources, 'coop-Y2-Q3', OPTIONS)
    const all = [...input.leanLoop.learned, ...input.leanLoop.running, ...input.leanLoop.next]
    expect(all.length).toBeGreaterThan(0)
    for (const test of input.leanLoop.learned) {
      expect(test.learnedOn! >= input.period.start && test.learnedOn! <= input.period.end).toBe(true)
      expect(test.learning).not.toBe('')
    }
  })
})
