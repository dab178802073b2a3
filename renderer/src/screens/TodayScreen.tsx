/** Today: what needs doing now across all clients — overdue and due tasks, unanswered messages. */
import { Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatDate, formatInstant } from '@shared/format'
import type { Task } from '@shared/schemas'
import { clientsRepository, communicationsRepository, tasksRepository } from '../../db/repositories'
import { Page } from '../components/Page'
import { FirstRun } from '../components/FirstRun'
import { EmptyLine, Section } from '../components/Section'
import { PriorityBadge } from '../components/badges'
import { useLanguage } from '../lib/useLanguage'
import { todayIso } from '../lib/today'
import { RhythmSection } from '../features/rhythm/RhythmSection'
import { SlaClock } from '../features/communications/SlaClock'
import { byUrgency, useNow, useSla } from '../features/communications/useSla'

/** The Today screen. */
export function TodayScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const language = useLanguage()
  const today = todayIso()
  const sla = useSla()
  const now = useNow()
  const data = useLiveQuery(async () => {
    const [clients, due, awaiting] = await Promise.all([
      clientsRepository.list(),
      tasksRepository.listOpenDueBy(today),
      communicationsRepository.listAwaitingReply(),
    ])
    return { clients: new Map(clients.map((client) => [client.id, client])), due, awaiting }
  }, [today])

  if (data && data.clients.size === 0) return <FirstRun />
  const overdue = (data?.due ?? []).filter((task) => (task.deadline ?? '') < today)
  const dueToday = (data?.due ?? []).filter((task) => task.deadline === today)

  const taskLine = (task: Task) => (
    <Group
      key={task.id}
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      py={6}
      className="clickable-row"
      tabIndex={0}
      onClick={() => void navigate(`/clients/${task.clientId}/tasks`)}
      data-testid="today-task"
    >
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {task.title}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {data?.clients.get(task.clientId)?.name}
        </Text>
      </div>
      <Group gap={8} wrap="nowrap" style={{ flexShrink: 0 }}>
        <PriorityBadge priority={task.priority} />
        <Text
          size="xs"
          c={task.deadline && task.deadline < today ? 'red.7' : 'dimmed'}
          className="tabular"
          miw={84}
          ta="right"
          style={{ whiteSpace: 'nowrap' }}
        >
          {task.deadline ? formatDate(task.deadline, language) : ''}
        </Text>
      </Group>
    </Group>
  )

  return (
    <Page title={t('today.title')} subtitle={formatDate(today, language)} testId="today-screen">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" p="lg">
        <Stack gap="md">
          {data ? <RhythmSection today={today} clients={data.clients} /> : null}
          <Section title={`${t('today.overdueTasks')} · ${overdue.length}`} testId="today-overdue">
            {overdue.length ? overdue.map(taskLine) : <EmptyLine>{t('today.nothingOverdue')}</EmptyLine>}
          </Section>
          <Section title={`${t('today.dueToday')} · ${dueToday.length}`} testId="today-due">
            {dueToday.length ? dueToday.map(taskLine) : <EmptyLine>{t('today.nothingDue')}</EmptyLine>}
          </Section>
        </Stack>
        <Section
          title={`${t('today.awaitingReply')} · ${data?.awaiting.length ?? 0}`}
          testId="today-awaiting"
        >
          {data?.awaiting.length ? (
            byUrgency(data.awaiting.map((item) => ({ item, status: sla?.statusOf(item, now) ?? null }))).map(
              (item) => {
                const client = data.clients.get(item.clientId)
                const status = sla?.statusOf(item, now)
                return (
                  <Group
                    key={item.id}
                    justify="space-between"
                    wrap="nowrap"
                    gap="sm"
                    py={6}
                    className="clickable-row"
                    tabIndex={0}
                    onClick={() => void navigate(`/clients/${item.clientId}/communications`)}
                    data-testid="today-awaiting-item"
                  >
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} lineClamp={1}>
                        {item.summary}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {client?.name} · {item.from} ·{' '}
                        {t('today.receivedAt', {
                          time: formatInstant(item.receivedAt, language, client?.timezone),
                        })}
                      </Text>
                    </div>
                    {status ? (
                      <div style={{ flexShrink: 0 }}>
                        <SlaClock status={status} timezone={client?.timezone} />
                      </div>
                    ) : null}
                  </Group>
                )
              },
            )
          ) : (
            <EmptyLine>{t('today.nothingWaiting')}</EmptyLine>
          )}
        </Section>
      </SimpleGrid>
    </Page>
  )
}
