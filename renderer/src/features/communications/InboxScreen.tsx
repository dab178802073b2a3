/**
 * The reply clock across clients: every message still waiting for a reply, most urgent first
 * (least business time left to the limit), and the month's compliance per client and per PM.
 */
import { useState } from 'react'
import { Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatMonth, INTL_LOCALE } from '@shared/format'
import type { Communication } from '@shared/schemas'
import { monthlyCompliance, type ComplianceRow } from '@shared/sla'
import { communicationsRepository, teamMembersRepository } from '../../../db/repositories'
import { Page } from '../../components/Page'
import { EmptyLine, Section, Stat } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { CommunicationTable } from './CommunicationTable'
import { QuickLogButton } from './QuickLog'
import { ReplyDialog } from './ReplyDialog'
import { byUrgency, useNow, useSla } from './useSla'
import { cachedNumberFormat } from '@shared/intl'

const DAY_MS = 86_400_000
const FALLBACK_CALENDAR = { timezone: 'UTC', start: '09:00', end: '17:00', workdays: [], holidays: [] }

/** The last twelve months as YYYY-MM, newest first. */
function recentMonths(now: string): string[] {
  const year = Number(now.slice(0, 4))
  const month = Number(now.slice(5, 7))
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - index, 1))
    return date.toISOString().slice(0, 7)
  })
}

/** The Inbox screen. */
export function InboxScreen() {
  const { t } = useTranslation('work')
  const now = useNow()
  const sla = useSla()
  const [replying, setReplying] = useState<Communication | null>(null)
  const data = useLiveQuery(async () => {
    const [waiting, team] = await Promise.all([
      communicationsRepository.listAwaitingReply(),
      teamMembersRepository.list(),
    ])
    return { waiting, names: new Map(team.map((member) => [member.id, member.name])) }
  }, [])

  const statuses = sla && data ? data.waiting.map((item) => ({ item, status: sla.statusOf(item, now) })) : []
  const waiting = byUrgency(statuses)
  const count = (state: string) => statuses.filter((entry) => entry.status?.state === state).length

  return (
    <Page
      testId="inbox-screen"
      title={t('inbox.title')}
      subtitle={t('inbox.subtitle')}
      actions={<QuickLogButton />}
    >
      <Stack gap="md" p="lg">
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Stat label={t('inbox.stats.waiting')} value={statuses.length} />
          <Stat
            label={t('inbox.stats.pastTarget')}
            value={count('past-target')}
            {...(count('past-target') ? { tone: 'amber' as const } : {})}
          />
          <Stat
            label={t('inbox.stats.pastLimit')}
            value={count('past-limit')}
            {...(count('past-limit') ? { tone: 'red' as const } : {})}
          />
        </SimpleGrid>
        <Section title={`${t('inbox.waiting')} · ${waiting.length}`} testId="inbox-waiting">
          {sla && data ? (
            <div style={{ margin: '0 calc(-1 * var(--mantine-spacing-md))' }}>
              <CommunicationTable
                testId="waiting-communications"
                items={waiting}
                sla={sla}
                now={now}
                names={data.names}
                onReply={setReplying}
                showClient
                empty={t('inbox.nothingWaiting')}
              />
            </div>
          ) : null}
        </Section>
        {sla && data ? <Compliance now={now} names={data.names} /> : null}
      </Stack>
      <ReplyDialog item={replying} onClose={() => setReplying(null)} />
    </Page>
  )
}

function Compliance({ now, names }: { now: string; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('work')
  const language = useLanguage()
  const sla = useSla()
  const months = recentMonths(now)
  const [month, setMonth] = useState(months[0] ?? now.slice(0, 7))
  // A day either side of the month, so every client's local month is inside the range.
  const from = new Date(Date.parse(`${month}-01T00:00:00Z`) - DAY_MS).toISOString()
  const to = new Date(
    Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1) + DAY_MS,
  ).toISOString()
  const items = useLiveQuery(() => communicationsRepository.listReceivedBetween(from, to), [from, to])
  if (!sla || !items) return null
  const known = items.filter((item) => sla.calendarFor(item.clientId) !== null)
  const result = (() => {
    try {
      return monthlyCompliance(
        known,
        month,
        now,
        // Every item in `known` has a calendar; the fallback only satisfies the type.
        (item) => sla.calendarFor(item.clientId) ?? FALLBACK_CALENDAR,
        sla.settings.sla,
      )
    } catch {
      return null
    }
  })()
  const percent = cachedNumberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: 0 })

  const table = (
    rows: ComplianceRow<string | null>[],
    label: (key: string | null) => string,
    testId: string,
  ) =>
    rows.length === 0 ? (
      <EmptyLine>{t('compliance.empty')}</EmptyLine>
    ) : (
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              {testId === 'compliance-clients' ? t('compliance.client') : t('compliance.handler')}
            </Table.Th>
            <Table.Th ta="right">{t('compliance.total')}</Table.Th>
            <Table.Th ta="right">{t('compliance.withinTarget')}</Table.Th>
            <Table.Th ta="right">{t('compliance.late')}</Table.Th>
            <Table.Th ta="right">{t('compliance.open')}</Table.Th>
            <Table.Th ta="right">{t('compliance.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...rows]
            .sort((a, b) => label(a.key).localeCompare(label(b.key)))
            .map((row) => (
              <Table.Tr key={row.key ?? 'none'}>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {label(row.key)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {row.total}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {row.repliedWithinTarget}
                </Table.Td>
                <Table.Td ta="right" className="tabular" c={row.late ? 'red.7' : undefined}>
                  {row.late}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {row.open}
                </Table.Td>
                <Table.Td
                  ta="right"
                  className="tabular"
                  fw={500}
                  c={row.shareWithinLimit !== null && row.shareWithinLimit < 0.9 ? 'orange.7' : undefined}
                >
                  {row.shareWithinLimit === null ? '—' : percent.format(row.shareWithinLimit)}
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    )

  return (
    <Section
      testId="inbox-compliance"
      title={
        result
          ? `${t('compliance.title')} · ${
              result.overall.shareWithinLimit === null ? '—' : percent.format(result.overall.shareWithinLimit)
            } ${t('compliance.withinLimitOverall')}`
          : t('compliance.title')
      }
      right={
        <Group gap={6}>
          <Select
            size="xs"
            w={170}
            data={months.map((value) => ({ value, label: formatMonth(value, language) }))}
            value={month}
            onChange={(value) => value && setMonth(value)}
            allowDeselect={false}
            aria-label={t('compliance.month')}
            data-testid="compliance-month"
          />
        </Group>
      }
    >
      {result ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
          {table(
            result.byClient,
            (key) => (key ? (sla.clients.get(key)?.name ?? '?') : '—'),
            'compliance-clients',
          )}
          {table(
            result.byHandler,
            (key) => (key ? (names.get(key) ?? '?') : t('compliance.noHandler')),
            'compliance-handlers',
          )}
        </SimpleGrid>
      ) : (
        <EmptyLine>{t('compliance.unavailable')}</EmptyLine>
      )}
    </Section>
  )
}
