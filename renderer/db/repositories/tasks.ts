/** Repository of tasks. */
import { taskSchema, type Task } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.tasks, taskSchema)

/** Reads and writes tasks. */
export const tasksRepository = {
  ...base,
  /** A client's tasks. */
  async listForClient(clientId: string): Promise<Task[]> {
    const tasks = await db.tasks.where('clientId').equals(clientId).toArray()
    return tasks.filter((task) => task.deletedAt === null)
  },
  /** Number of open (not done) tasks per client id. */
  async countOpenByClient(): Promise<Map<string, number>> {
    const open = await db.tasks.where('status').anyOf(['todo', 'in-progress', 'blocked']).toArray()
    const counts = new Map<string, number>()
    for (const task of open) {
      if (task.deletedAt === null) counts.set(task.clientId, (counts.get(task.clientId) ?? 0) + 1)
    }
    return counts
  },
  /** Open tasks with a deadline on or before `date` (YYYY-MM-DD), across clients. */
  async listOpenDueBy(date: string): Promise<Task[]> {
    const tasks = await db.tasks.where('deadline').belowOrEqual(date).toArray()
    return tasks.filter((task) => task.deletedAt === null && task.status !== 'done')
  },
}
