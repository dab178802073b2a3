/**
 * The agency's business days, as the cadence engine counts them.
 *
 * Policy: a business day is a calendar date whose ISO weekday is in Settings `workdays` and that
 * is not in Settings `holidays` — the same rule as the reply clock (shared/sla/calendar.ts), but
 * by whole dates: the rhythm has due *dates*, not due instants, so there are no hours and no time
 * zone here. The agency's calendar is one for all clients (Settings holds one holiday list), so
 * every client's Monday mail, monthly report and so on shares the same business days.
 *
 * Settings without a valid workday are read as a seven-day week: an empty list is a mistake the
 * Settings screen should refuse, and the rhythm should not silently vanish (nor the searches
 * below loop forever) because of it. With at least one workday every search ends, because the
 * holiday list is finite and past its last date every week has a business day.
 */
import { isoWeekday, type DayNumber } from './days'

/** The business calendar of the agency, compiled for fast look-ups. */
export type CadenceCalendar = {
  readonly workdays: ReadonlySet<number>
  readonly holidays: ReadonlySet<DayNumber>
}

/** Compiles workdays (ISO 1 = Mon … 7 = Sun) and holiday day numbers into a calendar. */
export function cadenceCalendar(workdays: readonly number[], holidays: Iterable<DayNumber>): CadenceCalendar {
  const valid = workdays.filter((day) => Number.isInteger(day) && day >= 1 && day <= 7)
  return {
    workdays: new Set(valid.length > 0 ? valid : [1, 2, 3, 4, 5, 6, 7]),
    holidays: new Set(holidays),
  }
}

/** Whether `day` is a business day: a workday that is not a holiday. */
export function isBusinessDay(calendar: CadenceCalendar, day: DayNumber): boolean {
  return calendar.workdays.has(isoWeekday(day)) && !calendar.holidays.has(day)
}

/** The first business day on or after `day`. */
export function businessDayOnOrAfter(calendar: CadenceCalendar, day: DayNumber): DayNumber {
  let current = day
  while (!isBusinessDay(calendar, current)) current++
  return current
}

/** The last business day on or before `day`. */
export function businessDayOnOrBefore(calendar: CadenceCalendar, day: DayNumber): DayNumber {
  let current = day
  while (!isBusinessDay(calendar, current)) current--
  return current
}

/** The `n`th business day (1-based) counting forward from `day` inclusive. */
export function nthBusinessDayFrom(calendar: CadenceCalendar, day: DayNumber, n: number): DayNumber {
  let current = businessDayOnOrAfter(calendar, day)
  for (let count = 1; count < n; count++) current = businessDayOnOrAfter(calendar, current + 1)
  return current
}

/** The `n`th business day (1-based) counting backward from `day` inclusive. */
export function nthBusinessDayBack(calendar: CadenceCalendar, day: DayNumber, n: number): DayNumber {
  let current = businessDayOnOrBefore(calendar, day)
  for (let count = 1; count < n; count++) current = businessDayOnOrBefore(calendar, current - 1)
  return current
}

/** The first and last business day of the Monday–Sunday week starting `monday`, or null if none. */
export function businessDaysOfWeek(
  calendar: CadenceCalendar,
  monday: DayNumber,
): { first: DayNumber; last: DayNumber } | null {
  let first: DayNumber | null = null
  let last: DayNumber | null = null
  for (let day = monday; day < monday + 7; day++) {
    if (!isBusinessDay(calendar, day)) continue
    first ??= day
    last = day
  }
  return first === null || last === null ? null : { first, last }
}
