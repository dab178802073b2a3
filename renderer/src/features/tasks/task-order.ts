/**
 * How task lists are ordered and grouped. Policy (seed 003): PMs order work by priority,
 * deadline and sequence; whichever is chosen, the other two break ties, and open tasks always
 * come before done ones. "Sequence" is the dependency order: a task comes after every task it
 * depends on (its depth in the dependency graph), then by its sequence number.
 */
import { TASK_PRIORITIES, type Task } from '@shared/schemas'
import type { TaskSort } from './work-slice'

type Orderable = Pick<Task, 'id' | 'status' | 'priority' | 'deadline' | 'sequence' | 'dependsOn' | 'title'>

/** Depth of each task in the dependency graph: 0 for no dependencies, else 1 + deepest dependency. */
export function dependencyDepths(tasks: readonly Orderable[]): Map<string, number> {
  const byId = new Map(tasks.map((task) => [task.id, task]))
  const depths = new Map<string, number>()
  const visiting = new Set<string>()
  const depth = (id: string): number => {
    const known = depths.get(id)
    if (known !== undefined) return known
    const task = byId.get(id)
    // Unknown ids (other lists) and, defensively, cycles count as no dependency.
    if (!task || visiting.has(id)) return -1
    visiting.add(id)
    const value = Math.max(-1, ...task.dependsOn.map(depth)) + 1
    visiting.delete(id)
    depths.set(id, value)
    return value
  }
  for (const task of tasks) depth(task.id)
  return depths
}

/** The tasks in the chosen order (a new array). */
export function sortTasks<T extends Orderable>(tasks: readonly T[], sort: TaskSort): T[] {
  const depths = dependencyDepths(tasks)
  const done = (task: T) => (task.status === 'done' ? 1 : 0)
  const priority = (a: T, b: T) => TASK_PRIORITIES.indexOf(a.priority) - TASK_PRIORITIES.indexOf(b.priority)
  const deadline = (a: T, b: T) => (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31')
  const sequence = (a: T, b: T) =>
    (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0) || a.sequence - b.sequence
  const keys =
    sort === 'priority'
      ? [priority, deadline, sequence]
      : sort === 'deadline'
        ? [deadline, priority, sequence]
        : [sequence, priority, deadline]
  return [...tasks].sort(
    (a, b) =>
      done(a) - done(b) ||
      keys.reduce((result, key) => result || key(a, b), 0) ||
      a.title.localeCompare(b.title),
  )
}

/** The seven dates (YYYY-MM-DD) of the Monday-to-Sunday week containing `today`. */
export function weekDates(today: string): string[] {
  const date = new Date(`${today}T00:00:00Z`)
  const monday = date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000
  return Array.from({ length: 7 }, (_, index) =>
    new Date(monday + index * 86_400_000).toISOString().slice(0, 10),
  )
}

/** A person's open tasks for the week: overdue (before today) and per day of the week. */
export function groupWeek<T extends Pick<Task, 'deadline' | 'status'>>(
  tasks: readonly T[],
  today: string,
): { overdue: T[]; days: { date: string; tasks: T[] }[] } {
  const dates = weekDates(today)
  const open = tasks.filter((task) => task.status !== 'done' && task.deadline !== null)
  return {
    overdue: open.filter((task) => (task.deadline ?? '') < today),
    days: dates.map((date) => ({
      date,
      tasks: date < today ? [] : open.filter((task) => task.deadline === date),
    })),
  }
}
