/** The client page's overview: figures at a glance, details, contacts, onboarding and last results. */
import { Badge, Grid, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate, formatMoney, formatMonth, formatNumber, INTL_LOCALE } from '@shared/format'
import type { Client, MetricMonth } from '@shared/schemas'
import {
  campaignsRepository,
  communicationsRepository,
  metricMonthsRepository,
  onboardingItemsRepository,
  tasksRepository,
  teamMembersRepository,
} from '../../../db/repositories'
import { EmptyLine, Section, Stat } from '../Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { BudgetOverviewLine } from '../../features/budgets/BudgetOverviewLine'
import { ClientWeekMails } from '../../features/outbox/ClientWeekMails'
import { cachedDisplayNames } from '@shared/intl'

function latestMonthRows(rows: MetricMonth[]): { month: string | null; rows: MetricMonth[] } {
  const channelRows = rows.filter((row) => row.campaignId === null)
  const month = channelRows.reduce<string | null>(
    (latest, row) => (!latest || row.month > latest ? row.month : latest),
    null,
  )
  return { month, rows: channelRows.filter((row) => row.month === month) }
}

/** The overview tab. */
export function ClientOverview({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const today = todayIso()
  const data = useLiveQuery(async () => {
    const [campaigns, tasks, communications, onboarding, metrics, owner] = await Promise.all([
      campaignsRepository.listForClient(client.id),
      tasksRepository.listForClient(client.id),
      communicationsRepository.listForClient(client.id),
      onboardingItemsRepository.listForClient(client.id),
      metricMonthsRepository.listForClient(client.id),
      client.ownerId ? teamMembersRepository.get(client.ownerId) : Promise.resolve(undefined),
    ])
    return { campaigns, tasks, communications, onboarding, metrics, owner }
  }, [client.id, client.ownerId])

  if (!data) return null
  const openTasks = data.tasks.filter((task) => task.status !== 'done')
  const overdue = openTasks.filter((task) => task.deadline !== null && task.deadline < today)
  const awaiting = data.communications.filter((item) => item.repliedAt === null)
  const live = data.campaigns.filter((campaign) => campaign.stage === 'live' || campaign.stage === 'testing')
  const onboardingDone = data.onboarding.filter((item) => item.doneAt !== null).length
  const latest = latestMonthRows(data.metrics)
  const languageNames = cachedDisplayNames([INTL_LOCALE[language]], { type: 'language' })

  const details: [string, string][] = [
    [t('client.fields.industry'), client.industry || '—'],
    [t('client.fields.owner'), data.owner?.name ?? '—'],
    [t('client.fields.cooperationStart'), formatDate(client.cooperationStart, language)],
    [t('client.fields.language'), languageNames.of(client.language) ?? client.language],
    [t('client.fields.currency'), client.currency],
    [t('client.fields.timezone'), client.timezone],
  ]

  return (
    <Stack gap="md" p="lg" data-testid="client-overview">
      <SimpleGrid cols={4} spacing="md">
        <Stat label={t('client.stats.liveCampaigns')} value={live.length} />
        <Stat label={t('client.stats.openTasks')} value={openTasks.length} />
        <Stat
          label={t('client.stats.overdueTasks')}
          value={overdue.length}
          {...(overdue.length ? { tone: 'red' as const } : {})}
        />
        <Stat
          label={t('client.stats.awaitingReply')}
          value={awaiting.length}
          {...(awaiting.length ? { tone: 'amber' as const } : {})}
        />
      </SimpleGrid>
      <BudgetOverviewLine client={client} />
      <Grid gap="md">
        <Grid.Col span={7}>
          <Stack gap="md">
            <Section
              title={
                latest.month
                  ? t('client.lastMonth', { month: formatMonth(latest.month, language) })
                  : t('client.tabs.results')
              }
            >
              {latest.rows.length === 0 ? (
                <EmptyLine>{t('client.noResults')}</EmptyLine>
              ) : (
                <Table data-testid="overview-results">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('client.columns.channel')}</Table.Th>
                      <Table.Th ta="right">{t('client.columns.spend')}</Table.Th>
                      <Table.Th ta="right">{t('client.columns.impressions')}</Table.Th>
                      <Table.Th ta="right">{t('client.columns.clicks')}</Table.Th>
                      <Table.Th ta="right">{t('client.columns.conversions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {latest.rows.map((row) => (
                      <Table.Tr key={row.id}>
                        <Table.Td>{t(`channels.${row.channel}`)}</Table.Td>
                        <Table.Td ta="right" className="tabular">
                          {row.spendMinor === null
                            ? '—'
                            : formatMoney({ amountMinor: row.spendMinor, currency: row.currency }, language, {
                                whole: true,
                              })}
                        </Table.Td>
                        <Table.Td ta="right" className="tabular">
                          {formatNumber(row.impressions, language)}
                        </Table.Td>
                        <Table.Td ta="right" className="tabular">
                          {formatNumber(row.clicks, language)}
                        </Table.Td>
                        <Table.Td ta="right" className="tabular">
                          {formatNumber(row.conversions, language)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
            <Section title={t('client.notes')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={client.notes ? undefined : 'dimmed'}>
                {client.notes || t('client.noNotes')}
              </Text>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="md">
            <ClientWeekMails client={client} />
            <Section title={t('client.details')}>
              <Stack gap={6}>
                {details.map(([label, value]) => (
                  <Group key={label} justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" c="dimmed">
                      {label}
                    </Text>
                    <Text size="sm" ta="right" truncate>
                      {value}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Section>
            <Section
              title={t('client.onboarding')}
              right={
                data.onboarding.length ? (
                  <Text size="xs" c="dimmed">
                    {t('client.onboardingProgress', { done: onboardingDone, total: data.onboarding.length })}
                  </Text>
                ) : null
              }
            >
              {data.onboarding.length ? (
                <Progress
                  value={(onboardingDone / data.onboarding.length) * 100}
                  size="sm"
                  data-testid="onboarding-progress"
                />
              ) : (
                <EmptyLine>—</EmptyLine>
              )}
            </Section>
            <Section title={t('client.contacts')}>
              {client.contacts.length === 0 ? (
                <EmptyLine>{t('client.noContacts')}</EmptyLine>
              ) : (
                <Stack gap={8}>
                  {client.contacts.map((contact) => (
                    <div key={contact.id}>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {contact.name}
                        </Text>
                        {contact.primary ? <Badge size="xs">{t('client.primaryContact')}</Badge> : null}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {[contact.role, contact.email, contact.phone].filter(Boolean).join(' · ')}
                      </Text>
                    </div>
                  ))}
                </Stack>
              )}
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
