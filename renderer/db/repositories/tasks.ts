/**
 * Repository of tasks. Policy (seed 003): every task states its business logic — how it serves
 * the result — so a task without one is refused here, not only in the form; hours are never
 * negative (the schema); and a task's sequence (`dependsOn`) may only name live tasks of the
 * same client and never forms a cycle, because a cycle would make the order of work undefined.
 */
import { TASK_STATUSES, taskSchema, type Task } from '@shared/schemas'
import { db } from '../db'
import { ValidationError, type FieldIssue } from '../errors'
import { nowIso } from '../clock'
import { createRepository, type NewRecord } from '../repository'

const base = createRepository(db.tasks, taskSchema)

/** The message the repository gives a task without business logic. */
export const BUSINESS_LOGIC_REQUIRED = 'Business logic is required: say how this task serves the result'

/** What the sequence rules need of a task. */
type SequenceNode = Pick<Task, 'id' | 'clientId' | 'dependsOn'>

/**
 * Whether giving `taskId` the dependencies `dependsOn` closes a cycle among `tasks`: true when
 * `taskId` can be reached by following dependencies from any of them.
 */
export function createsCycle(
  taskId: string,
  dependsOn: readonly string[],
  tasks: readonly SequenceNode[],
): boolean {
  const edges = new Map(tasks.map((task) => [task.id, task.dependsOn]))
  const seen = new Set<string>()
  const stack = [...dependsOn]
  while (stack.length > 0) {
    const current = stack.pop() ?? ''
    if (current === taskId) return true
    if (seen.has(current)) continue
    seen.add(current)
    stack.push(...(edges.get(current) ?? []))
  }
  return false
}

/**
 * The problems with a task's business logic and sequence, given the live tasks of its client
 * (`taskId` null for a new task). The form and the repository both use it.
 */
export function taskRuleIssues(
  task: Pick<Task, 'clientId' | 'businessLogic' | 'dependsOn'>,
  taskId: string | null,
  clientTasks: readonly SequenceNode[],
): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (task.businessLogic.trim() === '')
    issues.push({ path: 'businessLogic', message: BUSINESS_LOGIC_REQUIRED })
  const known = new Set(
    clientTasks.filter((other) => other.clientId === task.clientId).map((other) => other.id),
  )
  if (taskId !== null && task.dependsOn.includes(taskId)) {
    issues.push({ path: 'dependsOn', message: 'A task cannot depend on itself' })
  } else if (task.dependsOn.some((id) => !known.has(id))) {
    issues.push({ path: 'dependsOn', message: 'A task can only depend on other tasks of the same client' })
  } else if (taskId !== null && createsCycle(taskId, task.dependsOn, clientTasks)) {
    issues.push({ path: 'dependsOn', message: 'These dependencies would form a cycle' })
  }
  return issues
}

async function liveTasksOf(clientId: string): Promise<Task[]> {
  const tasks = await db.tasks.where('clientId').equals(clientId).toArray()
  return tasks.filter((task) => task.deletedAt === null)
}

async function checkRules(task: NewRecord<Task>, taskId: string | null): Promise<void> {
  const issues = taskRuleIssues(task, taskId, await liveTasksOf(task.clientId))
  if (issues.length > 0) throw new ValidationError(issues)
}

/** Tasks still to do: not done. */
const isOpen = (task: Task) => task.deletedAt === null && task.status !== 'done'

/** Every status but done: an agency's years of finished tasks stay out of these reads. */
const OPEN_STATUSES = TASK_STATUSES.filter((status) => status !== 'done')

/** Open tasks through the status index, without reading the done ones. */
async function listOpenTasks(): Promise<Task[]> {
  const tasks = await db.tasks.where('status').anyOf(OPEN_STATUSES).toArray()
  return tasks.filter(isOpen)
}

/** Reads and writes tasks. */
export const tasksRepository = {
  ...base,
  /** Creates a task; refuses one without business logic or with a bad sequence. */
  async create(input: NewRecord<Task>): Promise<Task> {
    return db.transaction('rw', db.tasks, async () => {
      await checkRules(input, null)
      return base.create(input)
    })
  },
  /** Updates a task under the same rules as create. */
  async update(id: string, patch: Partial<NewRecord<Task>>): Promise<Task> {
    return db.transaction('rw', db.tasks, async () => {
      const current = await base.get(id)
      if (current) await checkRules({ ...current, ...patch }, id)
      return base.update(id, patch)
    })
  },
  /** Marks a task done (stamping doneAt) or opens it again as to-do. */
  async setDone(id: string, done: boolean): Promise<Task> {
    return tasksRepository.update(
      id,
      done ? { status: 'done', doneAt: nowIso() } : { status: 'todo', doneAt: null },
    )
  },
  /** Changes a task's status; done stamps doneAt, any other status clears it. */
  async setStatus(id: string, status: Task['status']): Promise<Task> {
    if (status === 'done') return tasksRepository.setDone(id, true)
    return tasksRepository.update(id, { status, doneAt: null })
  },
  /** A client's tasks. */
  async listForClient(clientId: string): Promise<Task[]> {
    return liveTasksOf(clientId)
  },
  /** Open tasks assigned to a team member. */
  async listOpenForAssignee(memberId: string): Promise<Task[]> {
    const tasks = await db.tasks.where('assigneeIds').equals(memberId).toArray()
    return tasks.filter(isOpen)
  },
  /** Open tasks whose deadline has passed (before `today`, YYYY-MM-DD), across clients. */
  async listOverdue(today: string): Promise<Task[]> {
    return (await listOpenTasks()).filter((task) => task.deadline !== null && task.deadline < today)
  },
  /** Every open (not done, not deleted) task, read through the status index. */
  async listOpen(): Promise<Task[]> {
    return listOpenTasks()
  },
  /** Number of open (not done) tasks per client id. */
  async countOpenByClient(): Promise<Map<string, number>> {
    const counts = new Map<string, number>()
    for (const task of await listOpenTasks()) counts.set(task.clientId, (counts.get(task.clientId) ?? 0) + 1)
    return counts
  },
  /** Open tasks with a deadline on or before `date` (YYYY-MM-DD), across clients. */
  async listOpenDueBy(date: string): Promise<Task[]> {
    // Open tasks are few next to the years of done ones a deadline range would read.
    return (await listOpenTasks()).filter((task) => task.deadline !== null && task.deadline <= date)
  },
}
