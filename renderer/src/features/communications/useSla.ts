/**
 * The reply clock on screen: a `now` that ticks, and each communication's SLA status from the
 * pure clock in `shared/sla` with the agency's settings and the client's time zone. A client or
 * settings the clock cannot run on yields no status rather than a crash.
 */
import { useEffect, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { businessCalendarFor, slaStatus, type BusinessCalendar, type SlaStatus } from '@shared/sla'
import type { Client, Communication, Settings } from '@shared/schemas'
import { clientsRepository, settingsRepository } from '../../../db/repositories'

/** The current instant as ISO, re-rendering every `intervalMs` (30 s by default). */
export function useNow(intervalMs = 30_000): string {
  const [now, setNow] = useState(() => new Date().toISOString())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs])
  return now
}

/** What the screens need to run the clock: settings, clients by id, and a status function. */
export type SlaContext = {
  settings: Settings
  clients: ReadonlyMap<string, Client>
  calendarFor: (clientId: string) => BusinessCalendar | null
  statusOf: (
    item: Pick<Communication, 'clientId' | 'receivedAt' | 'repliedAt'>,
    now: string,
  ) => SlaStatus | null
}

/** The reply-clock context, or undefined while loading. */
export function useSla(): SlaContext | undefined {
  const data = useLiveQuery(async () => {
    const [settings, clients] = await Promise.all([settingsRepository.get(), clientsRepository.list()])
    return { settings, clients: new Map(clients.map((client) => [client.id, client])) }
  }, [])
  return useMemo(() => {
    if (!data) return undefined
    const calendars = new Map<string, BusinessCalendar>()
    const calendarFor = (clientId: string) => {
      const client = data.clients.get(clientId)
      if (!client) return null
      let calendar = calendars.get(clientId)
      if (!calendar) {
        calendar = businessCalendarFor(data.settings, client)
        calendars.set(clientId, calendar)
      }
      return calendar
    }
    return {
      ...data,
      calendarFor,
      statusOf: (item, now) => {
        const calendar = calendarFor(item.clientId)
        if (!calendar) return null
        try {
          return slaStatus(item, now, calendar, data.settings.sla)
        } catch {
          return null
        }
      },
    }
  }, [data])
}

/** Urgency order of waiting items: least business time left to the limit first. */
export function byUrgency<T>(items: readonly { item: T; status: SlaStatus | null }[]): T[] {
  return [...items]
    .sort((a, b) => (a.status?.minutesToLimit ?? Infinity) - (b.status?.minutesToLimit ?? Infinity))
    .map((entry) => entry.item)
}
