/**
 * The business-hours clock: how much business time lies between two instants, and when a given
 * amount of it has elapsed. Counting runs only inside the windows of calendar.ts, so a message
 * received at night, on a weekend or on a holiday starts counting at the next opening. Minutes
 * are exact (fractional when instants carry seconds); nothing here reads the clock.
 */
import {
  BusinessCalendarError,
  compileCalendar,
  localDay,
  parseInstant,
  windowOn,
  type BusinessCalendar,
  type CompiledCalendar,
} from './calendar'

const MINUTE_MS = 60_000

/** Business milliseconds between two epoch instants of a compiled calendar (0 when to <= from). */
export function businessMsBetween(calendar: CompiledCalendar, from: number, to: number): number {
  if (to <= from) return 0
  let total = 0
  // A window belongs to one local date; start a day early in case a repeated hour crosses midnight.
  const last = localDay(to, calendar.timezone) + 1
  for (let day = localDay(from, calendar.timezone) - 1; day <= last; day++) {
    const window = windowOn(calendar, day)
    if (window === null) continue
    const overlap = Math.min(window.close, to) - Math.max(window.open, from)
    if (overlap > 0) total += overlap
  }
  return total
}

/**
 * The epoch instant at which `amount` business milliseconds after `from` have elapsed; with
 * amount 0, the instant counting starts. Throws BusinessCalendarError when the calendar has no
 * business time at all, instead of searching forever.
 */
export function addBusinessMs(calendar: CompiledCalendar, from: number, amount: number): number {
  if (calendar.workdays.size === 0) {
    throw new BusinessCalendarError('No workdays are set, so the reply clock never runs')
  }
  let remaining = amount
  let emptyDays = 0
  for (let day = localDay(from, calendar.timezone) - 1; ; day++) {
    const window = windowOn(calendar, day)
    if (window !== null && window.close > from) {
      emptyDays = 0
      const start = Math.max(window.open, from)
      const available = window.close - start
      // `<=`: an amount that exactly fills the window ends at its close, not at the next opening.
      if (remaining <= available) return start + remaining
      remaining -= available
    } else if (window === null && day > calendar.lastHoliday) {
      // Defensive: past the last holiday, workdays and end > start yield a window every week,
      // bar a date a zone skips or hours inside a DST gap. A year without one means none ever.
      if (++emptyDays > 366) {
        throw new BusinessCalendarError('The business calendar has no business hours on any day')
      }
    }
  }
}

/** Business minutes elapsed from `from` to `to` (ISO instants) on the calendar; 0 if to <= from. */
export function businessMinutesBetween(from: string, to: string, calendar: BusinessCalendar): number {
  const compiled = compileCalendar(calendar)
  return businessMsBetween(compiled, parseInstant(from, 'from'), parseInstant(to, 'to')) / MINUTE_MS
}

/**
 * The instant (ISO, UTC `Z`) when `minutes` business minutes after `from` have elapsed; outside
 * opening hours counting starts at the next opening, and a sum that ends exactly at closing time
 * returns the closing instant. Throws BusinessCalendarError for a calendar with no workdays and
 * RangeError for negative or non-finite minutes.
 */
export function addBusinessMinutes(from: string, minutes: number, calendar: BusinessCalendar): string {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Business minutes must be a finite number of at least 0, got ${String(minutes)}`)
  }
  const compiled = compileCalendar(calendar)
  const start = parseInstant(from, 'from')
  return new Date(addBusinessMs(compiled, start, Math.round(minutes * MINUTE_MS))).toISOString()
}
