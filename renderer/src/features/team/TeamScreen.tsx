/**
 * The Team screen: who is on the team, and whether the agency can take another client — each
 * person's load against capacity this week and the next four, the agency total, and who could
 * run a new client needing N hours a week (shared/capacity.ts holds the rules).
 */
import { useState } from 'react'
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { parseISO, getISOWeek } from 'date-fns'
import {
  agencyCapacity,
  teamCapacity,
  whoCouldRunNewClient,
  type CapacityWeek,
  type ClientAllocation,
} from '@shared/capacity'
import { INTL_LOCALE, formatNumber } from '@shared/format'
import type { Language, TeamMember } from '@shared/schemas'
import { clientsRepository, tasksRepository, teamMembersRepository } from '../../../db/repositories'
import { DataTable } from '../../components/DataTable'
import { EmptyLine, Section } from '../../components/Section'
import { Page } from '../../components/Page'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { parseDecimal } from '../../lib/decimal-input'
import { MemberFormModal } from './MemberFormModal'
import { cachedDateTimeFormat } from '@shared/intl'

/** The colour of a load cell: calm below 80 % of capacity, amber to 100 %, red above. */
function loadTone(week: CapacityWeek): string {
  if (week.share === null) return week.load > 0 ? 'red' : 'gray'
  if (week.share > 1 + 1e-9) return 'red'
  if (week.share >= 0.8) return 'yellow'
  return 'teal'
}

function hours(value: number, language: Language): string {
  return formatNumber(value, language, Number.isInteger(Math.round(value * 10) / 10) ? 0 : 1)
}

/** The Team screen. */
export function TeamScreen() {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  const today = todayIso()
  const [editing, setEditing] = useState<TeamMember | null | undefined>(undefined)
  const [needText, setNeedText] = useState('20')

  const data = useLiveQuery(async () => {
    const [members, clients, tasks] = await Promise.all([
      teamMembersRepository.listSorted({ locale: INTL_LOCALE[language] }),
      clientsRepository.listSorted(),
      // Capacity counts open work only; done tasks (years of them) are not read.
      tasksRepository.listOpen(),
    ])
    const allocations: ClientAllocation[] = clients.flatMap((client) =>
      client.teamAllocations.map((a) => ({ clientId: client.id, ...a })),
    )
    return { members, clients, tasks, allocations }
  }, [language])

  if (!data) return null
  const input = { members: data.members, allocations: data.allocations, tasks: data.tasks, today }
  const capacity = teamCapacity(input)
  const agency = agencyCapacity(input)
  const byId = new Map(data.members.map((m) => [m.id, m]))
  const clientCount = new Map<string, number>()
  for (const a of data.allocations) clientCount.set(a.memberId, (clientCount.get(a.memberId) ?? 0) + 1)
  const allocated = new Map<string, number>()
  for (const a of data.allocations)
    allocated.set(a.memberId, (allocated.get(a.memberId) ?? 0) + a.hoursPerWeek)

  const need = parseDecimal(needText, language)
  const needError =
    need.kind === 'invalid'
      ? t('team.errors.hours')
      : need.kind === 'number' && need.value < 0
        ? t('team.errors.negative')
        : null
  const candidates =
    need.kind === 'number' && need.value >= 0 ? whoCouldRunNewClient(capacity, need.value).slice(0, 5) : []
  const weekLabel = (weekStart: string) => {
    const date = parseISO(weekStart)
    return {
      week: t('team.capacity.week', { week: getISOWeek(date) }),
      date: cachedDateTimeFormat(INTL_LOCALE[language], { day: 'numeric', month: 'short' }).format(date),
    }
  }

  return (
    <Page
      testId="team-screen"
      title={t('team.title')}
      subtitle={t('team.subtitle', { count: data.members.filter((m) => m.active).length })}
      actions={
        <Button
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing(null)}
          data-testid="new-member"
        >
          {t('team.new')}
        </Button>
      }
    >
      <Stack gap="md" p="lg">
        <Section title={t('team.capacity.title')} testId="capacity">
          {capacity.length === 0 ? (
            <EmptyLine>{t('team.empty')}</EmptyLine>
          ) : (
            <Table withRowBorders={false} verticalSpacing={4} data-testid="capacity-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('team.columns.person')}</Table.Th>
                  {agency.map((week) => {
                    const label = weekLabel(week.weekStart)
                    return (
                      <Table.Th key={week.weekStart} ta="center" w={120}>
                        <Text size="xs" fw={600}>
                          {label.week}
                        </Text>
                        <Text size="xs" c="dimmed" fw={400}>
                          {label.date}
                        </Text>
                      </Table.Th>
                    )
                  })}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {capacity.map((row) => {
                  const member = byId.get(row.memberId)
                  return (
                    <Table.Tr key={row.memberId} data-testid="capacity-row" data-member={member?.name}>
                      <Table.Td>
                        <Text size="sm" fw={500} c={row.active ? undefined : 'dimmed'} truncate>
                          {member?.name}
                        </Text>
                      </Table.Td>
                      {row.weeks.map((week) => (
                        <LoadCell key={week.weekStart} week={week} language={language} />
                      ))}
                    </Table.Tr>
                  )
                })}
                <Table.Tr
                  data-testid="capacity-agency"
                  style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                >
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t('team.capacity.agency')}
                    </Text>
                  </Table.Td>
                  {agency.map((week) => (
                    <LoadCell key={week.weekStart} week={week} language={language} strong />
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
          <Group gap="md" mt="sm">
            {(['teal', 'yellow', 'red'] as const).map((tone) => (
              <Group key={tone} gap={6}>
                <span
                  style={{
                    width: 10,
                    height: 10,
                    borderRadius: 3,
                    background: `var(--mantine-color-${tone}-light)`,
                    border: `1px solid var(--mantine-color-${tone}-outline)`,
                  }}
                />
                <Text size="xs" c="dimmed">
                  {t(`team.capacity.legend.${tone}`)}
                </Text>
              </Group>
            ))}
            <Text size="xs" c="dimmed">
              {t('team.capacity.explain')}
            </Text>
          </Group>
        </Section>

        <Section title={t('team.newClient.title')} testId="new-client-fit">
          <Group align="flex-start" gap="lg" wrap="nowrap">
            <TextInput
              label={t('team.newClient.need')}
              value={needText}
              onChange={(event) => setNeedText(event.currentTarget.value)}
              error={needError}
              inputMode="decimal"
              w={200}
              rightSection={
                <Text size="xs" c="dimmed">
                  {t('units.hPerWeek')}
                </Text>
              }
              rightSectionWidth={48}
              data-testid="new-client-hours"
            />
            <Stack gap={4} style={{ flex: 1 }} data-testid="new-client-candidates">
              {need.kind === 'number' && candidates.length === 0 ? (
                <EmptyLine>{t('team.newClient.nobody')}</EmptyLine>
              ) : null}
              {candidates.map((candidate, index) => (
                <Group key={candidate.memberId} gap="sm" wrap="nowrap" data-testid="new-client-candidate">
                  <Text size="sm" c="dimmed" w={16} className="tabular">
                    {index + 1}
                  </Text>
                  <Text size="sm" fw={500} style={{ flex: 1 }} truncate>
                    {byId.get(candidate.memberId)?.name}
                  </Text>
                  <Badge color={candidate.fitsEveryWeek ? 'teal' : 'orange'} variant="light">
                    {candidate.fitsEveryWeek
                      ? t('team.newClient.fits')
                      : t('team.newClient.short', { count: candidate.shortWeeks.length })}
                  </Badge>
                  <Text size="xs" c="dimmed" className="tabular" ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('team.newClient.free', {
                      min: hours(candidate.minFreeHours, language),
                      total: hours(candidate.freeHours, language),
                    })}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Group>
        </Section>

        <Section title={t('team.members')}>
          <DataTable
            testId="team-table"
            rowTestId="member-row"
            rows={data.members}
            rowKey={(member) => member.id}
            empty={t('team.empty')}
            onRowClick={(member) => setEditing(member)}
            columns={[
              {
                key: 'name',
                header: t('team.columns.name'),
                render: (m) => (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500} data-testid="member-row-name">
                      {m.name}
                    </Text>
                    {m.active ? null : (
                      <Badge color="gray" size="xs">
                        {t('team.inactive')}
                      </Badge>
                    )}
                  </Group>
                ),
              },
              { key: 'role', header: t('team.columns.role'), render: (m) => t(`app:roles.${m.role}`) },
              {
                key: 'email',
                header: t('team.columns.email'),
                render: (m) => (
                  <Text size="sm" c="dimmed">
                    {m.email || '—'}
                  </Text>
                ),
              },
              {
                key: 'clients',
                header: t('team.columns.clients'),
                align: 'right',
                numeric: true,
                render: (m) => clientCount.get(m.id) ?? 0,
              },
              {
                key: 'allocated',
                header: t('team.columns.allocated'),
                align: 'right',
                numeric: true,
                render: (m) => hours(allocated.get(m.id) ?? 0, language),
              },
              {
                key: 'capacity',
                header: t('team.columns.capacity'),
                align: 'right',
                numeric: true,
                render: (m) => hours(m.weeklyCapacityHours, language),
              },
            ]}
          />
        </Section>
      </Stack>
      <MemberFormModal
        opened={editing !== undefined}
        member={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
    </Page>
  )
}

function LoadCell({
  week,
  language,
  strong = false,
}: {
  week: CapacityWeek
  language: Language
  strong?: boolean
}) {
  const { t } = useTranslation('planning')
  const tone = loadTone(week)
  return (
    <Table.Td p={2}>
      <Stack
        gap={0}
        align="center"
        py={4}
        style={{ borderRadius: 6, background: `var(--mantine-color-${tone}-light)` }}
        data-testid="capacity-cell"
        data-tone={tone}
        title={t('team.capacity.cellTitle', {
          allocated: hours(week.allocated, language),
          tasks: hours(week.taskHours, language),
          free: hours(week.free, language),
        })}
      >
        <Text
          size="sm"
          fw={strong ? 700 : 600}
          className="tabular"
          c={`var(--mantine-color-${tone}-light-color)`}
        >
          {hours(week.load, language)} / {hours(week.capacity, language)}
        </Text>
      </Stack>
    </Table.Td>
  )
}
