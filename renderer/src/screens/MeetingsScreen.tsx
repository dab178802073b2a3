/**
 * Meetings: the calendar of meetings and the rhythm's touchpoints, and the list of meetings.
 * What is shown (tab, month or week, the day, the list's filters) lives in the URL, so coming
 * back from a meeting returns to the same view.
 */
import { useState } from 'react'
import { Button, Tabs } from '@mantine/core'
import { IconCalendarEvent, IconDownload, IconList, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { MEETING_KINDS, type MeetingKind } from '@shared/schemas'
import { Page } from '../components/Page'
import { todayIso } from '../lib/today'
import { CalendarView } from '../features/meetings/CalendarView'
import { MeetingsList } from '../features/meetings/MeetingsList'
import { MeetingFormModal, type MeetingFormTarget } from '../features/meetings/MeetingFormModal'
import { useExportIcs } from '../features/meetings/useExportIcs'
import type { CalendarMode } from '../features/meetings/calendar-range'

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

/** The Meetings screen. */
export function MeetingsScreen() {
  const { t } = useTranslation('meetings')
  const navigate = useNavigate()
  const today = todayIso()
  const [params, setParams] = useSearchParams()
  const [form, setForm] = useState<MeetingFormTarget | null>(null)
  const { exportIcs, exporting } = useExportIcs(today)

  const tab = params.get('tab') === 'list' ? 'list' : 'calendar'
  const mode: CalendarMode = params.get('view') === 'week' ? 'week' : 'month'
  const date = params.get('date') ?? ''
  const anchor = DATE_RE.test(date) ? date : today
  const kindParam = params.get('kind')
  const kind = (MEETING_KINDS as readonly string[]).includes(kindParam ?? '')
    ? (kindParam as MeetingKind)
    : null
  const clientId = params.get('client')

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      testId="meetings-screen"
      actions={
        <>
          <Button
            variant="default"
            leftSection={<IconDownload size={14} />}
            onClick={() => void exportIcs()}
            loading={exporting}
            data-testid="export-ics"
          >
            {t('ics.export')}
          </Button>
          <Button
            leftSection={<IconPlus size={14} />}
            onClick={() => setForm({ meeting: null, clientId })}
            data-testid="log-meeting"
          >
            {t('logMeeting')}
          </Button>
        </>
      }
      toolbar={
        <Tabs value={tab} onChange={(value) => update({ tab: value === 'list' ? 'list' : null })}>
          <Tabs.List style={{ borderBottom: 'none' }}>
            <Tabs.Tab
              value="calendar"
              leftSection={<IconCalendarEvent size={14} />}
              data-testid="meetings-tab-calendar"
            >
              {t('tabs.calendar')}
            </Tabs.Tab>
            <Tabs.Tab value="list" leftSection={<IconList size={14} />} data-testid="meetings-tab-list">
              {t('tabs.list')}
            </Tabs.Tab>
          </Tabs.List>
        </Tabs>
      }
    >
      {tab === 'calendar' ? (
        <CalendarView
          mode={mode}
          anchor={anchor}
          today={today}
          onNavigate={(nextMode, nextAnchor) =>
            update({
              view: nextMode === 'week' ? 'week' : null,
              date: nextAnchor === today ? null : nextAnchor,
            })
          }
        />
      ) : (
        <MeetingsList
          kind={kind}
          clientId={clientId}
          onFilter={(filter) => update({ kind: filter.kind, client: filter.clientId })}
        />
      )}
      <MeetingFormModal
        target={form}
        onClose={() => setForm(null)}
        onSaved={(meeting) => void navigate(`/meetings/${meeting.id}`)}
      />
    </Page>
  )
}
