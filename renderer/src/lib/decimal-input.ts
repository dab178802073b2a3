/**
 * Decimal amounts typed into forms. Policy: a PM types money and hours the way their locale
 * writes them ("1 234,50" in Finnish, "1,234.50" in English); we store money as integer minor
 * units, so the typed text is parsed here, once, and never through `parseFloat` on raw input
 * (which reads "1,5" as 1). A dot is also accepted as the decimal mark where the locale uses a
 * comma, because people type it that way on English keyboards.
 */
import { INTL_LOCALE, minorDigits } from '@shared/format'
import type { Language, Money } from '@shared/schemas'
import { cachedNumberFormat } from '@shared/intl'

/** The outcome of reading a typed amount: empty, not a number, or a number (maybe negative). */
export type ParsedDecimal = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'number'; value: number }

function separators(language: Language): { group: string; decimal: string } {
  const parts = cachedNumberFormat(INTL_LOCALE[language]).formatToParts(12345.6)
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  }
}

/** Reads a decimal typed in `language`'s conventions ("1 234,5", "-3", "12.5"). */
export function parseDecimal(text: string, language: Language): ParsedDecimal {
  const { group, decimal } = separators(language)
  // Spaces of every kind are group separators in fi, pl and bg (Intl uses U+00A0 / U+202F).
  let cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-')
  if (cleaned === '') return { kind: 'empty' }
  if (group !== decimal && !/\s|\u00a0|\u202f/.test(group)) cleaned = cleaned.split(group).join('')
  if (decimal !== '.') cleaned = cleaned.replace(decimal, '.')
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return { kind: 'invalid' }
  return { kind: 'number', value: Number(cleaned) }
}

/** A decimal amount of `currency` in integer minor units (12.345 EUR → 1235). */
export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorDigits(currency))
}

/** Minor units as the text a form field starts with: locale decimal mark, no grouping. */
export function formatMinorForInput(amountMinor: number, currency: string, language: Language): string {
  const digits = minorDigits(currency)
  return formatDecimalForInput(amountMinor / 10 ** digits, language, digits)
}

/** A number as the text a form field starts with: locale decimal mark, no grouping. */
export function formatDecimalForInput(value: number, language: Language, maxDigits = 2): string {
  return cachedNumberFormat(INTL_LOCALE[language], {
    useGrouping: false,
    maximumFractionDigits: maxDigits,
  }).format(value)
}

/** The major-unit number a numeric money input shows, or '' for no amount. */
export function toMajor(money: Money | null): number | '' {
  return money ? money.amountMinor / 10 ** minorDigits(money.currency) : ''
}

/** The money for a major-unit amount from a numeric input ('' means none). */
export function fromMajor(value: number | string, currency: string): Money | null {
  if (value === '' || value === null) return null
  const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'))
  if (!Number.isFinite(number)) return null
  return { amountMinor: toMinorUnits(number, currency), currency }
}
