/** Report period keys as the results screens use them: calendar months, quarters and years. */
import type { Language, PeriodKind } from '@shared/schemas'
import { INTL_LOCALE } from '@shared/format'
import { calendarQuarterKey } from '@shared/results/months'

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

/** The key of the period of `kind` that contains `month`. */
export function periodContaining(kind: PeriodKind, month: string): string {
  if (kind === 'month') return month
  return kind === 'quarter' ? calendarQuarterKey(month) : month.slice(0, 4)
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
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
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
