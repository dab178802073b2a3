/** The client page's list tabs: campaigns, tasks, meetings, communications and results. */
export { ClientCampaigns } from '../../features/campaigns/ClientCampaigns'
export { ClientTasks } from '../../features/tasks/ClientTasks'
export { ClientCommunications } from '../../features/communications/ClientCommunications'
import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatInstant, formatMoney, formatMonth, formatNumber } from '@shared/format'
import type { Client } from '@shared/schemas'
import { meetingsRepository, metricMonthsRepository } from '../../../db/repositories'
import { DataTable } from '../DataTable'
import { useLanguage } from '../../lib/useLanguage'

/** Meetings the client took part in. */
export function ClientMeetings({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const meetings = useLiveQuery(() => meetingsRepository.listForClient(client.id), [client.id])
  if (!meetings) return null
  return (
    <DataTable
      testId="client-meetings"
      rows={meetings}
      rowKey={(meeting) => meeting.id}
      onRowClick={(meeting) => void navigate(`/meetings/${meeting.id}`)}
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
