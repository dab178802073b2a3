/**
 * Which week a weekly belongs to and when it is held. Policy (seed 000, PRODUCT.md "Week"): the
 * internal client weekly is held on the agency's Friday — the week's last business day, as the
 * cadence engine dates the internal-weekly touchpoint — and looks ahead to next week, Monday to
 * Sunday. A week without any business day still gets its Friday, so a PM who opens the weekly in
 * a closed week is not left without one.
 */
import { businessDaysOfWeek, cadenceCalendar } from '../cadence/calendar'
import { formatDay, isoWeekKey, mondayOf, parseDay } from '../cadence/days'
import type { SettingsInput } from '../schemas/settings'

/** The week of a weekly: its key, span, the day it is held and the week it plans. */
export type WeeklyWeek = {
  /** ISO week key such as `2026-W47`: the internal-weekly touchpoint's period key. */
  weekKey: string
  monday: string
  sunday: string
  /** The agency's Friday: the week's last business day. */
  weeklyDate: string
  /** Next week, Monday to Sunday: what "next week's to-do" covers. */
  nextWeek: { from: string; to: string }
}

/** The week containing `today` (`YYYY-MM-DD`) under the agency's workdays and holidays. */
export function weeklyWeek(
  today: string,
  settings: Pick<SettingsInput, 'workdays' | 'holidays'>,
): WeeklyWeek {
  const day = parseDay(today)
  if (day === null) throw new RangeError(`Expected today as a date YYYY-MM-DD, got "${today}"`)
  const holidays = settings.holidays.map(parseDay).filter((holiday) => holiday !== null)
  const monday = mondayOf(day)
  const business = businessDaysOfWeek(cadenceCalendar(settings.workdays, holidays), monday)
  return {
    weekKey: isoWeekKey(monday),
    monday: formatDay(monday),
    sunday: formatDay(monday + 6),
    weeklyDate: formatDay(business?.last ?? monday + 4),
    nextWeek: { from: formatDay(monday + 7), to: formatDay(monday + 13) },
  }
}

/** The date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const day = parseDay(date)
  if (day === null) throw new RangeError(`Expected a date YYYY-MM-DD, got "${date}"`)
  return formatDay(day + days)
}
