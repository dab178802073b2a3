/**
 * `YYYY-MM` month arithmetic for the results models. Months are counted as a running index
 * (`year * 12 + month0`) so that ranges, shifts and comparisons are integer steps; no Date
 * object, time zone or day of month is involved.
 */

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/
const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-\d{2}$/

/** Thrown for a month or date text that is not `YYYY-MM` / `YYYY-MM-DD`. */
export class MonthFormatError extends RangeError {
  constructor(text: string) {
    super(`Expected a month as YYYY-MM, got "${text}"`)
    this.name = 'MonthFormatError'
  }
}

/** The running index of a `YYYY-MM` month (`year * 12 + month0`). */
export function monthIndex(month: string): number {
  const match = MONTH_RE.exec(month)
  if (!match) throw new MonthFormatError(month)
  return Number(match[1]) * 12 + Number(match[2]) - 1
}

/** The `YYYY-MM` text of a running month index. */
export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** A month plus `count` months (negative goes back). */
export function addMonths(month: string, count: number): string {
  return monthOfIndex(monthIndex(month) + count)
}

/** Every month from `first` to `last`, both included; empty when `last` is before `first`. */
export function monthRange(first: string, last: string): string[] {
  const from = monthIndex(first)
  const to = monthIndex(last)
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => monthOfIndex(from + i))
}

/** The month of a `YYYY-MM-DD` date. */
export function monthOfDate(date: string): string {
  const match = DATE_RE.exec(date)
  if (!match) throw new MonthFormatError(date)
  return `${match[1] ?? ''}-${match[2] ?? ''}`
}

/** The calendar year of a month. */
export function yearOfMonth(month: string): number {
  return Math.floor(monthIndex(month) / 12)
}

/** The calendar quarter key (`2026-Q3`) of a month. */
export function calendarQuarterKey(month: string): string {
  const index = monthIndex(month)
  return `${String(Math.floor(index / 12))}-Q${String(Math.floor((index % 12) / 3) + 1)}`
}

/** The last month that has ended on `today` (`YYYY-MM-DD`): the month a monthly report is due for. */
export function lastCompleteMonth(today: string): string {
  return addMonths(monthOfDate(today), -1)
}
