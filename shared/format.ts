/**
 * Formatting of numbers, money and dates for a language. Pure and Intl-based, so the app and
 * the PDF reports (which use the client's language) format alike.
 */
import type { Language, Money } from './schemas/primitives'
import { cachedDateTimeFormat, cachedNumberFormat } from './intl'

/** The Intl locale used for each supported language. */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', fi: 'fi-FI', pl: 'pl-PL', bg: 'bg-BG' }

/** Digits after the decimal point of a currency's minor unit (2 for EUR, 0 for JPY). */
export function minorDigits(currency: string): number {
  return (
    cachedNumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  )
}

/** Formats money kept in minor units, e.g. `1 234,50 €` in Finnish. */
export function formatMoney(money: Money, language: Language, options: { whole?: boolean } = {}): string {
  const digits = minorDigits(money.currency)
  return cachedNumberFormat(INTL_LOCALE[language], {
    style: 'currency',
    currency: money.currency,
    ...(options.whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
  }).format(money.amountMinor / 10 ** digits)
}

/** Formats a count or measure; null (not measured) becomes an em dash. */
export function formatNumber(value: number | null, language: Language, fractionDigits = 0): string {
  if (value === null || !Number.isFinite(value)) return '—'
  return cachedNumberFormat(INTL_LOCALE[language], {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: fractionDigits,
  }).format(value)
}

/** Formats a calendar date `YYYY-MM-DD` in the language's medium style, without time-zone shifts. */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number)
  return cachedDateTimeFormat(INTL_LOCALE[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  )
}

/** Formats an instant as date and time in a time zone. */
export function formatInstant(instant: string, language: Language, timeZone?: string): string {
  return cachedDateTimeFormat(INTL_LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(instant))
}

/** Formats a month `YYYY-MM` as e.g. `Oct 2026` / `loka 2026`. */
export function formatMonth(month: string, language: Language): string {
  const [year, monthNumber] = month.split('-').map(Number)
  return cachedDateTimeFormat(INTL_LOCALE[language], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 1)))
}
