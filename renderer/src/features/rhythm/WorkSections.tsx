/** Today's day-to-day work: client messages waiting for a reply, and tasks overdue or due today. */
import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE, formatInstant } from '@shared/format'
import type { Communication, Task, TeamMember } from '@shared/schemas'
import { EmptyLine, Section } from '../../components/Section'
import { PriorityBadge } from '../../components/badges'
import { SlaClock } from '../communications/SlaClock'
import type { SlaContext } from '../communications/useSla'
import { shortDate, type TodaySectionProps } from './today-context'
import { entryKey } from './today-entry'
import { DoneButton } from './TouchpointActions'
import { TodayGroup, TodayList, TodayRow } from './TodayRow'
import { cachedNumberFormat } from '@shared/intl'

/** Messages waiting for a reply, the least time left on their reply clock first. */
export function WaitingSection({
  waiting,
  sla,
  ...props
}: TodaySectionProps & { waiting: Communication[]; sla: SlaContext | undefined }) {
  const { t } = useTranslation()
  return (
    <Section title={`${t('today.awaitingReply')} · ${waiting.length}`} testId="today-awaiting">
      {waiting.length === 0 ? (
        <EmptyLine>{t('today.nothingWaiting')}</EmptyLine>
      ) : (
        <TodayList label={t('today.awaitingReply')}>
          {waiting.map((communication) => {
            const entry = { type: 'communication' as const, communication }
            const client = props.clients.get(communication.clientId)
            const status = sla?.statusOf(communication, props.now)
            return (
              <TodayRow
                key={communication.id}
                itemKey={entryKey(entry)}
                title={communication.summary}
                subtitle={`${client?.name ?? ''} · ${communication.from} · ${t('today.receivedAt', {
                  time: formatInstant(communication.receivedAt, props.language, client?.timezone),
                })}`}
                meta={status ? <SlaClock status={status} timezone={client?.timezone} /> : null}
                onOpen={() => props.open(entry)}
                shortcuts="Enter"
                testId="today-awaiting-item"
              />
            )
          })}
        </TodayList>
      )}
    </Section>
  )
}

/** Open tasks past their deadline (oldest first) and due today, each by priority. */
export function TasksSection({
  tasks,
  members,
  ...props
}: TodaySectionProps & { tasks: { overdue: Task[]; dueToday: Task[] }; members: readonly TeamMember[] }) {
  const { t } = useTranslation('today')
  const { t: tWork } = useTranslation('work')
  const hours = cachedNumberFormat(INTL_LOCALE[props.language], { maximumFractionDigits: 1 })
  const names = new Map(members.map((member) => [member.id, member.name]))
  const count = tasks.overdue.length + tasks.dueToday.length
  const row = (task: Task) => {
    const entry = { type: 'task' as const, task }
    const overdue = task.deadline !== null && task.deadline < props.today
    const assignees = task.assigneeIds.flatMap((id) => names.get(id) ?? [])
    return (
      <TodayRow
        key={task.id}
        itemKey={entryKey(entry)}
        title={task.title}
        subtitle={[props.clients.get(task.clientId)?.name ?? '', assignees.join(', ')]
          .filter(Boolean)
          .join(' · ')}
        meta={
          <Group gap={8} wrap="nowrap">
            <PriorityBadge priority={task.priority} />
            {/* Overdue: since when; due today (the group says so): how long it takes. */}
            <Text size="xs" className="tabular" c={overdue ? 'red.7' : 'dimmed'} miw={64} ta="right">
              {overdue
                ? shortDate(task.deadline ?? props.today, props.language)
                : tWork('tasks.hoursEstimate', { hours: hours.format(task.estimatedHours) })}
            </Text>
          </Group>
        }
        actions={
          <DoneButton label={t('tasks.markDone')} onDone={() => props.done(entry)} testId="today-task-done" />
        }
        onOpen={() => props.open(entry)}
        shortcuts="Enter d"
        testId="today-task"
      />
    )
  }
  return (
    <Section title={`${t('tasks.title')} · ${count}`} testId="today-tasks">
      {count === 0 ? (
        <EmptyLine>{t('tasks.nothing')}</EmptyLine>
      ) : (
        <>
          {tasks.overdue.length ? (
            <TodayGroup
              label={`${t('rhythm.overdue')} · ${tasks.overdue.length}`}
              color="var(--mantine-color-red-6)"
              testId="today-overdue"
            >
              {tasks.overdue.map(row)}
            </TodayGroup>
          ) : null}
          {tasks.dueToday.length ? (
            <TodayGroup
              label={`${t('rhythm.today')} · ${tasks.dueToday.length}`}
              color="var(--mantine-primary-color-filled)"
              testId="today-due"
            >
              {tasks.dueToday.map(row)}
            </TodayGroup>
          ) : null}
        </>
      )}
    </Section>
  )
}
