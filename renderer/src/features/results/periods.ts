/** Report period keys as the results screens use them: calendar months, quarters and years. */
import type { Language, PeriodKind } from '@shared/schemas'
import { INTL_LOCALE } from '@shared/format'
import { addMonths, calendarQuarterKey } from '@shared/results/months'
import { cachedDateTimeFormat } from '@shared/intl'

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/
const QUARTER_RE = /^(\d{4})-Q([1-4])$/
const YEAR_RE = /^\d{4}$/

/** The kind of a calendar period key, or null for anything else. */
export function periodKindOf(key: string): PeriodKind | null {
  if (MONTH_RE.test(key)) return 'month'
  if (QUARTER_RE.test(key)) return 'quarter'
  if (YEAR_RE.test(key)) return 'year'
  return null
}

/**
 * The latest period of `kind` that has ended by the end of `month`: the month itself, its
 * quarter when it closes one (else the quarter before), its year when it is December (else the
 * year before) — the periods whose reports can be written once `month` is over.
 */
export function latestPeriodUpTo(kind: PeriodKind, month: string): string {
  if (kind === 'month') return month
  const monthNumber = Number(month.slice(5, 7))
  if (kind === 'quarter')
    return calendarQuarterKey(monthNumber % 3 === 0 ? month : addMonths(month, -(monthNumber % 3)))
  const year = Number(month.slice(0, 4))
  return String(monthNumber === 12 ? year : year - 1)
}

/** The last month of a period key (the month whose figures a quarter's or year's report ends on). */
export function lastMonthOf(key: string): string {
  const quarter = QUARTER_RE.exec(key)
  if (quarter) return `${quarter[1] ?? ''}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`
  if (YEAR_RE.test(key)) return `${key}-12`
  return key
}

/** A month spelled out: "October 2026", "lokakuu 2026". */
export function formatMonthLong(month: string, language: Language): string {
  const [year = 1970, index = 1] = month.split('-').map(Number)
  return cachedDateTimeFormat(INTL_LOCALE[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, index - 1, 1)))
}

/** A period for titles; quarters go through `quarterLabel` (a translated "Q4 2026"). */
export function formatPeriod(
  key: string,
  language: Language,
  quarterLabel: (quarter: number, year: number) => string,
): string {
  const quarter = QUARTER_RE.exec(key)
  if (quarter) return quarterLabel(Number(quarter[2]), Number(quarter[1]))
  if (MONTH_RE.test(key)) return formatMonthLong(key, language)
  return key
}
