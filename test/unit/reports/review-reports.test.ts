/**
 * Every demo client's quarterly and annual report, rendered and read back with pdftotext: the
 * client's name, the period, the KPI values and their changes against the previous quarter, the
 * same quarter last year, the previous year and the pre-cooperation baseline — from the report
 * model, in the client's language — and only our embedded fonts. Each report is rendered once
 * for the file; the tests read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatChange, formatMetric } from '@shared/results/metric-format'
import { addMonths, monthIndex } from '@shared/results/months'
import { resolvePeriod } from '@shared/results/periods'
import {
  buildAnnualReportInput,
  buildQuarterlyReportInput,
  dueReviewPeriods,
  type AnnualReportInput,
  type QuarterlyReportInput,
} from '@shared/reports'
import { reportT } from '../../../electron/reports/i18n'
import { renderReportPdf } from '../../../electron/reports/render'
import { reviewContextOf, reviewT } from '../../../electron/reports/review/context'
import { quarterName, yearName } from '../../../electron/reports/review/format'
import { demoSources, MONTH, OPTIONS, TODAY } from './fixtures'
import { cleanUpPdfs, flat, writePdf, type WrittenPdf } from './pdf-tools'

type Rendered<I> = { input: I; pdf: WrittenPdf; text: string }

const quarterly: Rendered<QuarterlyReportInput>[] = []
const annual: Rendered<AnnualReportInput>[] = []

/** The review due for the client, or a calendar period when that one has no complete month yet. */
function periodsOf(cooperationStart: string): { quarter: string; year: string } {
  const due = dueReviewPeriods(cooperationStart, TODAY)
  const quarterEnd = resolvePeriod(due.quarter, cooperationStart).months.at(-1) ?? MONTH
  const yearStart = resolvePeriod(due.year, cooperationStart).months[0] ?? MONTH
  return {
    quarter: quarterEnd <= MONTH ? due.quarter : '2026-Q3',
    year: monthIndex(yearStart) <= monthIndex(addMonths(MONTH, -2)) ? due.year : '2026',
  }
}

beforeAll(async () => {
  for (const sources of demoSources()) {
    const periods = periodsOf(sources.client.cooperationStart)
    const q = buildQuarterlyReportInput(sources, periods.quarter, OPTIONS)
    const qPdf = writePdf(await renderReportPdf(q), `quarterly-${sources.client.name}`)
    quarterly.push({ input: q, pdf: qPdf, text: flat(qPdf.text()) })
    const a = buildAnnualReportInput(sources, periods.year, OPTIONS)
    const aPdf = writePdf(await renderReportPdf(a), `annual-${sources.client.name}`)
    annual.push({ input: a, pdf: aPdf, text: flat(aPdf.text()) })
  }
}, 900_000)

afterAll(cleanUpPdfs)

const OUR_FONT = /^[A-Z]{6}\+Inter-(Regular|Medium|SemiBold|Bold)$/

function expectOnlyOurFonts(pdf: WrittenPdf) {
  const fonts = pdf.fonts()
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) {
    expect(font.embedded, font.name).toBe(true)
    expect(font.name).toMatch(OUR_FONT)
  }
}

describe('the quarterly report of every demo client', () => {
  it('renders for each of them, in all four languages, cooperation quarters among them', () => {
    expect(quarterly.length).toBe(demoSources().length)
    expect(new Set(quarterly.map((r) => r.input.language))).toEqual(new Set(['en', 'fi', 'pl', 'bg']))
    expect(quarterly.filter((r) => r.input.model.period.scheme === 'cooperation').length).toBeGreaterThan(8)
  })

  it("names the client, the report and the quarter in the client's language", () => {
    for (const { input, text } of quarterly) {
      const ctx = reviewContextOf(input)
      expect(text).toContain(flat(input.client.name))
      expect(text).toContain(ctx.r('kind.quarterly'))
      expect(text).toContain(flat(quarterName(input.period.key, input.cooperation, ctx)))
    }
  })

  it('prints every tile’s value and its changes vs the previous quarter and the same quarter last year', () => {
    let qoq = 0
    let yoy = 0
    for (const { input, text } of quarterly) {
      const r = reviewT(input.language)
      for (const key of input.selection.tiles) {
        const definition = input.model.metrics.find((d) => d.key === key)
        const figure = input.model.kpis.find((f) => f.key === key)
        if (!definition || !figure) throw new Error(`tile ${key} has no figure`)
        if (input.model.kpis.every((f) => f.value === null)) continue
        expect(text).toContain(
          flat(formatMetric(definition, figure.value, input.model.currency, input.language)),
        )
        if (figure.previous.value !== null) {
          expect(text, `${input.client.name}: ${key} QoQ`).toContain(
            `${flat(formatChange(figure.previous.change.relative, input.language))} ${r('compare.qoq')}`,
          )
          qoq += 1
        }
        if (figure.lastYear.value !== null) {
          expect(text, `${input.client.name}: ${key} YoY`).toContain(
            `${flat(formatChange(figure.lastYear.change.relative, input.language))} ${r('compare.yoy')}`,
          )
          yoy += 1
        }
      }
    }
    expect(qoq).toBeGreaterThan(40)
    expect(yoy).toBeGreaterThan(20)
  })

  it('states the cooperation quarter’s aim and shows the lean loop’s learnings', () => {
    let aims = 0
    let learnings = 0
    for (const { input, text } of quarterly) {
      const r = reviewT(input.language)
      expect(text).toContain(r('aim.title'))
      if (input.cooperation?.aim) {
        expect(text).toContain(flat(r(`aim.names.${input.cooperation.aim}`)))
        aims += 1
      }
      for (const test of input.leanLoop.learned.slice(0, 8)) {
        expect(text).toContain(flat(test.learning))
        learnings += 1
      }
    }
    expect(aims).toBeGreaterThan(8)
    expect(learnings).toBeGreaterThan(0)
  })

  it('embeds only the bundled Inter fonts', () => {
    for (const { pdf } of quarterly) expectOnlyOurFonts(pdf)
  })

  it('gives page X of Y on every content page', () => {
    for (const { input, pdf } of quarterly.slice(0, 4)) {
      const t = reportT(input.language)
      const pages = pdf.pages()
      for (let page = 2; page <= pages; page++)
        expect(flat(pdf.text(page, page))).toContain(
          t('frame.page', { page: String(page), total: String(pages) }),
        )
    }
  })
})

describe('the annual report of every demo client', () => {
  it('renders for each of them, in all four languages', () => {
    expect(annual.length).toBe(demoSources().length)
    expect(new Set(annual.map((r) => r.input.language))).toEqual(new Set(['en', 'fi', 'pl', 'bg']))
  })

  it("names the client, the report and the year in the client's language", () => {
    for (const { input, text } of annual) {
      const ctx = reviewContextOf(input)
      expect(text).toContain(flat(input.client.name))
      expect(text).toContain(ctx.r('kind.annual'))
      expect(text).toContain(flat(yearName(input.period.key, input.cooperation, ctx)))
    }
  })

  it('prints every tile’s value, its change vs the previous year and vs before the cooperation', () => {
    let yoy = 0
    let baseline = 0
    for (const { input, text } of annual) {
      if (input.model.kpis.every((f) => f.value === null)) continue
      const r = reviewT(input.language)
      for (const key of input.selection.tiles) {
        const definition = input.model.metrics.find((d) => d.key === key)
        const figure = input.model.kpis.find((f) => f.key === key)
        if (!definition || !figure) throw new Error(`tile ${key} has no figure`)
        expect(text).toContain(
          flat(formatMetric(definition, figure.value, input.model.currency, input.language)),
        )
        if (figure.previous.value !== null) {
          expect(text, `${input.client.name}: ${key} YoY`).toContain(
            `${flat(formatChange(figure.previous.change.relative, input.language))} ${r('compare.yoy')}`,
          )
          yoy += 1
        }
        if (figure.baseline && figure.baseline.value !== null) {
          expect(text, `${input.client.name}: ${key} vs baseline`).toContain(
            `${flat(formatChange(figure.baseline.change.relative, input.language))} ${r('compare.vsBaseline')}`,
          )
          baseline += 1
        }
      }
    }
    expect(yoy).toBeGreaterThan(40)
    expect(baseline).toBeGreaterThan(40)
  })

  it('shows where the client started and where it is: the baseline and this year’s monthly levels', () => {
    let cards = 0
    for (const { input, text } of annual) {
      const r = reviewT(input.language)
      expect(text).toContain(r('annual.startedTitle'))
      for (const key of input.selection.tiles.slice(0, 6)) {
        const definition = input.model.metrics.find((d) => d.key === key)
        const figure = input.model.kpis.find((f) => f.key === key)
        if (
          !definition ||
          !figure?.baseline ||
          figure.baseline.value === null ||
          figure.baseline.current === null
        )
          continue
        const format = (v: number | null) =>
          flat(formatMetric(definition, v, input.model.currency, input.language))
        expect(text).toContain(format(figure.baseline.value))
        expect(text).toContain(format(figure.baseline.current))
        cards += 1
      }
    }
    expect(cards).toBeGreaterThan(30)
  })

  it('lists the best months, marks the records, and carries next year’s proposal with its timeline', () => {
    let proposals = 0
    for (const { input, text } of annual) {
      const r = reviewT(input.language)
      for (const best of input.model.bestMonths) {
        const definition = input.model.metrics.find((d) => d.key === best.key)
        if (definition)
          expect(text).toContain(
            flat(formatMetric(definition, best.value, input.model.currency, input.language)),
          )
      }
      if (input.model.records.length > 0) expect(text).toContain(r('annual.record'))
      if (input.proposal && input.proposal.items.length > 0) {
        expect(text).toContain(r('annual.timeline'))
        for (const item of input.proposal.items) expect(text).toContain(flat(item.title))
        proposals += 1
      }
    }
    expect(proposals).toBeGreaterThan(2)
  })

  it('embeds only the bundled Inter fonts', () => {
    for (const { pdf } of annual) expectOnlyOurFonts(pdf)
  })
})
