/**
 * The monthly report's edge cases, each rendered once and read back: every Polish, Finnish and
 * Bulgarian letter extracts identical; a month without data and a first month show no change
 * (never "0 %"); a 5,000-word commentary flows over pages; a 300-campaign table repeats its header
 * on every page it spans; a huge logo stays in its box; a verified month says so and is no draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildMonthlyReportInput, type MonthlyReportInput } from '@shared/reports'
import { instantDate } from '../../../electron/reports/format'
import { reportT } from '../../../electron/reports/i18n'
import { renderReportPdf } from '../../../electron/reports/render'
import { campaign, client, commentary, MONTH, OPTIONS, pngDataUrl, row, sources } from './fixtures'
import { cleanUpPdfs, flat, writePdf, type WrittenPdf } from './pdf-tools'

const t = reportT('en')
const POLISH = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ'
const FINNISH = 'äöå ÄÖÅ'
const BULGARIAN_UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ'
const BULGARIAN_LOWER = 'абвгдежзийклмнопрстуфхцчшщъьюя'
/** A change of zero against nothing would read like this; a month without history must never show it. */
const ZERO_CHANGE = /(^|\s)[+−-]?0(,0+|\.0+)?\s?%/

async function render(input: MonthlyReportInput, name: string): Promise<{ pdf: WrittenPdf; text: string }> {
  const started = Date.now()
  const pdf = writePdf(await renderReportPdf(input), name)
  if (process.env.KEEP_PDFS) console.log(name, Date.now() - started, pdf.path)
  return { pdf, text: flat(pdf.text()) }
}

function months(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const index = from + i
    return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}
const OCTOBER = 2026 * 12 + 9

const results = new Map<string, { input: MonthlyReportInput; pdf: WrittenPdf; text: string }>()

beforeAll(async () => {
  // Letters: the client's name (bold, on the cover) and the commentary (regular).
  const letters = client({ name: `${POLISH} ${FINNISH}` })
  const lettersInput = buildMonthlyReportInput(
    sources(letters, {
      rows: [row(letters, MONTH, { clicks: 120, conversions: 12 })],
      commentaries: [
        commentary(letters, MONTH, {
          summary: [POLISH, FINNISH, BULGARIAN_UPPER, BULGARIAN_LOWER].join('\n'),
          highlights: [`${BULGARIAN_UPPER} ${BULGARIAN_LOWER}`],
        }),
      ],
    }),
    MONTH,
    OPTIONS,
  )
  results.set('letters', { input: lettersInput, ...(await render(lettersInput, 'letters')) })

  // A month with no data (results only two months earlier).
  const empty = client({ name: 'Quiet Month Ltd' })
  const emptyInput = buildMonthlyReportInput(
    sources(empty, { rows: [row(empty, '2026-08', { clicks: 50, conversions: 5, spendMinor: 10_000 })] }),
    MONTH,
    OPTIONS,
  )
  results.set('empty', { input: emptyInput, ...(await render(emptyInput, 'empty')) })

  // The first month of a new client.
  const fresh = client({ name: 'Fresh Start Oy', cooperationStart: '2026-10-01' })
  const freshInput = buildMonthlyReportInput(
    sources(fresh, {
      rows: [row(fresh, MONTH, { clicks: 400, conversions: 20, spendMinor: 250_000, impressions: 9000 })],
    }),
    MONTH,
    OPTIONS,
  )
  results.set('fresh', { input: freshInput, ...(await render(freshInput, 'fresh')) })

  // A commentary of 5,000 words.
  const wordy = client({ name: 'Wordy Commentary Ltd' })
  const words = Array.from({ length: 5000 }, (_, i) => `word${String(i + 1)}`)
  const paragraphs = Array.from({ length: 50 }, (_, p) => words.slice(p * 100, p * 100 + 100).join(' '))
  const wordyInput = buildMonthlyReportInput(
    sources(wordy, {
      rows: months(OCTOBER - 13, OCTOBER).map((m, i) =>
        row(wordy, m, { clicks: 100 + i * 10, conversions: 10 + i }),
      ),
      commentaries: [
        commentary(wordy, MONTH, { summary: paragraphs.join('\n\n'), highlights: ['One highlight'] }),
      ],
    }),
    MONTH,
    OPTIONS,
  )
  results.set('wordy', { input: wordyInput, ...(await render(wordyInput, 'wordy')) })

  // 300 campaigns.
  const busy = client({ name: 'Three Hundred Campaigns Ltd' })
  const campaigns = Array.from({ length: 300 }, (_, i) =>
    campaign(busy, `Campaign ${String(i + 1).padStart(3, '0')}`),
  )
  const busyInput = buildMonthlyReportInput(
    sources(busy, {
      campaigns,
      rows: [
        row(busy, MONTH, { clicks: 90_000, conversions: 3000, spendMinor: 9_000_000 }),
        row(busy, '2026-09', { clicks: 80_000, conversions: 2500, spendMinor: 8_500_000 }),
        ...campaigns.map((c, i) =>
          row(busy, MONTH, { clicks: 300 + i, conversions: 10, spendMinor: 30_000 }, { campaignId: c.id }),
        ),
      ],
    }),
    MONTH,
    OPTIONS,
  )
  results.set('busy', { input: busyInput, ...(await render(busyInput, 'busy')) })

  // Huge logos, verified data.
  const branded = client({
    name: 'Huge Logo Ltd',
    branding: { logoDataUrl: pngDataUrl(4000, 1600), primaryColor: '#ffee00', secondaryColor: '#000000' },
  })
  const verifiedAt = '2026-11-03T09:30:00.000Z'
  const brandedSources = sources(branded, {
    rows: [row(branded, MONTH, { clicks: 10, conversions: 1 })],
    commentaries: [commentary(branded, MONTH, { summary: 'All good.', verifiedAt })],
  })
  brandedSources.settings = {
    agencyName: 'Big Agency',
    agencyLogoDataUrl: pngDataUrl(3000, 3000),
    primaryColor: '#fafafa',
  }
  const brandedInput = buildMonthlyReportInput(brandedSources, MONTH, OPTIONS)
  results.set('branded', { input: brandedInput, ...(await render(brandedInput, 'branded')) })
}, 600_000)

afterAll(cleanUpPdfs)

function result(name: string) {
  const found = results.get(name)
  if (!found) throw new Error(`${name} was not rendered`)
  return found
}

describe('the monthly report', () => {
  it('extracts every Polish, Finnish and Bulgarian letter back identical, regular and bold', () => {
    const { pdf } = result('letters')
    const raw = pdf.text()
    for (const letters of [POLISH, FINNISH, BULGARIAN_UPPER, BULGARIAN_LOWER]) expect(raw).toContain(letters)
    expect(flat(pdf.text(1, 1))).toContain(`${POLISH} ${FINNISH}`)
    for (const font of pdf.fonts()) expect(font.embedded).toBe(true)
  })

  it('says so when the month has no data, and shows no change at all', () => {
    const { text } = result('empty')
    expect(text).toContain(t('monthly.noData', { month: 'October 2026' }))
    expect(text).not.toMatch(ZERO_CHANGE)
    expect(text).not.toContain(t('tile.yoy'))
  })

  it('shows no year-over-year for a first month, never "0 %"', () => {
    const { text, input } = result('fresh')
    expect(input.model.kpis.every((f) => f.lastYear.value === null)).toBe(true)
    expect(text).toContain(t('monthly.firstMonth'))
    expect(text).toContain(t('tile.noHistory'))
    expect(text).not.toContain(t('tile.yoy'))
    expect(text).not.toContain(t('tile.mom'))
    expect(text).not.toMatch(ZERO_CHANGE)
  })

  it('flows a 5,000-word commentary over pages without losing a word', () => {
    const { text, pdf } = result('wordy')
    expect(pdf.pages()).toBeGreaterThan(5)
    const found = new Set(text.match(/word\d+/g))
    expect(found.size).toBe(5000)
    expect(text).toContain('word4999 word5000')
  })

  it('spans a 300-campaign table over pages, repeating its header on each', () => {
    const { pdf } = result('busy')
    const pages = pdf.pages()
    const texts = Array.from({ length: pages }, (_, i) => flat(pdf.text(i + 1, i + 1)))
    const first = texts.findIndex((text) => text.includes(t('monthly.campaigns')))
    const plan = texts.findIndex((text) => text.includes(t('monthly.plan', { month: 'November 2026' })))
    expect(first).toBeGreaterThan(0)
    expect(plan - first).toBeGreaterThanOrEqual(4)
    const header = `${t('monthly.campaign')} ${t('metrics.spend')}`
    for (let page = first; page < plan; page++) {
      expect(texts[page], `page ${String(page + 1)}`).toContain(header)
      expect(texts[page]).toMatch(/Campaign \d{3}/)
    }
    const all = texts.join(' ')
    expect(all).toContain('Campaign 001')
    expect(all).toContain('Campaign 300')
    // The header stops with its table: next month's plan (300 campaigns again) has its own.
    const planHeader = `${t('monthly.campaign')} ${t('monthly.channel')} ${t('monthly.stage')}`
    for (let page = plan + 1; page < pages; page++) {
      expect(texts[page]).not.toContain(header)
      if (/Campaign \d{3}/.test(texts[page] ?? '')) expect(texts[page]).toContain(planHeader)
    }
  })

  it('contains a huge logo in its box on the cover', () => {
    const { pdf } = result('branded')
    const images = pdf.images().filter((image) => image.type === 'image' && image.page === 1)
    expect(images.length).toBe(2)
    for (const image of images) {
      const drawnWidth = (image.width / image.xppi) * 72
      const drawnHeight = (image.height / image.yppi) * 72
      expect(drawnWidth).toBeLessThanOrEqual(180.5)
      expect(drawnHeight).toBeLessThanOrEqual(72.5)
    }
    expect(flat(pdf.text(1, 1))).toContain('Huge Logo Ltd')
  })

  it('says when its data was verified, and a verified month is no draft', () => {
    const { text, input } = result('branded')
    expect(input.draft).toBe(false)
    expect(text).toContain(
      t('verified.on', { date: instantDate('2026-11-03T09:30:00.000Z', 'Europe/Helsinki', 'en') }),
    )
    expect(text).not.toContain(t('frame.draft').toUpperCase())
  })
})
