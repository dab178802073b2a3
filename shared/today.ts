/**
 * What the Today view gathers across clients (PRODUCT.md "The cadence engine": due and overdue
 * touchpoints, messages waiting for a reply, tasks due, briefs waiting for answers, budgets
 * running out), and whose work each item is.
 *
 * Policy "Mine": an item is a team member's when its client is theirs (client.ownerId), or it is
 * assigned to them (task assignees, a message's handler, a campaign's owner). Agency-wide
 * touchpoints (client null: the internal weekly) are everyone's, so they show in "Mine" too.
 *
 * Policy "reports to verify": the monthly and annual report touchpoints are the month's most
 * careful work — verify every number, then write the commentary (seed 002) — so they get their
 * own list, and the rest of the rhythm is listed without them.
 */
import { budgetBurn, type BudgetBurn, type BudgetLevel } from './budget'
import type { Brief } from './schemas/brief'
import type { BudgetMonth } from './schemas/budget-month'
import type { Campaign } from './schemas/campaign'
import { TASK_PRIORITIES, TOUCHPOINT_KINDS, type TouchpointKind } from './schemas/enums'
import type { Task } from './schemas/task'
import type { Touchpoint } from './schemas/touchpoint'

/** Whose work Today lists. */
export type TodayScope = 'mine' | 'everyone'

/** Who owns each client (client id → owner id, null when nobody does). */
export type ClientOwners = ReadonlyMap<string, string | null>

/** What deciding "is it mine?" reads of an item. */
export type Ownable = {
  /** The item's client; null for agency-wide work. */
  clientId: string | null
  /** Team members the item is assigned to besides the client's owner. */
  assigneeIds?: readonly (string | null)[]
}

/** True when the item is `memberId`'s work (see the policy above). */
export function isMine(item: Ownable, memberId: string, owners: ClientOwners): boolean {
  if (item.clientId === null) return true
  if (owners.get(item.clientId) === memberId) return true
  return (item.assigneeIds ?? []).includes(memberId)
}

/** The items in scope: all of them for everyone, or the member's; nobody chosen keeps none. */
export function inScope<T>(
  items: readonly T[],
  scope: TodayScope,
  memberId: string | null,
  owners: ClientOwners,
  ownable: (item: T) => Ownable,
): T[] {
  if (scope === 'everyone') return [...items]
  if (memberId === null) return []
  return items.filter((item) => isMine(ownable(item), memberId, owners))
}

/** Touchpoint kinds that are reports to verify and comment on. */
export const REPORT_KINDS: readonly TouchpointKind[] = ['monthly-report', 'annual-report']

/** True for the monthly and annual report touchpoints. */
export function isReportTouchpoint(touchpoint: Pick<Touchpoint, 'kind'>): boolean {
  return REPORT_KINDS.includes(touchpoint.kind)
}

const KIND_ORDER = new Map<string, number>(TOUCHPOINT_KINDS.map((kind, index) => [kind, index]))

/** Touchpoints in the order Today reads them: by due date, then kind, then client name. */
export function orderTouchpoints<T extends Pick<Touchpoint, 'dueDate' | 'kind' | 'clientId' | 'id'>>(
  touchpoints: readonly T[],
  clientName: (clientId: string | null) => string,
): T[] {
  return [...touchpoints].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
      clientName(a.clientId).localeCompare(clientName(b.clientId)) ||
      a.id.localeCompare(b.id),
  )
}

/** Where a due touchpoint stands on a day; done and skipped ones are not Today's business. */
export type DueGroup = 'overdue' | 'today' | 'coming'

/** The group of a touchpoint due on `dueDate`, seen on `today` (both `YYYY-MM-DD`). */
export function dueGroup(dueDate: string, today: string): DueGroup {
  return dueDate < today ? 'overdue' : dueDate === today ? 'today' : 'coming'
}

/** Open tasks due by today, split into overdue (oldest first) and due today, each by priority. */
export function splitDueTasks<T extends Pick<Task, 'deadline' | 'priority' | 'title'>>(
  tasks: readonly T[],
  today: string,
): { overdue: T[]; dueToday: T[] } {
  const priority = (a: T, b: T) => TASK_PRIORITIES.indexOf(a.priority) - TASK_PRIORITIES.indexOf(b.priority)
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title)
  const overdue = tasks
    .filter((task) => task.deadline !== null && task.deadline < today)
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || priority(a, b) || byTitle(a, b))
  const dueToday = tasks
    .filter((task) => task.deadline === today)
    .sort((a, b) => priority(a, b) || byTitle(a, b))
  return { overdue, dueToday }
}

/** A brief that waits for the client's answers, and since when. */
export type WaitingBrief = {
  brief: Brief
  campaign: Campaign
  /** The last time the brief moved: created, or the client's latest answer. */
  waitingSince: string
  /** Questions still without an answer. */
  openQuestions: number
}

/**
 * Briefs waiting for answers: every brief in clarifying, and draft briefs of campaigns already
 * past the idea stage (planned work without a clear brief). Longest waiting first.
 */
export function waitingBriefs(
  briefs: readonly Brief[],
  campaigns: ReadonlyMap<string, Campaign>,
): WaitingBrief[] {
  const waiting: WaitingBrief[] = []
  for (const brief of briefs) {
    const campaign = campaigns.get(brief.campaignId)
    if (!campaign || brief.deletedAt !== null || campaign.deletedAt !== null) continue
    const clarifying = brief.status === 'clarifying'
    const draftPastIdea = brief.status === 'draft' && campaign.stage !== 'idea'
    if (!clarifying && !draftPastIdea) continue
    const answers = brief.openQuestions.flatMap((q) => (q.answeredAt ? [q.answeredAt] : []))
    const waitingSince = [brief.createdAt, ...answers].reduce((a, b) =>
      Date.parse(b) > Date.parse(a) ? b : a,
    )
    const openQuestions = brief.openQuestions.filter((q) => (q.answer ?? '').trim() === '').length
    waiting.push({ brief, campaign, waitingSince, openQuestions })
  }
  return waiting.sort(
    (a, b) => Date.parse(a.waitingSince) - Date.parse(b.waitingSince) || a.brief.id.localeCompare(b.brief.id),
  )
}

/** Whole days from `since` (an instant) to `now`, never negative. */
export function daysWaiting(since: string, now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(since)) / 86_400_000))
}

/** A client month whose media or work budget is past the warning line. */
export type BudgetAlarm = {
  budget: BudgetMonth
  burn: BudgetBurn
  /** The worse of the media and work levels. */
  level: Exclude<BudgetLevel, 'ok'>
  /** The larger used share of the two (media or work), for ordering. */
  share: number
}

const LEVEL_RANK: Record<BudgetLevel, number> = { ok: 0, warning: 1, over: 2 }

/**
 * This month's budgets past 80 % (media or work), over-budget ones first, then by share used.
 * A budget whose plan and spend are in different currencies cannot be measured and is left out
 * (the client's budget tab names that error).
 */
export function budgetAlarms(budgets: readonly BudgetMonth[], today: string): BudgetAlarm[] {
  const month = today.slice(0, 7)
  const alarms: BudgetAlarm[] = []
  for (const budget of budgets) {
    if (budget.month !== month || budget.deletedAt !== null) continue
    let burn: BudgetBurn
    try {
      burn = budgetBurn(budget, today)
    } catch {
      continue
    }
    const level =
      LEVEL_RANK[burn.media.level] >= LEVEL_RANK[burn.work.level] ? burn.media.level : burn.work.level
    if (level === 'ok') continue
    const share = Math.max(lineShare(burn.media), lineShare(burn.work))
    alarms.push({ budget, burn, level, share })
  }
  return alarms.sort(
    (a, b) =>
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      b.share - a.share ||
      a.budget.id.localeCompare(b.budget.id),
  )
}

// Anything used of nothing planned is over, and sorts above every measurable share.
const lineShare = (line: BudgetBurn['media']): number => line.share ?? (line.used > 0 ? Infinity : 0)
