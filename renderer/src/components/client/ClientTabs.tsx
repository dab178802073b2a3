/** The client page's list tabs: campaigns, tasks, meetings, communications and results. */
export { ClientCampaigns } from '../../features/campaigns/ClientCampaigns'
import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate, formatInstant, formatMoney, formatMonth, formatNumber } from '@shared/format'
import { TASK_PRIORITIES, type Client } from '@shared/schemas'
import {
  communicationsRepository,
  meetingsRepository,
  metricMonthsRepository,
  tasksRepository,
  teamMembersRepository,
} from '../../../db/repositories'
import { DataTable } from '../DataTable'
import { PriorityBadge, TaskStatusBadge } from '../badges'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'

/** The client's tasks: open first by priority and deadline, then done. */
export function ClientTasks({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const today = todayIso()
  const data = useLiveQuery(async () => {
    const [tasks, team] = await Promise.all([
      tasksRepository.listForClient(client.id),
      teamMembersRepository.list(),
    ])
    return { tasks, names: new Map(team.map((member) => [member.id, member.name])) }
  }, [client.id])
  if (!data) return null
  const order = (status: string) => (status === 'done' ? 1 : 0)
  const rows = [...data.tasks].sort(
    (a, b) =>
      order(a.status) - order(b.status) ||
      TASK_PRIORITIES.indexOf(a.priority) - TASK_PRIORITIES.indexOf(b.priority) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
  )
  return (
    <DataTable
      testId="client-tasks"
      rows={rows}
      rowKey={(task) => task.id}
      empty={t('client.empty.tasks')}
      columns={[
        {
          key: 'title',
          header: t('client.columns.task'),
          render: (task) => (
            <Text
              size="sm"
              fw={500}
              td={task.status === 'done' ? 'line-through' : undefined}
              c={task.status === 'done' ? 'dimmed' : undefined}
            >
              {task.title}
            </Text>
          ),
        },
        {
          key: 'priority',
          header: t('client.columns.priority'),
          render: (task) => <PriorityBadge priority={task.priority} />,
        },
        {
          key: 'status',
          header: t('client.columns.status'),
          render: (task) => <TaskStatusBadge status={task.status} />,
        },
        {
          key: 'assignees',
          header: t('client.columns.assignees'),
          render: (task) => task.assigneeIds.map((id) => data.names.get(id) ?? '?').join(', ') || '—',
        },
        {
          key: 'deadline',
          header: t('client.columns.deadline'),
          align: 'right',
          numeric: true,
          render: (task) =>
            task.deadline ? (
              <Text size="sm" c={task.status !== 'done' && task.deadline < today ? 'red.7' : undefined}>
                {formatDate(task.deadline, language)}
              </Text>
            ) : (
              '—'
            ),
        },
      ]}
    />
  )
}

/** Meetings the client took part in. */
export function ClientMeetings({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const meetings = useLiveQuery(() => meetingsRepository.listForClient(client.id), [client.id])
  if (!meetings) return null
  return (
    <DataTable
      testId="client-meetings"
      rows={meetings}
      rowKey={(meeting) => meeting.id}
      empty={t('client.empty.meetings')}
      columns={[
        {
          key: 'date',
          header: t('client.columns.date'),
          numeric: true,
          width: 190,
          render: (m) => formatInstant(m.startsAt, language, client.timezone),
        },
        { key: 'kind', header: t('client.columns.kind'), render: (m) => t(`meetingKinds.${m.kind}`) },
        {
          key: 'title',
          header: t('client.columns.meeting'),
          render: (m) => (
            <Text size="sm" fw={500}>
              {m.title}
            </Text>
          ),
        },
      ]}
    />
  )
}

/** Inbound communications and whether they got a reply. */
export function ClientCommunications({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const items = useLiveQuery(() => communicationsRepository.listForClient(client.id), [client.id])
  if (!items) return null
  return (
    <DataTable
      testId="client-communications"
      rows={items}
      rowKey={(item) => item.id}
      empty={t('client.empty.communications')}
      columns={[
        {
          key: 'received',
          header: t('client.columns.received'),
          numeric: true,
          width: 190,
          render: (c) => formatInstant(c.receivedAt, language, client.timezone),
        },
        {
          key: 'channel',
          header: t('client.columns.channel'),
          render: (c) => t(`communicationChannels.${c.channel}`),
        },
        { key: 'from', header: t('client.columns.from'), render: (c) => c.from },
        {
          key: 'summary',
          header: t('client.columns.summary'),
          render: (c) => (
            <Text size="sm" lineClamp={1}>
              {c.summary}
            </Text>
          ),
        },
        {
          key: 'replied',
          header: t('client.columns.replied'),
          align: 'right',
          numeric: true,
          render: (c) =>
            c.repliedAt ? (
              formatInstant(c.repliedAt, language, client.timezone)
            ) : (
              <Text size="sm" c="orange.7" fw={500}>
                {t('client.notReplied')}
              </Text>
            ),
        },
      ]}
    />
  )
}

/** Monthly results per channel, newest month first. */
export function ClientResults({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const rows = useLiveQuery(() => metricMonthsRepository.listForClient(client.id), [client.id])
  if (!rows) return null
  const channelRows = rows
    .filter((row) => row.campaignId === null)
    .sort((a, b) => b.month.localeCompare(a.month) || a.channel.localeCompare(b.channel))
  return (
    <DataTable
      testId="client-results"
      rows={channelRows}
      rowKey={(row) => row.id}
      empty={t('client.noResults')}
      columns={[
        {
          key: 'month',
          header: t('client.columns.month'),
          numeric: true,
          render: (r) => formatMonth(r.month, language),
        },
        { key: 'channel', header: t('client.columns.channel'), render: (r) => t(`channels.${r.channel}`) },
        {
          key: 'spend',
          header: t('client.columns.spend'),
          align: 'right',
          numeric: true,
          render: (r) =>
            r.spendMinor === null
              ? '—'
              : formatMoney({ amountMinor: r.spendMinor, currency: r.currency }, language, { whole: true }),
        },
        {
          key: 'impressions',
          header: t('client.columns.impressions'),
          align: 'right',
          numeric: true,
          render: (r) => formatNumber(r.impressions, language),
        },
        {
          key: 'clicks',
          header: t('client.columns.clicks'),
          align: 'right',
          numeric: true,
          render: (r) => formatNumber(r.clicks, language),
        },
        {
          key: 'conversions',
          header: t('client.columns.conversions'),
          align: 'right',
          numeric: true,
          render: (r) => formatNumber(r.conversions, language),
        },
      ]}
    />
  )
}
