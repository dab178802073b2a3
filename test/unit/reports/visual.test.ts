/**
 * Visual regression of the monthly report and the weekly summary of one fixed demo client: each
 * page is rasterised (pdftoppm at 50 dpi) and compared with the reference PNGs committed in
 * test/reports/__reference__/; a page that differs in more than a small share of its pixels, or a
 * changed page count, fails. Re-baseline on purpose, after looking at the new pages:
 *
 *   UPDATE_REFERENCE=1 npx vitest run --project unit test/unit/reports/visual.test.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildMonthlyReportInput,
  buildWeeklyReportInput,
  latestWeeklyWithSummary,
  type ReportInput,
} from '@shared/reports'
import { renderReportPdf } from '../../../electron/reports/render'
import { demoSources, MONTH, OPTIONS } from './fixtures'
import { cleanUpPdfs, writePdf } from './pdf-tools'

const REFERENCE_DIR = join(import.meta.dirname, '..', '..', 'reports', '__reference__')
const DPI = 50
/** Share of a page's pixels that may differ (anti-aliasing of another poppler build). */
const TOLERANCE = 0.002
/** The fixed client: the demo's Bulgarian academy (Cyrillic text, a logo, a weekly summary). */
const CLIENT_INDEX = 6
const UPDATE = process.env.UPDATE_REFERENCE === '1'

const rendered = new Map<string, { bytes: Uint8Array; again: Uint8Array; pages: Buffer[] }>()

beforeAll(async () => {
  const sources = demoSources()[CLIENT_INDEX]
  if (!sources) throw new Error('The demo agency has no client at the fixed index')
  const meeting = latestWeeklyWithSummary(sources)
  if (!meeting) throw new Error('The fixed demo client has no weekly summary')
  const inputs: [string, ReportInput][] = [
    ['monthly', buildMonthlyReportInput(sources, MONTH, OPTIONS)],
    ['weekly', buildWeeklyReportInput(sources, meeting.id, OPTIONS)],
  ]
  for (const [name, input] of inputs) {
    const bytes = await renderReportPdf(input)
    const again = await renderReportPdf(input)
    rendered.set(name, { bytes, again, pages: writePdf(bytes, name).pngs(DPI) })
  }
}, 300_000)

afterAll(cleanUpPdfs)

function references(name: string): string[] {
  if (!existsSync(REFERENCE_DIR)) return []
  return readdirSync(REFERENCE_DIR)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
}

function update(name: string, pages: Buffer[]): void {
  mkdirSync(REFERENCE_DIR, { recursive: true })
  for (const file of references(name)) rmSync(join(REFERENCE_DIR, file))
  pages.forEach((page, index) => writeFileSync(join(REFERENCE_DIR, `${name}-${String(index + 1)}.png`), page))
}

describe.each(['monthly', 'weekly'])('the %s report of the fixed demo client', (name) => {
  it('renders the same bytes from the same input', () => {
    const result = rendered.get(name)
    expect(result).toBeDefined()
    expect(Buffer.from(result?.again ?? []).equals(Buffer.from(result?.bytes ?? []))).toBe(true)
  })

  it('looks like its reference pages', () => {
    const pages = rendered.get(name)?.pages ?? []
    expect(pages.length).toBeGreaterThan(0)
    if (UPDATE) update(name, pages)
    const files = references(name)
    expect(files.length, `reference pages of ${name} (UPDATE_REFERENCE=1 creates them)`).toBe(pages.length)
    pages.forEach((page, index) => {
      const actual = PNG.sync.read(page)
      const expected = PNG.sync.read(readFileSync(join(REFERENCE_DIR, files[index] ?? '')))
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height])
      const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, {
        threshold: 0.1,
      })
      const share = differing / (actual.width * actual.height)
      expect(
        share,
        `${name} page ${String(index + 1)} differs in ${(share * 100).toFixed(2)} % of its pixels`,
      ).toBeLessThanOrEqual(TOLERANCE)
    })
  })
})
