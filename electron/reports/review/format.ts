/**
 * Period and month labels of the quarterly and annual reports in the client's language: ranges of
 * months written as the language writes them ("July – September 2026", "heinäkuu 2026–syyskuu
 * 2026"), and month abbreviations for the timeline's axis that are words, never numbers (Intl's
 * short Bulgarian month is "01", so a language without a short name takes its long name's start).
 */
import { INTL_LOCALE } from '@shared/format'
import type { CooperationPeriod } from '@shared/reports/review-parts'
import type { Language } from '@shared/schemas'
import { capitalize } from '../format'
import type { ReviewContext } from './context'
import { cachedDateTimeFormat } from '@shared/intl'

function monthDate(month: string): Date {
  const [year = 1970, index = 1] = month.split('-').map(Number)
  return new Date(Date.UTC(year, index - 1, 1))
}

/** A run of months as the language writes it ("lipiec 2026 – wrzesień 2026"); one month alone is that month. */
export function monthRangeLabel(first: string, last: string, language: Language): string {
  const format = cachedDateTimeFormat(INTL_LOCALE[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  // A range that runs backwards (a mistyped plan) is printed as typed rather than reordered.
  const text =
    first === last
      ? format.format(monthDate(first))
      : last < first
        ? `${format.format(monthDate(first))} – ${format.format(monthDate(last))}`
        : format.formatRange(monthDate(first), monthDate(last))
  return text
}

/** The months of a period; `capitalized` for the start of a line ("Lipiec 2026 – wrzesień 2026"). */
export function monthsLabel(months: readonly string[], language: Language, capitalized = false): string {
  const first = months[0]
  const last = months[months.length - 1]
  if (first === undefined || last === undefined) return '—'
  const text = monthRangeLabel(first, last, language)
  return capitalized ? capitalize(text, language) : text
}

/** A month's short name for an axis, as a word ("Jan", "tammi", "sty", "яну"). */
export function monthAbbreviation(month: string, language: Language): string {
  const locale = INTL_LOCALE[language]
  const date = monthDate(month)
  const short = cachedDateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date)
  if (!/\d/.test(short)) return short.replace(/\.$/, '')
  return cachedDateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date).slice(0, 3)
}

/** The name of a quarterly report's period: a calendar quarter, or a quarter of the cooperation. */
export function quarterName(key: string, cooperation: CooperationPeriod | null, ctx: ReviewContext): string {
  const calendar = /^(\d{4})-Q([1-4])$/.exec(key)
  if (calendar) return ctx.r('period.calendarQuarter', { quarter: calendar[2], year: calendar[1] })
  return cooperation ? cooperationQuarterName(cooperation, ctx) : key
}

/** A quarter of the cooperation ("Quarter 2 of our cooperation"; after the first year, with its year). */
export function cooperationQuarterName(cooperation: CooperationPeriod, ctx: ReviewContext): string {
  const quarter = String(cooperation.quarter ?? 1)
  return cooperation.year === 1
    ? ctx.r('period.coopQuarter', { quarter })
    : ctx.r('period.coopQuarterOfYear', { quarter, year: String(cooperation.year) })
}

/** The name of an annual report's period: a calendar year, or a year of the cooperation. */
export function yearName(key: string, cooperation: CooperationPeriod | null, ctx: ReviewContext): string {
  if (/^\d{4}$/.test(key)) return key
  return cooperation ? ctx.r('period.coopYear', { year: String(cooperation.year) }) : key
}
