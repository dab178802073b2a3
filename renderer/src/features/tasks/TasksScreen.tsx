/**
 * Tasks across clients: one person's week (open tasks due this week by day, plus their overdue
 * ones) and every overdue task of the agency. The chosen person is remembered in the store.
 */
import { useState } from 'react'
import { Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE, formatDate } from '@shared/format'
import type { Task } from '@shared/schemas'
import { clientsRepository, tasksRepository, teamMembersRepository } from '../../../db/repositories'
import { Page } from '../../components/Page'
import { EmptyLine, Section, Stat } from '../../components/Section'
import { PriorityBadge } from '../../components/badges'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { useAppStore } from '../../store'
import { groupWeek, sortTasks, weekDates } from './task-order'
import { TaskFormModal, type TaskFormTarget } from './TaskFormModal'
import { TaskList, TaskSortControl } from './TaskList'
import { cachedDateTimeFormat, cachedNumberFormat } from '@shared/intl'

type View = 'week' | 'overdue'

/** The Tasks screen. */
export function TasksScreen() {
  const { t } = useTranslation('work')
  const [view, setView] = useState<View>('week')
  const [target, setTarget] = useState<TaskFormTarget | null>(null)
  const storedMember = useAppStore((state) => state.weekMemberId)
  const setMember = useAppStore((state) => state.setWeekMemberId)
  const team = useLiveQuery(async () => (await teamMembersRepository.list()).filter((m) => m.active), [])
  // The remembered person, or the first team member until someone is picked.
  const memberId = team?.find((member) => member.id === storedMember)?.id ?? team?.[0]?.id ?? null

  return (
    <Page
      testId="tasks-screen"
      title={t('tasks.title')}
      actions={
        <>
          <TaskSortControl />
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setTarget({ taskId: null, clientId: null })}
            data-testid="new-task"
          >
            {t('tasks.new')}
          </Button>
        </>
      }
      toolbar={
        <Tabs
          value={view}
          onChange={(value) => setView(value === 'overdue' ? 'overdue' : 'week')}
          styles={{ list: { borderBottom: 0 }, tab: { paddingBlock: 10, fontSize: 13 } }}
        >
          <Tabs.List>
            <Tabs.Tab value="week" data-testid="tasks-tab-week">
              {t('tasks.myWeek')}
            </Tabs.Tab>
            <Tabs.Tab value="overdue" data-testid="tasks-tab-overdue">
              {t('tasks.overdueAll')}
            </Tabs.Tab>
          </Tabs.List>
        </Tabs>
      }
    >
      {team === undefined ? null : view === 'week' ? (
        <MyWeek
          memberId={memberId}
          memberOptions={(team ?? []).map((member) => ({ value: member.id, label: member.name }))}
          onPick={setMember}
          onOpen={(task) => setTarget({ taskId: task.id })}
        />
      ) : (
        <OverdueAll onOpen={(task) => setTarget({ taskId: task.id })} />
      )}
      <TaskFormModal target={target} onClose={() => setTarget(null)} defaultAssigneeId={memberId} />
    </Page>
  )
}

function MyWeek({
  memberId,
  memberOptions,
  onPick,
  onOpen,
}: {
  memberId: string | null
  memberOptions: { value: string; label: string }[]
  onPick: (memberId: string | null) => void
  onOpen: (task: Task) => void
}) {
  const { t } = useTranslation('work')
  const language = useLanguage()
  const sort = useAppStore((state) => state.taskSort)
  const today = todayIso()
  const data = useLiveQuery(async () => {
    const [tasks, clients, member] = await Promise.all([
      memberId ? tasksRepository.listOpenForAssignee(memberId) : Promise.resolve([]),
      clientsRepository.list(),
      memberId ? teamMembersRepository.get(memberId) : Promise.resolve(undefined),
    ])
    return { tasks, clients: new Map(clients.map((client) => [client.id, client.name])), member }
  }, [memberId])

  if (!data) return null
  const week = groupWeek(sortTasks(data.tasks, sort), today)
  const dates = weekDates(today)
  const weekHours = week.days.reduce(
    (sum, day) =>
      sum + day.tasks.reduce((s, task) => s + Math.max(0, task.estimatedHours - task.usedHours), 0),
    0,
  )
  const hours = cachedNumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 1 })
  const dayName = cachedDateTimeFormat(INTL_LOCALE[language], { weekday: 'long', timeZone: 'UTC' })
  const line = (task: Task) => (
    <TaskLine
      key={task.id}
      task={task}
      client={data.clients.get(task.clientId) ?? ''}
      onOpen={onOpen}
      today={today}
    />
  )

  return (
    <Stack gap="md" p="lg">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('tasks.person')}
          data={memberOptions}
          value={memberId}
          onChange={(value) => value && onPick(value)}
          allowDeselect={false}
          searchable
          w={260}
          data-testid="week-member"
        />
        <Text size="sm" c="dimmed">
          {t('tasks.weekOf', {
            from: formatDate(dates[0] ?? today, language),
            to: formatDate(dates[6] ?? today, language),
          })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Stat
          label={t('tasks.stats.overdue')}
          value={week.overdue.length}
          {...(week.overdue.length ? { tone: 'red' as const } : {})}
        />
        <Stat
          label={t('tasks.stats.dueThisWeek')}
          value={week.days.reduce((n, day) => n + day.tasks.length, 0)}
        />
        <Stat
          label={t('tasks.stats.hoursLeft')}
          value={`${hours.format(weekHours)} / ${hours.format(data.member?.weeklyCapacityHours ?? 0)} h`}
          {...(data.member && weekHours > data.member.weeklyCapacityHours ? { tone: 'amber' as const } : {})}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Stack gap="md" data-testid="week-days">
          {week.days
            .filter((day) => day.date >= today)
            .map((day) => (
              <Section
                key={day.date}
                testId={`week-day-${day.date}`}
                title={
                  <Group gap={6} component="span">
                    <span>{dayName.format(new Date(`${day.date}T00:00:00Z`))}</span>
                    <span style={{ fontWeight: 400 }}>{formatDate(day.date, language)}</span>
                    {day.date === today ? (
                      <Badge size="xs" variant="light">
                        {t('tasks.today')}
                      </Badge>
                    ) : null}
                  </Group>
                }
              >
                {day.tasks.length ? day.tasks.map(line) : <EmptyLine>{t('tasks.nothingThatDay')}</EmptyLine>}
              </Section>
            ))}
        </Stack>
        <Section title={`${t('tasks.overdue')} · ${week.overdue.length}`} testId="week-overdue">
          {week.overdue.length ? week.overdue.map(line) : <EmptyLine>{t('tasks.nothingOverdue')}</EmptyLine>}
        </Section>
      </SimpleGrid>
    </Stack>
  )
}

/** One compact task line: done box, title and client, priority, and the deadline when overdue or else the hours. */
function TaskLine({
  task,
  client,
  onOpen,
  today,
}: {
  task: Task
  client: string
  onOpen: (task: Task) => void
  today: string
}) {
  const { t } = useTranslation('work')
  const language = useLanguage()
  const overdue = task.deadline !== null && task.deadline < today
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      py={6}
      className="clickable-row"
      tabIndex={0}
      onClick={() => onOpen(task)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(task)
      }}
      data-testid="week-task"
    >
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Checkbox
          size="xs"
          checked={false}
          aria-label={t('tasks.markDone', { title: task.title })}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
          onChange={() => void tasksRepository.setDone(task.id, true)}
          data-testid="task-done"
        />
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate data-testid="task-title">
            {task.title}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {client}
          </Text>
        </div>
      </Group>
      <Group gap={8} wrap="nowrap" style={{ flexShrink: 0 }}>
        <PriorityBadge priority={task.priority} />
        <Text
          size="xs"
          c={overdue ? 'red.7' : 'dimmed'}
          className="tabular"
          miw={84}
          ta="right"
          style={{ whiteSpace: 'nowrap' }}
        >
          {overdue
            ? formatDate(task.deadline ?? today, language)
            : t('tasks.hoursEstimate', {
                hours: cachedNumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 1 }).format(
                  task.estimatedHours,
                ),
              })}
        </Text>
      </Group>
    </Group>
  )
}

function OverdueAll({ onOpen }: { onOpen: (task: Task) => void }) {
  const { t } = useTranslation('work')
  const today = todayIso()
  const data = useLiveQuery(async () => {
    const [tasks, clients, team] = await Promise.all([
      tasksRepository.listOverdue(today),
      clientsRepository.list(),
      teamMembersRepository.list(),
    ])
    return {
      tasks,
      clients: new Map(clients.map((client) => [client.id, client.name])),
      names: new Map(team.map((member) => [member.id, member.name])),
    }
  }, [today])
  if (!data) return null
  return (
    <TaskList
      testId="overdue-tasks"
      tasks={data.tasks}
      names={data.names}
      clients={data.clients}
      onOpen={onOpen}
      empty={t('tasks.nothingOverdue')}
    />
  )
}
