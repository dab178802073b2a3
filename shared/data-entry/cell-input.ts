/**
 * What a PM types into a grid cell, read the way their UI language writes numbers, and how a
 * value is shown. Policy: the decimal mark is the UI language's ("12,5" in Finnish, "12.5" in
 * English); where it is a comma, a lone dot is read as the decimal mark too, because people type
 * it that way on English keyboards and pasted cells often carry it. Numbers go through the
 * import's cell reader, so "1 234,50", "€12" and "--" mean the same here as in an export.
 * Money becomes integer minor units without passing through a float; counts and money may not be
 * negative (the metric-month schema refuses it); a typed value that cannot be read is an error
 * the grid shows while keeping the text.
 */
import { INTL_LOCALE, minorDigits } from '../format'
import type { Language } from '../schemas/primitives'
import { isEmptyCell, trimCell } from '../imports/cells'
import { decimalToMinor, parseNumberCell, type DecimalSeparator } from '../imports/numbers'
import type { ColumnKind } from './columns'
import { cachedNumberFormat } from '../intl'

/** Why a typed value was refused. */
export type CellError =
  | { code: 'not-a-number' }
  | { code: 'negative' }
  | { code: 'percent-not-allowed' }
  | { code: 'currency-mismatch'; currency: string; expected: string }

/** The outcome of reading a typed cell: a value (null = not measured) or an error. */
export type CellParse = { ok: true; value: number | null } | { ok: false; error: CellError }

/** The decimal mark of a UI language. */
export function decimalSeparatorOf(language: Language): DecimalSeparator {
  const parts = cachedNumberFormat(INTL_LOCALE[language]).formatToParts(1.5)
  return parts.find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.'
}

/** The separator a single typed text is read with. */
function separatorFor(text: string, decimal: DecimalSeparator): DecimalSeparator {
  if (decimal === ',' && !text.includes(',') && text.split('.').length === 2) return '.'
  return decimal
}

/** Reads a typed cell of a column kind; `currency` is the row's, for money. */
export function parseCellText(
  text: string,
  kind: 'money' | 'count' | 'number',
  options: { decimal: DecimalSeparator; currency: string },
): CellParse {
  const trimmed = trimCell(text)
  if (isEmptyCell(trimmed)) return { ok: true, value: null }
  const cell = parseNumberCell(trimmed, separatorFor(trimmed, options.decimal))
  if (cell.kind === 'empty') return { ok: true, value: null }
  if (cell.kind === 'invalid') return { ok: false, error: { code: 'not-a-number' } }
  if (cell.percent && kind !== 'number') return { ok: false, error: { code: 'percent-not-allowed' } }
  // Symbols that name no one currency ($, ¥, kr) are read as the row's own.
  if (cell.currency !== null) {
    if (kind !== 'money') return { ok: false, error: { code: 'not-a-number' } }
    if (cell.currency !== options.currency)
      return {
        ok: false,
        error: { code: 'currency-mismatch', currency: cell.currency, expected: options.currency },
      }
  }
  const negative = cell.decimal.startsWith('-')
  if (negative && kind !== 'number') return { ok: false, error: { code: 'negative' } }
  if (kind === 'money')
    return { ok: true, value: decimalToMinor(cell.decimal, minorDigits(options.currency)) }
  return { ok: true, value: Number(cell.decimal) }
}

/** The text an editor starts with: the language's decimal mark, no grouping, no currency. */
export function formatForEditing(
  value: number | null,
  kind: 'money' | 'count' | 'number',
  options: { language: Language; currency: string },
): string {
  if (value === null || !Number.isFinite(value)) return ''
  const digits = kind === 'money' ? minorDigits(options.currency) : 6
  const amount = kind === 'money' ? value / 10 ** digits : value
  return cachedNumberFormat(INTL_LOCALE[options.language], {
    useGrouping: false,
    maximumFractionDigits: digits,
  }).format(amount)
}

function formatter(language: Language, digits: { min: number; max: number }): Intl.NumberFormat {
  return cachedNumberFormat(INTL_LOCALE[language], {
    minimumFractionDigits: digits.min,
    maximumFractionDigits: digits.max,
  })
}

/** The em dash every missing or uncomputable value is shown as. */
export const MISSING = '—'

/**
 * A value as the grid shows it: grouped, money with its minor digits (money is in minor units,
 * the currency sits in the column header), percentages for CTR and conversion rate, ROAS as a
 * multiple. Null, NaN and ±Infinity are all "—".
 */
export function formatCellValue(
  value: number | null,
  kind: ColumnKind,
  options: { language: Language; currency: string },
): string {
  if (value === null || !Number.isFinite(value)) return MISSING
  switch (kind) {
    case 'money': {
      const digits = minorDigits(options.currency)
      return formatter(options.language, { min: digits, max: digits }).format(value / 10 ** digits)
    }
    case 'count':
      return formatter(options.language, { min: 0, max: 2 }).format(value)
    case 'number':
      return formatter(options.language, { min: 0, max: 2 }).format(value)
    case 'percent':
      return `${formatter(options.language, { min: 2, max: 2 }).format(value * 100)} %`
    case 'ratio':
      return `${formatter(options.language, { min: 2, max: 2 }).format(value)}×`
  }
}
