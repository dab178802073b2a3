/** The client page's list tabs: campaigns, tasks, meetings, communications and results. */
import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate, formatInstant, formatMoney, formatMonth, formatNumber } from '@shared/format'
import type { Client } from '@shared/schemas'
import { campaignsRepository, meetingsRepository, metricMonthsRepository } from '../../../db/repositories'
import { DataTable } from '../DataTable'
export { ClientTasks } from '../../features/tasks/ClientTasks'
export { ClientCommunications } from '../../features/communications/ClientCommunications'
import { StageBadge } from '../badges'
import { useLanguage } from '../../lib/useLanguage'

/** The client's campaigns. */
export function ClientCampaigns({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const campaigns = useLiveQuery(() => campaignsRepository.listForClient(client.id), [client.id])
  if (!campaigns) return null
  return (
    <DataTable
      testId="client-campaigns"
      rows={[...campaigns].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))}
      rowKey={(campaign) => campaign.id}
      empty={t('client.empty.campaigns')}
      columns={[
        {
          key: 'name',
          header: t('client.columns.campaign'),
          render: (c) => (
            <Text size="sm" fw={500}>
              {c.name}
            </Text>
          ),
        },
        {
          key: 'channels',
          header: t('client.columns.channels'),
          render: (c) => c.channels.map((ch) => t(`channels.${ch}`)).join(', '),
        },
        { key: 'stage', header: t('client.columns.stage'), render: (c) => <StageBadge stage={c.stage} /> },
        {
          key: 'dates',
          header: t('client.columns.dates'),
          numeric: true,
          render: (c) =>
            [c.startDate, c.endDate].map((date) => (date ? formatDate(date, language) : '…')).join(' – '),
        },
        {
          key: 'budget',
          header: t('client.columns.budget'),
          align: 'right',
          numeric: true,
          render: (c) => (c.mediaBudget ? formatMoney(c.mediaBudget, language, { whole: true }) : '—'),
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
