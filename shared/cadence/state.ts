/**
 * Where a touchpoint stands on a given day, for the Today view and the calendar.
 *
 * Policy: the status a PM set wins (done, skipped); a 'due' touchpoint is overdue from the day
 * after its due date. `today` is a calendar date passed in — the engine never reads the clock;
 * `calendarDateIn` turns an instant into the date of a time zone for callers that hold `now`.
 */
import { TZDate } from '@date-fns/tz'
import type { TouchpointInput } from '../schemas/touchpoint'
import { formatDay, parseDay, dayOf } from './days'

/** A touchpoint's state on a day. */
export type TouchpointState = 'overdue' | 'due-today' | 'upcoming' | 'done' | 'skipped'

/** The state of a touchpoint on `today` (`YYYY-MM-DD`); throws a RangeError for a malformed date. */
export function touchpointState(
  touchpoint: Pick<TouchpointInput, 'status' | 'dueDate'>,
  today: string,
): TouchpointState {
  if (parseDay(today) === null) throw new RangeError(`Today "${today}" is not a date as YYYY-MM-DD`)
  if (touchpoint.status === 'done') return 'done'
  if (touchpoint.status === 'skipped') return 'skipped'
  if (touchpoint.dueDate < today) return 'overdue'
  return touchpoint.dueDate === today ? 'due-today' : 'upcoming'
}

/** The calendar date `YYYY-MM-DD` an instant falls on in an IANA time zone. */
export function calendarDateIn(instant: Date | number | string, timezone: string): string {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError(`"${String(instant)}" is not an instant`)
  const local = new TZDate(ms, timezone)
  return formatDay(dayOf(local.getFullYear(), local.getMonth(), local.getDate()))
}
