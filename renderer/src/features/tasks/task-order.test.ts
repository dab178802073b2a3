import { describe, expect, it } from 'vitest'
import type { Task } from '@shared/schemas'
import { dependencyDepths, groupWeek, sortTasks, weekDates } from './task-order'

type T = Pick<Task, 'id' | 'status' | 'priority' | 'deadline' | 'sequence' | 'dependsOn' | 'title'>
const task = (id: string, overrides: Partial<T> = {}): T => ({
  id,
  title: id,
  status: 'todo',
  priority: 'normal',
  deadline: null,
  sequence: 0,
  dependsOn: [],
  ...overrides,
})

describe('sortTasks', () => {
  const tasks = [
    task('late-low', { priority: 'low', deadline: '2026-03-01' }),
    task('soon-urgent', { priority: 'urgent', deadline: '2026-03-20', dependsOn: ['late-low'] }),
    task('done-urgent', { priority: 'urgent', status: 'done', deadline: '2026-02-01' }),
    task('no-date-high', { priority: 'high' }),
  ]
  const ids = (sorted: T[]) => sorted.map((t) => t.id)

  it('orders by priority, then deadline, with done tasks last', () => {
    expect(ids(sortTasks(tasks, 'priority'))).toEqual([
      'soon-urgent',
      'no-date-high',
      'late-low',
      'done-urgent',
    ])
  })
  it('orders by deadline with undated tasks after dated ones', () => {
    expect(ids(sortTasks(tasks, 'deadline'))).toEqual([
      'late-low',
      'soon-urgent',
      'no-date-high',
      'done-urgent',
    ])
  })
  it('orders by sequence: a task after the tasks it depends on, whatever its priority', () => {
    expect(ids(sortTasks(tasks, 'sequence'))).toEqual([
      'no-date-high',
      'late-low',
      'soon-urgent',
      'done-urgent',
    ])
  })
})

describe('dependencyDepths', () => {
  it('is the length of the longest dependency chain', () => {
    const depths = dependencyDepths([
      task('a'),
      task('b', { dependsOn: ['a'] }),
      task('c', { dependsOn: ['a', 'b'] }),
    ])
    expect([...depths.entries()]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ])
  })
})

describe('week grouping', () => {
  it('runs Monday to Sunday around any day, across a month end', () => {
    expect(weekDates('2026-04-01')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ])
    expect(weekDates('2026-04-05')[0]).toBe('2026-03-30')
  })
  it('puts open tasks before today under overdue and the rest on their day; done tasks nowhere', () => {
    const week = groupWeek(
      [
        { deadline: '2026-03-31', status: 'todo' as const },
        { deadline: '2026-04-02', status: 'in-progress' as const },
        { deadline: '2026-04-02', status: 'done' as const },
        { deadline: '2026-04-20', status: 'todo' as const },
      ],
      '2026-04-01',
    )
    expect(week.overdue).toHaveLength(1)
    expect(week.days.map((day) => day.tasks.length)).toEqual([0, 0, 0, 1, 0, 0, 0])
  })
})
