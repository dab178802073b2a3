/**
 * "Export .ics": the rhythm's touchpoints still due in the next 90 days as a calendar file the PM
 * imports into their calendar app. The rhythm is generated that far first, so the file holds
 * everything due, not only what Today happened to generate; a notification says where it went.
 */
import { useState } from 'react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { ICS_EXPORT_DAYS, touchpointsCalendar } from '@shared/ics'
import { clientsRepository, touchpointsRepository } from '../../../db/repositories'
import { cadence } from '../../lib/bridge'
import { addDays } from './calendar-range'
import { touchpointShortLabel } from './labels'

/** Days back the rhythm is kept generated (as on Today). */
const SYNC_DAYS_BACK = 35

/** Returns `exportIcs()` and whether it is running. */
export function useExportIcs(today: string) {
  const { t } = useTranslation('meetings')
  const [exporting, setExporting] = useState(false)
  const exportIcs = async () => {
    setExporting(true)
    try {
      await touchpointsRepository.syncAround(today, SYNC_DAYS_BACK, ICS_EXPORT_DAYS)
      const [touchpoints, clients] = await Promise.all([
        touchpointsRepository.listBetween(today, addDays(today, ICS_EXPORT_DAYS)),
        clientsRepository.list(),
      ])
      const byId = new Map(clients.map((client) => [client.id, client]))
      const live = touchpoints.filter(
        (row) => row.clientId === null || byId.get(row.clientId)?.archivedAt === null,
      )
      const { content, count } = touchpointsCalendar({
        touchpoints: live,
        today,
        now: new Date(),
        name: t('ics.calendarName'),
        summaryOf: (row) =>
          `${touchpointShortLabel(t, row)} — ${row.clientId ? (byId.get(row.clientId)?.name ?? '') : t('calendar.agency')}`,
      })
      if (count === 0) {
        notifications.show({ color: 'gray', message: t('ics.nothing', { days: ICS_EXPORT_DAYS }) })
        return
      }
      const result = await cadence.saveTextFile({
        kind: 'ics',
        suggestedName: 'Cadence touchpoints',
        content,
      })
      if (!result.ok) {
        notifications.show({ color: 'red', message: t('ics.failed', { message: result.error.message }) })
      } else if (result.data.saved) {
        notifications.show({
          color: 'teal',
          title: t('ics.saved', { count }),
          message: result.data.path,
          autoClose: 8000,
        })
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('ics.failed', { message: error instanceof Error ? error.message : String(error) }),
      })
    } finally {
      setExporting(false)
    }
  }
  return { exportIcs, exporting }
}
