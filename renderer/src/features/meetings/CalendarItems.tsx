/**
 * The lines of a calendar day: meetings in their kind's colour with time and client, and the
 * rhythm's touchpoints with their state (overdue red, done muted, skipped struck through). In
 * the month grid, three or more of one kind on a day fold into one line with a count, and a
 * day with more lines than fit ends in "+N more"; both open the full list in a popover.
 */
import type { CSSProperties, ReactElement, ReactNode } from 'react'
import { Popover, Stack, Text } from '@mantine/core'
import {
  IconAlertCircleFilled,
  IconCircle,
  IconCircleCheck,
  IconCircleDashed,
  IconPlayerSkipForward,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { touchpointState, type TouchpointState } from '@shared/cadence'
import type { Client, Meeting, MeetingKind, Touchpoint } from '@shared/schemas'
import { formatDate } from '@shared/format'
import { useLanguage } from '../../lib/useLanguage'
import { touchpointRoute } from '../rhythm/touchpoint-route'
import { KIND_COLORS } from './kinds'
import { touchpointShortLabel } from './labels'
import type { CalendarDay } from './useCalendarData'
import { cachedDateTimeFormat } from '@shared/intl'

/** Lines a month cell shows before "+N more". */
const MAX_LINES = 4
/** Items of one kind on a day that fold into one line in the month grid. */
const GROUP_FROM = 3

function kindStyle(kind: MeetingKind): CSSProperties {
  const color = KIND_COLORS[kind]
  return {
    ['--cal-kind' as string]: `var(--mantine-color-${color}-filled)`,
    ['--cal-kind-light' as string]: `var(--mantine-color-${color}-light)`,
    ['--cal-kind-light-hover' as string]: `var(--mantine-color-${color}-light-hover)`,
  }
}

function StateIcon({ state }: { state: TouchpointState }) {
  const size = 12
  if (state === 'overdue') return <IconAlertCircleFilled size={size} />
  if (state === 'done') return <IconCircleCheck size={size} />
  if (state === 'skipped') return <IconPlayerSkipForward size={size} />
  if (state === 'due-today') return <IconCircleDashed size={size} />
  return <IconCircle size={size} />
}

/** The time of an instant in the PM's zone, e.g. 09:30. */
export function useTimeFormat() {
  const language = useLanguage()
  const format = cachedDateTimeFormat(language === 'en' ? 'en-GB' : language, {
    hour: '2-digit',
    minute: '2-digit',
  })
  return (instant: string) => format.format(new Date(instant))
}

/** Who a meeting is with: its client, or for a meeting of several clients (the weekly) its kind. */
function useMeetingWho(clients: ReadonlyMap<string, Client>) {
  const { t } = useTranslation()
  return (meeting: Meeting) =>
    meeting.clientIds.length === 1
      ? (clients.get(meeting.clientIds[0] ?? '')?.name ?? '—')
      : t(`meetingKinds.${meeting.kind}`)
}

/** One meeting as a calendar line (`full`: two lines, for the week view and popovers). */
export function MeetingItem({
  meeting,
  clients,
  full = false,
}: {
  meeting: Meeting
  clients: ReadonlyMap<string, Client>
  full?: boolean
}) {
  const { t } = useTranslation()
  const time = useTimeFormat()
  const who = useMeetingWho(clients)
  return (
    <Link
      to={`/meetings/${meeting.id}`}
      className="cal-item cal-meeting"
      style={kindStyle(meeting.kind)}
      data-size={full ? 'full' : 'compact'}
      data-kind={meeting.kind}
      data-testid="calendar-meeting"
      title={`${time(meeting.startsAt)} ${t(`meetingKinds.${meeting.kind}`)} — ${meeting.title}`}
    >
      <span className="cal-dot" />
      {full ? (
        <span className="cal-item-lines">
          <span className="cal-item-text">
            <span className="cal-item-time">{time(meeting.startsAt)}</span> {who(meeting)}
          </span>
          <span className="cal-item-sub">
            {meeting.clientIds.length === 1 ? t(`meetingKinds.${meeting.kind}`) : meeting.title}
          </span>
        </span>
      ) : (
        <>
          <span className="cal-item-time">{time(meeting.startsAt)}</span>
          <span className="cal-item-text">{who(meeting)}</span>
        </>
      )}
    </Link>
  )
}

/** One touchpoint as a calendar line, opening what it needs. */
export function TouchpointItem({
  touchpoint,
  clients,
  today,
  full = false,
}: {
  touchpoint: Touchpoint
  clients: ReadonlyMap<string, Client>
  today: string
  full?: boolean
}) {
  const { t } = useTranslation('meetings')
  const state = touchpointState(touchpoint, today)
  const label = touchpointShortLabel(t, touchpoint, !full)
  const client = touchpoint.clientId ? (clients.get(touchpoint.clientId)?.name ?? '—') : t('calendar.agency')
  return (
    <Link
      to={touchpointRoute(touchpoint)}
      className="cal-item cal-touchpoint"
      data-state={state}
      data-kind={touchpoint.kind}
      data-size={full ? 'full' : 'compact'}
      data-testid="calendar-touchpoint"
      title={`${touchpointShortLabel(t, touchpoint)} — ${client} · ${t(`calendar.state.${state}`)}`}
    >
      <StateIcon state={state} />
      {full ? (
        <span className="cal-item-lines">
          <span className="cal-item-text">{label}</span>
          <span className="cal-item-sub">{client}</span>
        </span>
      ) : (
        <span className="cal-item-text">
          {label} · {client}
        </span>
      )}
    </Link>
  )
}

/** A line that opens a popover with the items behind it. */
function PopoverLine({
  trigger,
  title,
  children,
  testId,
}: {
  trigger: ReactElement
  title: string
  children: ReactNode
  testId: string
}) {
  return (
    <Popover position="bottom-start" shadow="md" withinPortal width={280} trapFocus>
      <Popover.Target>{trigger}</Popover.Target>
      <Popover.Dropdown p={6} data-testid={`${testId}-popover`}>
        <Text size="xs" fw={600} c="dimmed" px={6} pt={2} pb={4}>
          {title}
        </Text>
        <Stack gap={2} mah={360} style={{ overflowY: 'auto' }}>
          {children}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}

type Line =
  | { type: 'touchpoint'; touchpoint: Touchpoint }
  | { type: 'touchpoints'; kind: Touchpoint['kind']; touchpoints: Touchpoint[] }
  | { type: 'meeting'; meeting: Meeting }
  | { type: 'meetings'; kind: MeetingKind; meetings: Meeting[] }

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/**
 * The order touchpoint kinds are listed in a day: the rare ones that need preparing first, the
 * weekly routine last, so a full cell hides routine behind "+N more", never a review.
 */
const KIND_ORDER: readonly Touchpoint['kind'][] = [
  'quarterly-review',
  'annual-review',
  'annual-report',
  'onboarding-workshop',
  'welcome-contact',
  'onboarding-checklist',
  'monthly-report',
  'publishing-schedule',
  'monday-plan-mail',
  'friday-summary',
  'internal-weekly',
]

/** The month cell's lines: touchpoints (all-day) first, then meetings by time, kinds folded. */
function monthLines(day: CalendarDay): Line[] {
  const lines: Line[] = []
  const byKind = [...groupBy(day.touchpoints, (row) => row.kind)].sort(
    ([a], [b]) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b),
  )
  for (const [kind, touchpoints] of byKind) {
    if (touchpoints.length >= GROUP_FROM) lines.push({ type: 'touchpoints', kind, touchpoints })
    else lines.push(...touchpoints.map((touchpoint) => ({ type: 'touchpoint' as const, touchpoint })))
  }
  const meetingLines: (Line & { at: string })[] = []
  for (const [kind, meetings] of groupBy(day.meetings, (row) => row.kind)) {
    if (meetings.length >= GROUP_FROM)
      meetingLines.push({ type: 'meetings', kind, meetings, at: meetings[0]?.startsAt ?? '' })
    else
      meetingLines.push(
        ...meetings.map((meeting) => ({ type: 'meeting' as const, meeting, at: meeting.startsAt })),
      )
  }
  meetingLines.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  return [...lines, ...meetingLines]
}

/** Touchpoints in kind order, then by client name, for lists that show every one. */
function byKindOrder(touchpoints: readonly Touchpoint[], clients: ReadonlyMap<string, Client>): Touchpoint[] {
  const name = (row: Touchpoint) => (row.clientId ? (clients.get(row.clientId)?.name ?? '') : '')
  return [...touchpoints].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || name(a).localeCompare(name(b)),
  )
}

function groupState(touchpoints: readonly Touchpoint[], today: string): TouchpointState {
  const states = touchpoints.map((row) => touchpointState(row, today))
  if (states.includes('overdue')) return 'overdue'
  if (states.every((state) => state === 'done' || state === 'skipped')) return 'done'
  return states.includes('due-today') ? 'due-today' : 'upcoming'
}

/** Everything of one day in full, for popovers and the week view. */
export function DayList({
  day,
  clients,
  today,
}: {
  day: CalendarDay
  clients: ReadonlyMap<string, Client>
  today: string
}) {
  return (
    <>
      {byKindOrder(day.touchpoints, clients).map((touchpoint) => (
        <TouchpointItem key={touchpoint.id} touchpoint={touchpoint} clients={clients} today={today} full />
      ))}
      {day.meetings.map((meeting) => (
        <MeetingItem key={meeting.id} meeting={meeting} clients={clients} full />
      ))}
    </>
  )
}

/** The lines of one month cell. */
export function MonthDayItems({
  date,
  day,
  clients,
  today,
}: {
  date: string
  day: CalendarDay
  clients: ReadonlyMap<string, Client>
  today: string
}) {
  const { t } = useTranslation('meetings')
  const { t: tApp } = useTranslation()
  const language = useLanguage()
  const lines = monthLines(day)
  const visible = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES - 1) : lines
  const hidden = lines.length - visible.length

  const render = (line: Line) => {
    switch (line.type) {
      case 'touchpoint':
        return (
          <TouchpointItem
            key={line.touchpoint.id}
            touchpoint={line.touchpoint}
            clients={clients}
            today={today}
          />
        )
      case 'meeting':
        return <MeetingItem key={line.meeting.id} meeting={line.meeting} clients={clients} />
      case 'touchpoints': {
        const label = t(`touchpoint.kinds.${line.kind}`)
        const state = groupState(line.touchpoints, today)
        return (
          <PopoverLine
            key={`tp-${line.kind}`}
            title={`${label} · ${formatDate(date, language)}`}
            testId="calendar-group"
            trigger={
              <button
                type="button"
                className="cal-item cal-touchpoint"
                data-state={state}
                data-kind={line.kind}
                data-group="touchpoints"
                data-testid="calendar-group"
              >
                <StateIcon state={state} />
                <span className="cal-item-text">{label}</span>
                <span className="cal-item-count">{line.touchpoints.length}</span>
              </button>
            }
          >
            {byKindOrder(line.touchpoints, clients).map((touchpoint) => (
              <TouchpointItem
                key={touchpoint.id}
                touchpoint={touchpoint}
                clients={clients}
                today={today}
                full
              />
            ))}
          </PopoverLine>
        )
      }
      case 'meetings': {
        const label = tApp(`meetingKinds.${line.kind}`)
        return (
          <PopoverLine
            key={`m-${line.kind}`}
            title={`${label} · ${formatDate(date, language)}`}
            testId="calendar-group"
            trigger={
              <button
                type="button"
                className="cal-item cal-meeting"
                style={kindStyle(line.kind)}
                data-kind={line.kind}
                data-group="meetings"
                data-testid="calendar-group"
              >
                <span className="cal-dot" />
                <span className="cal-item-text">{label}</span>
                <span className="cal-item-count">{line.meetings.length}</span>
              </button>
            }
          >
            {line.meetings.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} clients={clients} full />
            ))}
          </PopoverLine>
        )
      }
    }
  }

  return (
    <>
      {visible.map(render)}
      {hidden > 0 ? (
        <PopoverLine
          title={formatDate(date, language)}
          testId="calendar-more"
          trigger={
            <button type="button" className="cal-item cal-more" data-testid="calendar-more">
              {t('calendar.more', { count: hidden })}
            </button>
          }
        >
          <DayList day={day} clients={clients} today={today} />
        </PopoverLine>
      ) : null}
    </>
  )
}
