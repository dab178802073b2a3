/**
 * Calendar-day arithmetic for the cadence engine.
 *
 * Policy: the rhythm is made of calendar dates (`YYYY-MM-DD`), never instants, so every date is
 * held as a day number (days since 1970-01-01) and computed with `Date.UTC` and UTC getters
 * only. Nothing here depends on the host's time zone, and DST cannot shift a date: a "day" is
 * always exactly one step of the counter. Months are added with clamping to the month's last
 * day (Jan 31 + 3 months = Apr 30), always counted from the original date so that a clamped
 * month never drifts the later ones (Jan 31 + 6 months = Jul 31, not Jul 30).
 */

const DAY_MS = 86_400_000
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date as days since 1970-01-01 (negative before). */
export type DayNumber = number

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when the text is no such date. */
export function parseDay(text: string): DayNumber | null {
  const match = DATE_RE.exec(text)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month - 1)) return null
  return dayOf(year, month - 1, date)
}

/** The day number of a year, zero-based month and day of month (no overflow checks). */
export function dayOf(year: number, month0: number, date: number): DayNumber {
  // setUTCFullYear rather than Date.UTC, which reads years 0–99 as 1900–1999.
  const d = new Date(0)
  d.setUTCFullYear(year, month0, date)
  return Math.round(d.getTime() / DAY_MS)
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/** The `YYYY-MM-DD` text of a day number. */
export function formatDay(day: DayNumber): string {
  const d = new Date(day * DAY_MS)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** Year, zero-based month and day of month of a day number. */
export function partsOf(day: DayNumber): { year: number; month0: number; date: number } {
  const d = new Date(day * DAY_MS)
  return { year: d.getUTCFullYear(), month0: d.getUTCMonth(), date: d.getUTCDate() }
}

/** Number of days in a month (zero-based month). */
export function daysInMonth(year: number, month0: number): number {
  return dayOf(year, month0 + 1, 1) - dayOf(year, month0, 1)
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** The Monday that starts the ISO week containing `day`. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - (isoWeekday(day) - 1)
}

/** The ISO week key `YYYY-Www` of a day (week-year of its Thursday, weeks from 01). */
export function isoWeekKey(day: DayNumber): string {
  const thursday = mondayOf(day) + 3
  const year = partsOf(thursday).year
  const week = Math.floor((thursday - dayOf(year, 0, 1)) / 7) + 1
  return `${pad(year, 4)}-W${pad(week)}`
}

/** A month as a running index `year * 12 + month0`, so months can be counted and compared. */
export type MonthIndex = number

/** The month index of a day. */
export function monthIndexOf(day: DayNumber): MonthIndex {
  const { year, month0 } = partsOf(day)
  return year * 12 + month0
}

/** The first day of a month index. */
export function firstDayOfMonth(month: MonthIndex): DayNumber {
  return dayOf(Math.floor(month / 12), month % 12, 1)
}

/** The last day of a month index. */
export function lastDayOfMonth(month: MonthIndex): DayNumber {
  return firstDayOfMonth(month + 1) - 1
}

/** The `YYYY-MM` key of a month index. */
export function monthKey(month: MonthIndex): string {
  return `${pad(Math.floor(month / 12), 4)}-${pad((month % 12) + 1)}`
}

/** `day` plus whole calendar months, clamped to the last day of the target month. */
export function addMonthsClamped(day: DayNumber, months: number): DayNumber {
  const { year, month0, date } = partsOf(day)
  const target = year * 12 + month0 + months
  const targetYear = Math.floor(target / 12)
  const targetMonth = target - targetYear * 12
  return dayOf(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)))
}

/** Whole calendar months from `from` to `to` by month index only (days ignored). */
export function monthsBetween(from: DayNumber, to: DayNumber): number {
  return monthIndexOf(to) - monthIndexOf(from)
}
