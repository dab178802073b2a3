/**
 * One item of Today, whatever its section: a touchpoint, a task, a message waiting for a reply,
 * a brief waiting for answers or a budget running out. Each has a key that is unique across
 * sections (the keyboard's focus ring walks them all) and a place it opens.
 */
import type { BudgetMonth, Campaign, Brief, Communication, Task, Touchpoint } from '@shared/schemas'
import { touchpointRoute } from './touchpoint-route'

/** An item of Today. */
export type TodayEntry =
  | { type: 'touchpoint'; touchpoint: Touchpoint }
  | { type: 'task'; task: Task }
  | { type: 'communication'; communication: Communication }
  | { type: 'brief'; brief: Brief; campaign: Campaign }
  | { type: 'budget'; budget: BudgetMonth }

/** The entry's key, unique across every section. */
export function entryKey(entry: TodayEntry): string {
  switch (entry.type) {
    case 'touchpoint':
      return `touchpoint:${entry.touchpoint.id}`
    case 'task':
      return `task:${entry.task.id}`
    case 'communication':
      return `communication:${entry.communication.id}`
    case 'brief':
      return `brief:${entry.brief.id}`
    case 'budget':
      return `budget:${entry.budget.id}`
  }
}

/** Where opening the entry goes: the place its work is done. */
export function entryRoute(entry: TodayEntry): string {
  switch (entry.type) {
    case 'touchpoint':
      return touchpointRoute(entry.touchpoint)
    case 'task':
      return `/clients/${entry.task.clientId}/tasks`
    case 'communication':
      return `/clients/${entry.communication.clientId}/communications`
    case 'brief':
      return `/campaigns/${entry.campaign.id}`
    case 'budget':
      return `/clients/${entry.budget.clientId}/budgets`
  }
}

/** What the keyboard can do with an entry besides opening it. */
export function entryCan(entry: TodayEntry): { done: boolean; skip: boolean } {
  return { done: entry.type === 'touchpoint' || entry.type === 'task', skip: entry.type === 'touchpoint' }
}
