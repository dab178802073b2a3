/**
 * Report periods as lists of months.
 *
 * Policy: results are monthly, so every period is a run of whole months.
 * - Calendar periods: `2026-10` (month), `2026-Q3` (quarter), `2026` (year).
 * - Cooperation periods (seed 002: quarters *of cooperation*) count from the month the
 *   cooperation started, which is the first reported month (see shared/cadence/generate.ts):
 *   `coop-Y1-Q1` is that month and the two after it, `coop-Y1` its first twelve months. A
 *   cooperation starting on 15 March has its Q1 review on 15 June over March–May.
 * - Comparison periods are the same number of months earlier: the previous period (1, 3 or 12
 *   months back) and the same period last year (12 months back). A cooperation period shifted
 *   to before the start has no cooperation key (`key: null`): those months are the baseline.
 * - The pre-cooperation baseline is the twelve months before the first cooperation month.
 */
import {
  coopQuarterKey,
  coopQuarterOfIndex,
  coopYearKey,
  parseCoopQuarterKey,
  parseCoopYearKey,
} from '../cadence/periods'
import type { PeriodKind } from '../schemas/enums'
import { addMonths, calendarQuarterKey, monthIndex, monthOfDate, monthRange } from './months'

/** Calendar periods, or periods counted from the cooperation's start. */
export type PeriodScheme = 'calendar' | 'cooperation'

/** A run of months with the key that names it (null for comparison spans with no key of their own). */
export type MonthSpan = { key: string | null; months: string[] }

/** A report period resolved to its months. */
export type ResultsPeriod = MonthSpan & { kind: PeriodKind; scheme: PeriodScheme }

/** Thrown for a period key that names no period. */
export class PeriodKeyError extends RangeError {
  constructor(key: string) {
    super(`Expected a period as 2026-10, 2026-Q3, 2026, coop-Y1-Q2 or coop-Y1, got "${key}"`)
    this.name = 'PeriodKeyError'
  }
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/
const QUARTER_RE = /^(\d{4})-Q([1-4])$/
const YEAR_RE = /^\d{4}$/

const LENGTH: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 }

/** The first month of the cooperation: the month of `cooperationStart` (`YYYY-MM-DD`). */
export function cooperationStartMonth(cooperationStart: string): string {
  return monthOfDate(cooperationStart)
}

function span(first: string, length: number): string[] {
  return monthRange(first, addMonths(first, length - 1))
}

/** The months of a period key; cooperation keys count from `cooperationStart`. */
export function resolvePeriod(key: string, cooperationStart: string): ResultsPeriod {
  if (MONTH_RE.test(key)) return { key, kind: 'month', scheme: 'calendar', months: [key] }
  const quarter = QUARTER_RE.exec(key)
  if (quarter) {
    const first = `${quarter[1] ?? ''}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`
    return { key, kind: 'quarter', scheme: 'calendar', months: span(first, 3) }
  }
  if (YEAR_RE.test(key)) return { key, kind: 'year', scheme: 'calendar', months: span(`${key}-01`, 12) }
  const start = cooperationStartMonth(cooperationStart)
  const coopQuarter = parseCoopQuarterKey(key)
  if (coopQuarter) {
    const index = (coopQuarter.year - 1) * 4 + coopQuarter.quarter
    return { key, kind: 'quarter', scheme: 'cooperation', months: span(addMonths(start, (index - 1) * 3), 3) }
  }
  const coopYear = parseCoopYearKey(key)
  if (coopYear !== null) {
    return {
      key,
      kind: 'year',
      scheme: 'cooperation',
      months: span(addMonths(start, (coopYear - 1) * 12), 12),
    }
  }
  throw new PeriodKeyError(key)
}

function keyOf(
  kind: PeriodKind,
  scheme: PeriodScheme,
  first: string,
  cooperationStart: string,
): string | null {
  if (scheme === 'calendar') {
    if (kind === 'month') return first
    if (kind === 'quarter') return calendarQuarterKey(first)
    return first.slice(0, 4)
  }
  const offset = monthIndex(first) - monthIndex(cooperationStartMonth(cooperationStart))
  if (offset < 0 || offset % LENGTH[kind] !== 0) return null
  return kind === 'quarter'
    ? coopQuarterKey(coopQuarterOfIndex(offset / 3 + 1))
    : coopYearKey(offset / 12 + 1)
}

/** The same kind of period `count` months later (earlier when negative). */
export function shiftPeriod(period: ResultsPeriod, count: number, cooperationStart: string): ResultsPeriod {
  const first = addMonths(period.months[0] ?? '', count)
  return {
    key: keyOf(period.kind, period.scheme, first, cooperationStart),
    kind: period.kind,
    scheme: period.scheme,
    months: span(first, period.months.length),
  }
}

/** The period just before (the previous month, quarter or year). */
export function previousPeriod(period: ResultsPeriod, cooperationStart: string): ResultsPeriod {
  return shiftPeriod(period, -LENGTH[period.kind], cooperationStart)
}

/** The same period a year earlier. */
export function samePeriodLastYear(period: ResultsPeriod, cooperationStart: string): ResultsPeriod {
  return shiftPeriod(period, -12, cooperationStart)
}

/** The months of the pre-cooperation baseline window: the `length` months before the start month. */
export function baselineWindow(cooperationStart: string, length = 12): string[] {
  const start = cooperationStartMonth(cooperationStart)
  return monthRange(addMonths(start, -length), addMonths(start, -1))
}
