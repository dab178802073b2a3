/** A dense list of tasks with a done checkbox, and the control that switches its order. */
import { Checkbox, Group, SegmentedControl, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE, formatDate } from '@shared/format'
import type { Task } from '@shared/schemas'
import { tasksRepository } from '../../../db/repositories'
import { DataTable, type Column } from '../../components/DataTable'
import { PriorityBadge, TaskStatusBadge } from '../../components/badges'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { useAppStore } from '../../store'
import { sortTasks } from './task-order'
import { cachedNumberFormat } from '@shared/intl'

/** Switches the order of every task list (remembered in the store). */
export function TaskSortControl() {
  const { t } = useTranslation('work')
  const sort = useAppStore((state) => state.taskSort)
  const setSort = useAppStore((state) => state.setTaskSort)
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed">
        {t('tasks.sortBy')}
      </Text>
      <SegmentedControl
        size="xs"
        value={sort}
        onChange={(value) => setSort(value)}
        data={(['priority', 'deadline', 'sequence'] as const).map((value) => ({
          value,
          label: t(`tasks.sort.${value}`),
        }))}
        data-testid="task-sort"
      />
    </Group>
  )
}

/** Checks a task done (stamping doneAt) or opens it again. */
function DoneCheckbox({ task }: { task: Task }) {
  const { t } = useTranslation('work')
  return (
    <Checkbox
      size="xs"
      checked={task.status === 'done'}
      aria-label={t('tasks.markDone', { title: task.title })}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      onChange={(event) => {
        tasksRepository.setDone(task.id, event.currentTarget.checked).catch((error: unknown) =>
          notifications.show({
            color: 'red',
            message: t('tasks.statusFailed', {
              message: error instanceof Error ? error.message : String(error),
            }),
          }),
        )
      }}
      data-testid="task-done"
    />
  )
}

/** Props of a task list. */
export type TaskListProps = {
  tasks: readonly Task[]
  names: ReadonlyMap<string, string>
  /** Client names by id; when given, a client column is shown. */
  clients?: ReadonlyMap<string, string>
  onOpen: (task: Task) => void
  empty: string
  testId: string
  /** Keep the given order instead of the store's sort. */
  presorted?: boolean
}

/** The tasks in the chosen order; done ones are struck through. */
export function TaskList({ tasks, names, clients, onOpen, empty, testId, presorted }: TaskListProps) {
  const { t } = useTranslation('work')
  const language = useLanguage()
  const sort = useAppStore((state) => state.taskSort)
  const today = todayIso()
  const rows = presorted ? tasks : sortTasks(tasks, sort)
  const hours = cachedNumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 1 })
  const done = (task: Task) => task.status === 'done'

  const columns: Column<Task>[] = [
    { key: 'done', header: '', width: 36, render: (task) => <DoneCheckbox task={task} /> },
    {
      key: 'title',
      header: t('tasks.columns.task'),
      render: (task) => (
        <div style={{ minWidth: 0 }}>
          <Text
            size="sm"
            fw={500}
            td={done(task) ? 'line-through' : undefined}
            c={done(task) ? 'dimmed' : undefined}
            lineClamp={1}
            data-testid="task-title"
          >
            {task.title}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1} title={task.businessLogic}>
            {task.businessLogic}
          </Text>
        </div>
      ),
    },
    ...(clients
      ? [
          {
            key: 'client',
            header: t('tasks.columns.client'),
            render: (task: Task) => (
              <Text size="sm" lineClamp={1}>
                {clients.get(task.clientId) ?? '—'}
              </Text>
            ),
          },
        ]
      : []),
    {
      key: 'priority',
      header: t('tasks.columns.priority'),
      width: 96,
      render: (task) => <PriorityBadge priority={task.priority} />,
    },
    {
      key: 'status',
      header: t('tasks.columns.status'),
      width: 112,
      render: (task) => <TaskStatusBadge status={task.status} />,
    },
    {
      key: 'assignees',
      header: t('tasks.columns.assignees'),
      render: (task) => (
        <Text size="sm" lineClamp={1}>
          {task.assigneeIds.map((id) => names.get(id) ?? '?').join(', ') || '—'}
        </Text>
      ),
    },
    {
      key: 'hours',
      header: t('tasks.columns.hours'),
      align: 'right',
      numeric: true,
      width: 90,
      render: (task) => (
        <Text
          size="sm"
          c={task.usedHours > task.estimatedHours && task.estimatedHours > 0 ? 'orange.7' : undefined}
        >
          {hours.format(task.usedHours)} / {hours.format(task.estimatedHours)}
        </Text>
      ),
    },
    {
      key: 'deadline',
      header: t('tasks.columns.deadline'),
      align: 'right',
      numeric: true,
      width: 110,
      render: (task) =>
        task.deadline ? (
          <Text
            size="sm"
            c={!done(task) && task.deadline < today ? 'red.7' : undefined}
            style={{ whiteSpace: 'nowrap' }}
          >
            {formatDate(task.deadline, language)}
          </Text>
        ) : (
          '—'
        ),
    },
  ]

  return (
    <DataTable
      testId={testId}
      rowTestId="task-row"
      rows={rows}
      rowKey={(task) => task.id}
      empty={empty}
      onRowClick={onOpen}
      columns={columns}
    />
  )
}
