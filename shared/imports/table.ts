/**
 * Finds the table inside an export: the header row under the title and preamble lines, the
 * report period those lines state, and what each later row is (data, totals, a note such as
 * "No data available." or a copyright footer, blank, comment).
 */
import { foldText, isEmptyCell, trimCell } from './cells'
import { parseDateCell, parsePeriodText, type Period } from './dates'
import type { ImportMapping } from './mapping'
import { bestPreset, presetOf, type Preset } from './presets'

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 60

export type HeaderMatch = {
  /** Index into the records. */
  index: number
  mapping: ImportMapping
  preset: Preset | null
}

export type HeaderSearch =
  | { ok: true; header: HeaderMatch }
  | { ok: false; reason: 'not-found' | 'preamble-only' | 'column-missing'; header?: string }

function nonEmptyCount(record: readonly string[]): number {
  return record.reduce((count, cell) => (trimCell(cell) === '' ? count : count + 1), 0)
}

/** Looks for the header row: a platform's (best preset match) or the one a saved mapping names. */
export function findHeader(records: readonly string[][], mapping: ImportMapping | null): HeaderSearch {
  const limit = Math.min(records.length, HEADER_SEARCH_ROWS)
  if (mapping) {
    const wanted = mapping.columns.map((column) => foldText(column.header))
    let bestMissing: string | null = wanted[0] ?? null
    let bestFound = -1
    for (let index = 0; index < limit; index++) {
      const headers = new Set((records[index] ?? []).map(foldText))
      const missing = mapping.columns.filter((column) => !headers.has(foldText(column.header)))
      if (missing.length === 0) {
        return { ok: true, header: { index, mapping, preset: presetOf(mapping.source) } }
      }
      if (wanted.length - missing.length > bestFound) {
        bestFound = wanted.length - missing.length
        bestMissing = missing[0]?.header ?? null
      }
    }
    return bestMissing === null
      ? { ok: false, reason: 'not-found' }
      : { ok: false, reason: 'column-missing', header: bestMissing }
  }
  let best: (HeaderMatch & { score: number }) | null = null
  for (let index = 0; index < limit; index++) {
    const match = bestPreset(records[index] ?? [])
    if (match && (!best || match.score > best.score)) {
      best = { index, mapping: match.mapping, preset: match.preset, score: match.score }
    }
  }
  if (best) return { ok: true, header: { index: best.index, mapping: best.mapping, preset: best.preset } }
  const tabular = records.slice(0, limit).some((record) => nonEmptyCount(record) >= 2)
  return { ok: false, reason: tabular ? 'not-found' : 'preamble-only' }
}

const LABELLED_DATE =
  /^(start date|report start|end date|report end|reporting starts|reporting ends)\s*:\s*(.+)$/i

/**
 * The report period stated above the table: Google's range line, GA4's `# Start date:` /
 * `# End date:` comments, LinkedIn's `Report Start:` / `Report End:` lines.
 */
export function preamblePeriod(lines: readonly string[]): Period | null {
  let start: string | null = null
  let end: string | null = null
  for (const line of lines) {
    const text = trimCell(line)
    const labelled = LABELLED_DATE.exec(text)
    if (labelled) {
      const date = parseDateCell(labelled[2] ?? '', 'mdy')
      if (date.kind !== 'period') continue
      if (/start|starts/i.test(labelled[1] ?? '')) start ??= date.from
      else end ??= date.to
      continue
    }
    const range = parsePeriodText(text)
    if (range) return range
  }
  if (start && end && start <= end) return { from: start, to: end }
  return null
}

/** What a row after the header is. */
export type RowKind = 'data' | 'totals' | 'summary' | 'note' | 'comment' | 'blank'

/** Labels of totals rows: Google's `Total: Campaigns`, `Total: Conta`, and plain "Total" rows. */
const TOTALS_LABEL =
  /^(?:total|totals|grand total|total geral|gesamt|summe|yhteensä|razem|suma|общо)(?:\s*:.*)?$/i
/** The whole account, as opposed to the (possibly filtered) rows listed. */
const ACCOUNT_LABEL = /^total:\s*(?:account|conta|konto|tili|cuenta|compte)$/i

export function isAccountTotals(label: string): boolean {
  return ACCOUNT_LABEL.test(trimCell(label))
}

export function classifyRow(
  record: readonly string[],
  headerWidth: number,
  campaignIndex: number | null,
  summaryRow: ImportMapping['summaryRow'],
): RowKind {
  const filled = nonEmptyCount(record)
  if (filled === 0) return 'blank'
  const first = trimCell(record[0] ?? '')
  if (first.startsWith('#') && (filled === 1 || record.length !== headerWidth)) return 'comment'
  if (filled === 1 && headerWidth > 2) return 'note'
  const firstFilled = record.find((cell) => trimCell(cell) !== '') ?? ''
  if (TOTALS_LABEL.test(trimCell(firstFilled))) return 'totals'
  if (
    summaryRow === 'empty-campaign' &&
    campaignIndex !== null &&
    isEmptyCell(record[campaignIndex] ?? '') &&
    filled >= 2
  ) {
    return 'summary'
  }
  return 'data'
}
