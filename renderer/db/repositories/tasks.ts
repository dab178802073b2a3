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
  /** Open tasks with a deadline on or before `date` (YYYY-MM-DD), across clients. */
  async listOpenDueBy(date: string): Promise<Task[]> {
    const tasks = await db.tasks.where('deadline').belowOrEqual(date).toArray()
    return tasks.filter((task) => task.deletedAt === null && task.status !== 'done')
  },
}
