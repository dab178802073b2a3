import { describe, expect, it } from 'vitest'
import type { BudgetMonth, Brief, Campaign, Communication, Task, Touchpoint } from '@shared/schemas'
import { entryCan, entryKey, entryRoute, type TodayEntry } from './today-entry'

// Only the fields the routes read; the rest of each record plays no part.
const entries: TodayEntry[] = [
  { type: 'touchpoint', touchpoint: { id: 't1', kind: 'monthly-report', clientId: 'c1' } as Touchpoint },
  { type: 'task', task: { id: 'k1', clientId: 'c2' } as Task },
  { type: 'communication', communication: { id: 'm1', clientId: 'c3' } as Communication },
  { type: 'brief', brief: { id: 'b1', clientId: 'c4' } as Brief, campaign: { id: 'p1' } as Campaign },
  { type: 'budget', budget: { id: 'u1', clientId: 'c5' } as BudgetMonth },
]

describe('an item of Today', () => {
  it('opens where its work is done', () => {
    expect(entries.map(entryRoute)).toEqual([
      '/clients/c1/reports',
      '/clients/c2/tasks',
      '/clients/c3/communications',
      '/campaigns/p1',
      '/clients/c5/budgets',
    ])
  })

  it('has a key unique across sections, even when two records share an id', () => {
    const keys = entries.map(entryKey)
    expect(new Set(keys).size).toBe(keys.length)
    const sameId: TodayEntry = { type: 'task', task: { id: 't1', clientId: 'c1' } as Task }
    expect(entryKey(sameId)).not.toBe(entryKey(entries[0]!))
  })

  it('can be marked done when it is a touchpoint or a task, and skipped only when a touchpoint', () => {
    expect(entries.map(entryCan)).toEqual([
      { done: true, skip: true },
      { done: true, skip: false },
      { done: false, skip: false },
      { done: false, skip: false },
      { done: false, skip: false },
    ])
  })
})
