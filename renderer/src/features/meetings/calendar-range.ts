/**
 * The days the calendar shows: a month as whole Monday-to-Sunday weeks, or one week; moving by
 * a month or a week. Calendar dates `YYYY-MM-DD` on the day counter of the cadence engine, so
 * DST never shifts a cell; instants are placed on the PM's local day by the caller.
 */
import {
  addMonthsClamped,
  formatDay,
  mondayOf,
  parseDay,
  partsOf,
  dayOf,
  daysInMonth,
} from '@shared/cadence/days'

/** What the calendar shows. */
export type CalendarMode = 'month' | 'week'

/** The visible days, grouped in weeks, and the month the view is about. */
export type CalendarRange = {
  mode: CalendarMode
  /** The first and last visible day, inclusive. */
  from: string
  to: string
  /** Weeks of seven days, Monday first. */
  weeks: string[][]
  /** `YYYY-MM` of the month shown (for a week: of its Thursday, as ISO weeks count). */
  month: string
}

function day(date: string): number {
  const parsed = parseDay(date)
  if (parsed === null) throw new RangeError(`"${date}" is not a date as YYYY-MM-DD`)
  return parsed
}

/** The range of `mode` around `anchor` (any day inside it). */
export function calendarRange(mode: CalendarMode, anchor: string): CalendarRange {
  const anchorDay = day(anchor)
  if (mode === 'week') {
    const monday = mondayOf(anchorDay)
    const week = Array.from({ length: 7 }, (_, i) => formatDay(monday + i))
    return {
      mode,
      from: week[0] ?? anchor,
      to: week[6] ?? anchor,
      weeks: [week],
      month: formatDay(monday + 3).slice(0, 7),
    }
  }
  const { year, month0 } = partsOf(anchorDay)
  const first = dayOf(year, month0, 1)
  const last = dayOf(year, month0, daysInMonth(year, month0))
  const start = mondayOf(first)
  const weeks: string[][] = []
  for (let monday = start; monday <= last; monday += 7)
    weeks.push(Array.from({ length: 7 }, (_, i) => formatDay(monday + i)))
  return {
    mode,
    from: weeks[0]?.[0] ?? anchor,
    to: weeks.at(-1)?.[6] ?? anchor,
    weeks,
    month: formatDay(first).slice(0, 7),
  }
}

/** The anchor one step (a month or a week) before (-1) or after (+1). */
export function shiftAnchor(mode: CalendarMode, anchor: string, step: -1 | 1): string {
  const anchorDay = day(anchor)
  if (mode === 'week') return formatDay(anchorDay + step * 7)
  const { year, month0 } = partsOf(anchorDay)
  return formatDay(addMonthsClamped(dayOf(year, month0, 1), step))
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return day(to) - day(from)
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return formatDay(day(date) + days)
}
