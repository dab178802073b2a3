/**
 * Every demo client's monthly report and weekly summary, rendered and read back with pdftotext:
 * the client's name, the period, the KPI values and the year-over-year changes of the report
 * model appear in the client's language, and only our embedded fonts are used. The reports are
 * rendered once for the file; each test reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatChange, formatMetric } from '@shared/results/metric-format'
import {
  buildMonthlyReportInput,
  buildWeeklyReportInput,
  latestWeeklyWithSummary,
  type MonthlyReportInput,
  type WeeklyReportInput,
} from '@shared/reports'
import { textBlocks } from '../../../electron/reports/components/TextBlocks'
import { capitalize, date, longMonth } from '../../../electron/reports/format'
import { reportT } from '../../../electron/reports/i18n'
import { renderReportPdf } from '../../../electron/reports/render'
import { demoSources, MONTH, OPTIONS } from './fixtures'
import { cleanUpPdfs, flat, writePdf, type WrittenPdf } from './pdf-tools'

type Rendered<I> = { input: I; pdf: WrittenPdf; text: string }

const monthly: Rendered<MonthlyReportInput>[] = []
const weekly: Rendered<WeeklyReportInput>[] = []

beforeAll(async () => {
  for (const sources of demoSources()) {
    const input = buildMonthlyReportInput(sources, MONTH, OPTIONS)
    const pdf = writePdf(await renderReportPdf(input), `monthly-${sources.client.name}`)
    monthly.push({ input, pdf, text: flat(pdf.text()) })
    const meeting = latestWeeklyWithSummary(sources)
    if (!meeting) continue
    const weeklyInput = buildWeeklyReportInput(sources, meeting.id, OPTIONS)
    const weeklyPdf = writePdf(await renderReportPdf(weeklyInput), `weekly-${sources.client.name}`)
    weekly.push({ input: weeklyInput, pdf: weeklyPdf, text: flat(weeklyPdf.text()) })
  }
}, 600_000)

afterAll(cleanUpPdfs)

const OUR_FONT = /^[A-Z]{6}\+Inter-(Regular|Medium|SemiBold|Bold)$/

describe('the monthly report of every demo client', () => {
  it('renders for each of them, in all four languages', () => {
    expect(monthly.length).toBe(demoSources().length)
    expect(new Set(monthly.map((r) => r.input.language))).toEqual(new Set(['en', 'fi', 'pl', 'bg']))
  })

  it("names the client and the period in the client's language", () => {
    for (const { input, text } of monthly) {
      const t = reportT(input.language)
      expect(text).toContain(flat(input.client.name))
      expect(text).toContain(capitalize(longMonth(MONTH, input.language), input.language))
      expect(text).toContain(t('monthly.title'))
    }
  })

  it('prints every KPI value of the tiles and its year-over-year change from the report model', () => {
    let yoyChecked = 0
    for (const { input, text } of monthly) {
      const t = reportT(input.language)
      for (const key of input.selection.tiles) {
        const definition = input.model.metrics.find((d) => d.key === key)
        const figure = input.model.kpis.find((f) => f.key === key)
        if (!definition || !figure) throw new Error(`tile ${key} has no figure`)
        expect(text).toContain(
          flat(formatMetric(definition, figure.value, input.model.currency, input.language)),
        )
        if (figure.lastYear.value !== null) {
          const yoy = `${flat(formatChange(figure.lastYear.change.relative, input.language))} ${t('tile.yoy')}`
          expect(text, `${input.client.name}: ${key} YoY`).toContain(yoy)
          yoyChecked += 1
        }
      }
    }
    expect(yoyChecked).toBeGreaterThan(20)
  })

  it('embeds only the bundled Inter fonts', () => {
    for (const { pdf } of monthly) {
      const fonts = pdf.fonts()
      expect(fonts.length).toBeGreaterThan(0)
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true)
        expect(font.name).toMatch(OUR_FONT)
      }
    }
  })

  it('says "Draft" on a draft and the footer gives page X of Y on every content page', () => {
    for (const { input, pdf } of monthly.slice(0, 3)) {
      const t = reportT(input.language)
      const pages = pdf.pages()
      for (let page = 2; page <= pages; page++) {
        const text = flat(pdf.text(page, page))
        expect(text).toContain(t('frame.page', { page: String(page), total: String(pages) }))
        // The mark is set in capitals.
        if (input.draft) expect(text).toContain(t('frame.draft').toLocaleUpperCase(input.language))
      }
    }
  })
})

describe('the weekly summary of every demo client with one', () => {
  it('renders for the clients that have a summary, active and light', () => {
    expect(weekly.length).toBeGreaterThanOrEqual(6)
  })

  it("carries the client, the week and every line of the distilled summary in the client's language", () => {
    for (const { input, text, pdf } of weekly) {
      const t = reportT(input.language)
      expect(text).toContain(flat(input.client.name))
      expect(text).toContain(t('weekly.title'))
      expect(text).toContain(flat(date(input.period.start, input.language)))
      for (const block of textBlocks(input.summary)) {
        const lines = block.kind === 'paragraph' ? block.text.split('\n') : block.items
        for (const line of lines) expect(text).toContain(flat(line))
      }
      expect(pdf.pages()).toBeLessThanOrEqual(2)
    }
  })

  it('embeds only the bundled Inter fonts', () => {
    for (const { pdf } of weekly) {
      for (const font of pdf.fonts()) {
        expect(font.embedded).toBe(true)
        expect(font.name).toMatch(OUR_FONT)
      }
    }
  })
})
