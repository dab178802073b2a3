/**
 * Numbers as ad platforms write them: `1,234.56`, `1.234,56`, `1 234,56` (also with no-break
 * spaces), `R$ 236,86`, `€12`, `12.00 EUR`, `35,88%`, `(5.00)`. Values are kept as normalised
 * decimal strings until the end, so money becomes integer minor units without ever passing
 * through a float.
 */
import { isEmptyCell, trimCell } from './cells'

/** The character that separates the fraction; the other one groups thousands. */
export type DecimalSeparator = '.' | ','

/** A number read from a cell. `decimal` is canonical: optional `-`, digits, optional `.digits`. */
export type CellNumber = { decimal: string; percent: boolean; currency: string | null }

export type NumberCell = { kind: 'empty' } | { kind: 'invalid' } | ({ kind: 'number' } & CellNumber)

/** Unambiguous currency symbols; `$` alone is left unknown (USD, CAD, AUD …). */
const SYMBOLS: Record<string, string | null> = {
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  R$: 'BRL',
  zł: 'PLN',
  лв: 'BGN',
  'лв.': 'BGN',
  '₺': 'TRY',
  '₩': 'KRW',
  '₪': 'ILS',
  '₫': 'VND',
  Kč: 'CZK',
  Ft: 'HUF',
  $: null,
  '¥': null,
  kr: null,
  'kr.': null,
}
const CURRENCY = String.raw`(?:[A-Z]{3}|R\$|[$€£¥₹₺₩₪₫]|zł|лв\.?|kr\.?|Kč|Ft)`
const PREFIX = new RegExp(`^(${CURRENCY})[\\s\\u00a0\\u202f]*`)
const SUFFIX = new RegExp(`[\\s\\u00a0\\u202f]*(${CURRENCY})$`)
const GROUPING_SPACES = /[\s\u00a0\u202f\u2007'’]/g

function currencyOf(token: string): string | null {
  if (/^[A-Z]{3}$/.test(token)) return token
  return SYMBOLS[token] ?? null
}

/** Strips a currency symbol or ISO code at either end; returns what was found. */
function stripCurrency(text: string): { rest: string; currency: string | null; found: boolean } {
  const prefix = PREFIX.exec(text)
  if (prefix?.[1]) return { rest: text.slice(prefix[0].length), currency: currencyOf(prefix[1]), found: true }
  const suffix = SUFFIX.exec(text)
  if (suffix?.[1]) {
    return {
      rest: text.slice(0, text.length - suffix[0].length),
      currency: currencyOf(suffix[1]),
      found: true,
    }
  }
  return { rest: text, currency: null, found: false }
}

/** Splits sign, currency and percent off a cell; returns the bare numeral or null. */
function unwrap(
  cell: string,
): { negative: boolean; numeral: string; percent: boolean; currency: string | null } | null {
  let text = trimCell(cell)
  let negative = false
  if (/^\(.*\)$/.test(text)) {
    negative = true
    text = trimCell(text.slice(1, -1))
  }
  let currency: string | null = null
  // Only cells with letters or symbols can carry a currency; skip the costly patterns otherwise.
  const plain = !/[^\d.,\s\u00a0\u202f\u2007'’()%\-−]/.test(text)
  const outer = plain ? { rest: text, currency: null, found: false } : stripCurrency(text)
  if (outer.found) {
    currency = outer.currency
    text = trimCell(outer.rest)
  }
  if (/^[-−]/.test(text)) {
    negative = !negative
    text = trimCell(text.slice(1))
  } else if (/[-−]$/.test(text)) {
    negative = !negative
    text = trimCell(text.slice(0, -1))
  }
  if (!outer.found && !plain) {
    const inner = stripCurrency(text)
    if (inner.found) {
      currency = inner.currency
      text = trimCell(inner.rest)
    }
  }
  let percent = false
  if (text.endsWith('%')) {
    percent = true
    text = trimCell(text.slice(0, -1))
  }
  if (!/^[.,]?\d[\d.,\s\u00a0\u202f\u2007'’]*$/.test(text)) return null
  return { negative, numeral: text.replace(GROUPING_SPACES, ''), percent, currency }
}

/** A numeral's integer and fraction digits under a decimal separator, or null when malformed. */
function splitNumeral(
  numeral: string,
  decimal: DecimalSeparator,
): { whole: string; fraction: string } | null {
  const group = decimal === '.' ? ',' : '.'
  const parts = numeral.split(decimal)
  if (parts.length > 2) return null
  const [integer = '', fraction = ''] = parts
  if (fraction.includes(group)) return null
  if (integer.includes(group)) {
    const groups = integer.split(group)
    const [first = '', ...rest] = groups
    if (!/^\d{1,3}$/.test(first) || !rest.every((part) => /^\d{3}$/.test(part))) return null
  }
  const whole = integer.includes(group) ? integer.split(group).join('') : integer
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return null
  return { whole, fraction }
}

/** Most cells are bare numerals (`264`, `30.42`): read them without the general machinery. */
const PLAIN_DOT = /^(\d+)(?:\.(\d+))?$/
const PLAIN_COMMA = /^(\d+)(?:,(\d+))?$/

function canonical(negative: boolean, integer: string, fractionDigits: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '') || '0'
  const fraction = fractionDigits.replace(/0+$/, '')
  const zero = /^0*$/.test(whole + fraction)
  return `${negative && !zero ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`
}

/** Reads a numeric cell under a decimal separator. */
export function parseNumberCell(cell: string, decimal: DecimalSeparator): NumberCell {
  const plain = (decimal === '.' ? PLAIN_DOT : PLAIN_COMMA).exec(cell)
  if (plain)
    return {
      kind: 'number',
      decimal: canonical(false, plain[1] ?? '0', plain[2] ?? ''),
      percent: false,
      currency: null,
    }
  if (isEmptyCell(cell)) return { kind: 'empty' }
  const unwrapped = unwrap(cell)
  if (!unwrapped) return { kind: 'invalid' }
  const split = splitNumeral(unwrapped.numeral, decimal)
  if (!split) return { kind: 'invalid' }
  return {
    kind: 'number',
    decimal: canonical(unwrapped.negative, split.whole, split.fraction),
    percent: unwrapped.percent,
    currency: unwrapped.currency,
  }
}

/**
 * Which decimal separator a single cell proves, if any. `1,234.56` proves `.`; `395,47` proves
 * `,`; `9,380` proves nothing (thousands comma or three decimals).
 */
export function decimalEvidence(cell: string): DecimalSeparator | null {
  if (/^\d*$/.test(cell) || isEmptyCell(cell)) return null
  const unwrapped = unwrap(cell)
  if (!unwrapped) return null
  const numeral = unwrapped.numeral
  const lastDot = numeral.lastIndexOf('.')
  const lastComma = numeral.lastIndexOf(',')
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ','
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null
  if (!separator) return null
  const other: DecimalSeparator = separator === '.' ? ',' : '.'
  const count = numeral.split(separator).length - 1
  if (count > 1) return other
  const digitsAfter = numeral.length - numeral.indexOf(separator) - 1
  if (digitsAfter !== 3) return separator
  // `0,123` or `,123` cannot be a thousands group.
  if (/^0?[.,]/.test(numeral)) return separator
  return null
}

/** The decimal separator the cells agree on; ties and silence fall back. */
export function detectDecimalSeparator(
  cells: Iterable<string>,
  fallback: DecimalSeparator = '.',
): DecimalSeparator {
  let dot = 0
  let comma = 0
  for (const cell of cells) {
    const evidence = decimalEvidence(cell)
    if (evidence === '.') dot++
    else if (evidence === ',') comma++
  }
  if (dot === comma) return fallback
  return dot > comma ? '.' : ','
}

/** A canonical decimal as a JavaScript number (counts, rates). */
export function decimalToNumber(decimal: string): number {
  return Number(decimal)
}

/** A canonical decimal as integer minor units with `digits` fraction digits, rounded half away from zero. */
export function decimalToMinor(decimal: string, digits: number): number {
  const negative = decimal.startsWith('-')
  const [whole = '0', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.')
  const padded = fraction.padEnd(digits + 1, '0')
  const kept = Number(`${whole}${padded.slice(0, digits)}`)
  const roundUp = Number(padded[digits] ?? '0') >= 5 ? 1 : 0
  const magnitude = kept + roundUp
  return negative && magnitude !== 0 ? -magnitude : magnitude
}
