/**
 * The rhythm's touchpoints as a calendar: the ones still due from today through the next days
 * (90 by default), one all-day event each. The UID is the touchpoint's id, which never changes,
 * so importing a newer export into the same calendar updates the events instead of doubling them.
 */
import type { Touchpoint } from '../schemas/touchpoint'
import { buildCalendar, type AllDayEvent } from './calendar'

/** How far ahead the export reaches by default, in days. */
export const ICS_EXPORT_DAYS = 90

/** The UID of a touchpoint's event. */
export function touchpointUid(touchpointId: string): string {
  return `${touchpointId}@cadence`
}

/** The last date `YYYY-MM-DD` of `days` days starting at `today`. */
function lastDay(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Touchpoints still due with a due date in [today, today + days], by date. */
export function upcomingTouchpoints<T extends Pick<Touchpoint, 'status' | 'dueDate' | 'deletedAt'>>(
  touchpoints: readonly T[],
  today: string,
  days: number = ICS_EXPORT_DAYS,
): T[] {
  const until = lastDay(today, days)
  return touchpoints
    .filter((row) => row.deletedAt === null && row.status === 'due')
    .filter((row) => row.dueDate >= today && row.dueDate <= until)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
}

/** What the export needs: the touchpoints, their translated summaries and the time of writing. */
export type TouchpointCalendarInput<T> = {
  touchpoints: readonly T[]
  today: string
  now: Date
  /** "<kind label> — <client>", already in the UI language. */
  summaryOf: (touchpoint: T) => string
  days?: number
  name?: string
}

/** The .ics text of the upcoming touchpoints. */
export function touchpointsCalendar<T extends Pick<Touchpoint, 'id' | 'status' | 'dueDate' | 'deletedAt'>>({
  touchpoints,
  today,
  now,
  summaryOf,
  days = ICS_EXPORT_DAYS,
  name,
}: TouchpointCalendarInput<T>): {
  content: string
  count: number
} {
  const events: AllDayEvent[] = upcomingTouchpoints(touchpoints, today, days).map((row) => ({
    uid: touchpointUid(row.id),
    date: row.dueDate,
    summary: summaryOf(row),
  }))
  return { content: buildCalendar({ events, now, ...(name ? { name } : {}) }), count: events.length }
}
