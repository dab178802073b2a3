/** The client page's Tasks tab: the client's tasks in the chosen order, created and edited here. */
import { useState } from 'react'
import { Button, Group } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Client } from '@shared/schemas'
import { tasksRepository, teamMembersRepository } from '../../../db/repositories'
import { TaskFormModal, type TaskFormTarget } from './TaskFormModal'
import { TaskList, TaskSortControl } from './TaskList'

/** The client's tasks. */
export function ClientTasks({ client }: { client: Client }) {
  const { t } = useTranslation('work')
  const [target, setTarget] = useState<TaskFormTarget | null>(null)
  const data = useLiveQuery(async () => {
    const [tasks, team] = await Promise.all([
      tasksRepository.listForClient(client.id),
      teamMembersRepository.list(),
    ])
    return { tasks, names: new Map(team.map((member) => [member.id, member.name])) }
  }, [client.id])
  if (!data) return null
  return (
    <>
      <Group justify="space-between" px="lg" py="xs">
        <TaskSortControl />
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => setTarget({ taskId: null, clientId: client.id })}
          data-testid="new-task"
        >
          {t('tasks.new')}
        </Button>
      </Group>
      <TaskList
        testId="client-tasks"
        tasks={data.tasks}
        names={data.names}
        onOpen={(task) => setTarget({ taskId: task.id })}
        empty={t('tasks.emptyClient')}
      />
      <TaskFormModal target={target} onClose={() => setTarget(null)} defaultAssigneeId={client.ownerId} />
    </>
  )
}
