/**
 * What the cooperation period achieved, shown on a review meeting's page to present to the
 * client (seed 002): figures at a glance, tests learned with their learnings, campaigns launched
 * and ended, media and work budget per month, and the tasks done. KPIs from the results arrive
 * with the results work: they become one more block here, fed by `reviewResults`.
 */
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate, formatMoney, formatMonth, formatNumber } from '@shared/format'
import { reviewResults, type ReviewPeriod, type ReviewResults } from '@shared/reviews'
import { businessCalendarFor } from '@shared/sla'
import { formatShare } from '@shared/results/metric-format'
import type { Client, Language, Money } from '@shared/schemas'
import { meetingsRepository, settingsRepository } from '../../../db/repositories'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'

/** Tasks listed before "and N more". */
const TASKS_SHOWN = 6

/** The period's results of a client, live. */
function useReviewResults(client: Client, period: ReviewPeriod): ReviewResults | undefined {
  const today = todayIso()
  return useLiveQuery(async () => {
    const [records, settings] = await Promise.all([
      meetingsRepository.reviewRecords(client.id),
      settingsRepository.get(),
    ])
    let sla: { calendar: ReturnType<typeof businessCalendarFor>; policy: typeof settings.sla } | undefined
    try {
      sla = { calendar: businessCalendarFor(settings, client), policy: settings.sla }
    } catch {
      sla = undefined
    }
    const input = {
      clientId: client.id,
      timezone: client.timezone,
      period,
      today,
      now: new Date().toISOString(),
      ...records,
    }
    try {
      return reviewResults(sla ? { ...input, sla } : input)
    } catch {
      // A business calendar the clock cannot run on: show the rest without compliance.
      return reviewResults(input)
    }
  }, [client, period.from, period.to, today])
}

/** A compact figure of the results: label above, number below. */
function ResultStat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" px="sm" py={6}>
      <Text size="xs" c="dimmed" truncate>
        {label}
      </Text>
      <Text fz={18} fw={600} className="tabular">
        {value}
      </Text>
    </Paper>
  )
}

function share(part: Money | null, whole: Money | null, language: Language): string {
  if (!part || !whole || whole.amountMinor === 0) return ''
  return formatShare(part.amountMinor / whole.amountMinor, language)
}

/** The results block of a review. */
export function ReviewResultsPanel({ client, period }: { client: Client; period: ReviewPeriod }) {
  const { t } = useTranslation('meetings')
  const language = useLanguage()
  const results = useReviewResults(client, period)
  if (!results) return null
  const { communications, budget } = results
  const money = (value: Money | null) => (value ? formatMoney(value, language, { whole: true }) : '—')
  const hours = (value: number | null) =>
    value === null ? '—' : formatNumber(value, language, value % 1 ? 1 : 0)

  return (
    <Stack gap="md" data-testid="review-results">
      <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs">
        <ResultStat label={t('results.tasksDone')} value={formatNumber(results.tasksDone.length, language)} />
        <ResultStat
          label={t('results.launched')}
          value={formatNumber(results.campaignsLaunched.length, language)}
        />
        <ResultStat
          label={t('results.ended')}
          value={formatNumber(results.campaignsEnded.length, language)}
        />
        <ResultStat
          label={t('results.learned')}
          value={formatNumber(results.experimentsLearned.length, language)}
        />
        <ResultStat label={t('results.messages')} value={formatNumber(communications.received, language)} />
        <ResultStat
          label={t('results.withinSla')}
          value={formatShare(communications.shareWithinLimit, language)}
        />
      </SimpleGrid>
      {communications.shareWithinLimit !== null ? (
        <Text size="xs" c="dimmed" mt={-8}>
          {t('results.messagesNote', {
            within: communications.repliedWithinLimit,
            late: communications.late,
            open: communications.open,
          })}
        </Text>
      ) : null}

      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('results.learnings')}
        </Text>
        {results.experimentsLearned.length ? (
          <Stack gap={6} data-testid="review-learnings">
            {results.experimentsLearned.map((test) => (
              <div key={test.id}>
                <Text size="sm" fw={500}>
                  {test.hypothesis}
                </Text>
                <Text size="sm" c="dimmed">
                  {[test.result, test.learning].filter(Boolean).join(' → ') || '—'}
                </Text>
              </div>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('results.noLearnings')}
          </Text>
        )}
      </div>

      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('results.campaigns')}
        </Text>
        {results.campaignsLaunched.length + results.campaignsEnded.length ? (
          <Stack gap={4}>
            {[
              ...results.campaignsLaunched.map((c) => ({ ...c, what: 'launched' as const })),
              ...results.campaignsEnded.map((c) => ({ ...c, what: 'ended' as const })),
            ]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((c) => (
                <Group key={`${c.what}-${c.id}`} gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed" className="tabular" w={84} style={{ flexShrink: 0 }}>
                    {formatDate(c.date, language)}
                  </Text>
                  <Badge size="sm" color={c.what === 'launched' ? 'teal' : 'gray'} style={{ flexShrink: 0 }}>
                    {t(`results.${c.what}One`)}
                  </Badge>
                  <Text size="sm" truncate>
                    {c.name}
                  </Text>
                </Group>
              ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('results.noCampaigns')}
          </Text>
        )}
      </div>

      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('results.budget')}
        </Text>
        <Table fz="sm" verticalSpacing={4} data-testid="review-budget">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.month')}</Table.Th>
              <Table.Th ta="right">{t('results.mediaPlanned')}</Table.Th>
              <Table.Th ta="right">{t('results.mediaSpent')}</Table.Th>
              <Table.Th ta="right">{t('results.hoursPlanned')}</Table.Th>
              <Table.Th ta="right">{t('results.hoursUsed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {budget.months.map((row) => (
              <Table.Tr key={row.month}>
                <Table.Td>{formatMonth(row.month, language)}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(row.mediaPlanned)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(row.mediaSpent)}{' '}
                  <Text span size="xs" c="dimmed">
                    {share(row.mediaSpent, row.mediaPlanned, language)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {hours(row.workHoursPlanned)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {hours(row.workHoursUsed)}
                </Table.Td>
              </Table.Tr>
            ))}
            {budget.totals ? (
              <Table.Tr fw={600}>
                <Table.Td>{t('results.total')}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(budget.totals.mediaPlanned)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(budget.totals.mediaSpent)}{' '}
                  <Text span size="xs" c="dimmed">
                    {share(budget.totals.mediaSpent, budget.totals.mediaPlanned, language)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {hours(budget.totals.workHoursPlanned)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {hours(budget.totals.workHoursUsed)}
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
      </div>

      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('results.tasks')}
        </Text>
        {results.tasksDone.length ? (
          <Stack gap={2}>
            {results.tasksDone
              .slice(-TASKS_SHOWN)
              .reverse()
              .map((task) => (
                <Group key={task.id} gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed" className="tabular" w={84} style={{ flexShrink: 0 }}>
                    {formatDate(task.doneOn, language)}
                  </Text>
                  <Text size="sm" truncate>
                    {task.title}
                  </Text>
                </Group>
              ))}
            {results.tasksDone.length > TASKS_SHOWN ? (
              <Text size="xs" c="dimmed">
                {t('results.moreTasks', { count: results.tasksDone.length - TASKS_SHOWN })}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('results.noTasks')}
          </Text>
        )}
      </div>
    </Stack>
  )
}
