/**
 * The meetings and touchpoints of the visible days, live. Showing days ahead generates the
 * rhythm up to them (the same merge as Today's, so statuses the PM set are kept); days before
 * the rhythm was first generated stay without touchpoints rather than filling with "overdue".
 */
import { useEffect } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Client, Meeting, Touchpoint } from '@shared/schemas'
import { clientsRepository, meetingsRepository, touchpointsRepository } from '../../../db/repositories'
import { addDays, daysBetween } from './calendar-range'

/** Days back Today keeps generated; the calendar asks for the same so both agree. */
const SYNC_DAYS_BACK = 35
/** The least and most the calendar generates ahead of today. */
const MIN_DAYS_AHEAD = 14
const MAX_DAYS_AHEAD = 400

/** The local midnight of a date as an ISO instant. */
export function localMidnight(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString()
}

/** The PM's local date of an instant. */
export function localDate(instant: string): string {
  const at = new Date(instant)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** What one day of the calendar shows. */
export type CalendarDay = { meetings: Meeting[]; touchpoints: Touchpoint[] }

/** Calendar data of [from, to] (inclusive dates). */
export type CalendarData = {
  days: Map<string, CalendarDay>
  clients: ReadonlyMap<string, Client>
}

/** Live meetings and touchpoints of the days [from, to], by local day. */
export function useCalendarData(from: string, to: string, today: string): CalendarData | undefined {
  useEffect(() => {
    const ahead = Math.min(MAX_DAYS_AHEAD, Math.max(MIN_DAYS_AHEAD, daysBetween(today, to)))
    if (to >= today) void touchpointsRepository.syncAround(today, SYNC_DAYS_BACK, ahead)
  }, [today, to])

  return useLiveQuery(async () => {
    const [meetings, touchpoints, clients] = await Promise.all([
      meetingsRepository.listBetween(localMidnight(from), localMidnight(addDays(to, 1))),
      touchpointsRepository.listBetween(from, to),
      clientsRepository.list(),
    ])
    const byId = new Map(clients.map((client) => [client.id, client]))
    const days = new Map<string, CalendarDay>()
    const dayOf = (date: string) => {
      let entry = days.get(date)
      if (!entry) {
        entry = { meetings: [], touchpoints: [] }
        days.set(date, entry)
      }
      return entry
    }
    for (const meeting of meetings) dayOf(localDate(meeting.startsAt)).meetings.push(meeting)
    // Touchpoints of clients archived or deleted since they were generated are no work any more.
    for (const touchpoint of touchpoints) {
      if (touchpoint.clientId !== null && byId.get(touchpoint.clientId)?.archivedAt !== null) continue
      dayOf(touchpoint.dueDate).touchpoints.push(touchpoint)
    }
    return { days, clients: byId }
  }, [from, to])
}
