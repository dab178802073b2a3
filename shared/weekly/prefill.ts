/**
 * The weekly card's prefill (seed 000 "Ennen palaveria"): before Friday each team member fills
 * the client's card — what was done, observations, where things are heading, budgets, next
 * week's to-do and whether help is needed. Most of it is already in the data, so the card starts
 * from it and the author only adds what the data cannot know.
 *
 * Policy: "since the last weekly" is strictly after the previous weekly's start and up to
 * `until` (when the card is prepared); a client's first weekly looks back seven days. Next
 * week's to-do is every open task due by next Sunday, overdue ones included, each under its first
 * assignee. The result is structured data, not text: the card is internal and written in the UI
 * language of whoever prepares it, so the renderer formats it with that person's translations.
 */
import { budgetBurn, type BudgetBurn, type BudgetBurnInput } from '../budget'
import type { ActivityLevel, LeanStage, TaskStatus } from '../schemas/enums'
import type { StageChange } from '../schemas/campaign'
import { addDays, type WeeklyWeek } from './week'

/** Days a campaign launch or end counts as "coming up" for the card's direction. */
export const UPCOMING_DAYS = 14
/** How far a client's first weekly looks back, in days. */
export const FIRST_WEEKLY_LOOKBACK_DAYS = 7

/** What the prefill reads of a task (a stored Task fits). */
export type PrefillTask = {
  id: string
  title: string
  status: TaskStatus
  deadline: string | null
  doneAt: string | null
  assigneeIds: readonly string[]
  deletedAt: string | null
}

/** What the prefill reads of a campaign (a stored Campaign fits; old rows may lack a history). */
export type PrefillCampaign = {
  id: string
  name: string
  stage: LeanStage
  startDate: string | null
  endDate: string | null
  deletedAt: string | null
  stageHistory?: readonly StageChange[]
}

/** What the prefill reads of a test (a stored Experiment fits). */
export type PrefillExperiment = {
  id: string
  hypothesis: string
  stage: LeanStage
  result: string
  learning: string
  deletedAt: string | null
  stageHistory?: readonly StageChange[]
}

/** Everything the prefill of one client's card needs. */
export type WeeklyPrefillInput = {
  clientId: string
  activityLevel: ActivityLevel
  week: Pick<WeeklyWeek, 'weeklyDate' | 'nextWeek'>
  /** The previous weekly's start (instant), or null before the client's first weekly. */
  since: string | null
  /** When the card is prepared (instant): nothing after it is counted. */
  until: string
  /** The calendar date the card is prepared on, for the month's budget burn. */
  today: string
  tasks: readonly PrefillTask[]
  campaigns: readonly PrefillCampaign[]
  experiments: readonly PrefillExperiment[]
  /** This month's budget of the client, if one is planned. */
  budget: BudgetBurnInput | null
}

/** A task done since the last weekly. */
export type DoneTask = { taskId: string; title: string; doneAt: string; assigneeIds: readonly string[] }

/** A lean-loop move since the last weekly; `from` is null when the item was created meanwhile. */
export type LoopMove = {
  kind: 'campaign' | 'experiment'
  id: string
  name: string
  from: LeanStage | null
  to: LeanStage
  at: string
}

/** A test's result or learning, from a test that moved since the last weekly. */
export type Learning = { experimentId: string; hypothesis: string; result: string; learning: string }

/** A campaign launching or ending soon after the weekly. */
export type Upcoming = { campaignId: string; name: string; event: 'launch' | 'end'; date: string }

/** An open task on next week's list. */
export type PlannedTask = {
  taskId: string
  title: string
  deadline: string
  status: TaskStatus
  /** Due before the day the card is prepared and still open. */
  overdue: boolean
}

/** One person's part of next week's list; `assigneeId` null holds the unassigned tasks. */
export type AssigneePlan = { assigneeId: string | null; tasks: PlannedTask[] }

/** The structured prefill of one client's weekly card. */
export type WeeklyPrefill = {
  clientId: string
  /** Light clients get a one-line "changes" instead of the five sections. */
  light: boolean
  since: string
  done: DoneTask[]
  moves: LoopMove[]
  learnings: Learning[]
  upcoming: Upcoming[]
  nextWeek: AssigneePlan[]
  budget: BudgetBurn | null
  /** Suggested: some task on next week's list is blocked. */
  helpNeeded: boolean
  /** Nothing to prefill from. */
  isEmpty: boolean
}

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === null)

/** Compares ISO instants by time (they may carry different offsets). */
const instantMs = (instant: string): number => Date.parse(instant)

/** The start of the window: the previous weekly, or a week before the card is prepared. */
function windowStart(since: string | null, until: string): string {
  if (since !== null) return since
  return new Date(instantMs(until) - FIRST_WEEKLY_LOOKBACK_DAYS * 86_400_000).toISOString()
}

/** The move of one item within (since, until], or null when it did not move (or moved back). */
function moveWithin(
  history: readonly StageChange[],
  since: number,
  until: number,
): { from: LeanStage | null; to: LeanStage; at: string } | null {
  const inWindow = history
    .map((change, index) => ({ change, index, ms: instantMs(change.at) }))
    .filter(({ ms }) => ms > since && ms <= until)
  const first = inWindow[0]
  const last = inWindow.at(-1)
  if (!first || !last) return null
  const from = first.index === 0 ? null : (history[first.index - 1]?.stage ?? null)
  if (from === last.change.stage) return null
  return { from, to: last.change.stage, at: last.change.at }
}

function doneTasks(tasks: readonly PrefillTask[], since: number, until: number): DoneTask[] {
  return tasks
    .filter((task) => task.status === 'done' && task.doneAt !== null)
    .filter((task) => instantMs(task.doneAt ?? '') > since && instantMs(task.doneAt ?? '') <= until)
    .map((task) => ({
      taskId: task.id,
      title: task.title,
      doneAt: task.doneAt ?? '',
      assigneeIds: task.assigneeIds,
    }))
    .sort((a, b) => instantMs(a.doneAt) - instantMs(b.doneAt) || a.title.localeCompare(b.title))
}

function loopMoves(
  campaigns: readonly PrefillCampaign[],
  experiments: readonly PrefillExperiment[],
  since: number,
  until: number,
): LoopMove[] {
  const moves: LoopMove[] = []
  for (const campaign of campaigns) {
    const move = moveWithin(campaign.stageHistory ?? [], since, until)
    if (move) moves.push({ kind: 'campaign', id: campaign.id, name: campaign.name, ...move })
  }
  for (const experiment of experiments) {
    const move = moveWithin(experiment.stageHistory ?? [], since, until)
    if (move) moves.push({ kind: 'experiment', id: experiment.id, name: experiment.hypothesis, ...move })
  }
  return moves.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'campaign' ? -1 : 1) ||
      instantMs(a.at) - instantMs(b.at) ||
      a.name.localeCompare(b.name),
  )
}

function learnings(experiments: readonly PrefillExperiment[], moves: readonly LoopMove[]): Learning[] {
  const moved = new Set(moves.filter((move) => move.kind === 'experiment').map((move) => move.id))
  return experiments
    .filter((experiment) => moved.has(experiment.id))
    .filter((experiment) => experiment.stage === 'testing' || experiment.stage === 'learned')
    .filter((experiment) => experiment.result.trim() !== '' || experiment.learning.trim() !== '')
    .map((experiment) => ({
      experimentId: experiment.id,
      hypothesis: experiment.hypothesis,
      result: experiment.result.trim(),
      learning: experiment.learning.trim(),
    }))
}

function upcoming(campaigns: readonly PrefillCampaign[], weeklyDate: string): Upcoming[] {
  const horizon = addDays(weeklyDate, UPCOMING_DAYS)
  const soon = (date: string | null): date is string => date !== null && date > weeklyDate && date <= horizon
  const out: Upcoming[] = []
  for (const campaign of campaigns) {
    const { id, name, stage } = campaign
    if ((stage === 'planned' || stage === 'in-production') && soon(campaign.startDate))
      out.push({ campaignId: id, name, event: 'launch', date: campaign.startDate })
    if ((stage === 'live' || stage === 'testing') && soon(campaign.endDate))
      out.push({ campaignId: id, name, event: 'end', date: campaign.endDate })
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name))
}

function nextWeekPlan(
  tasks: readonly PrefillTask[],
  week: WeeklyPrefillInput['week'],
  today: string,
): AssigneePlan[] {
  const groups = new Map<string | null, PlannedTask[]>()
  for (const task of tasks) {
    if (task.status === 'done' || task.deadline === null || task.deadline > week.nextWeek.to) continue
    const assigneeId = task.assigneeIds[0] ?? null
    const planned: PlannedTask = {
      taskId: task.id,
      title: task.title,
      deadline: task.deadline,
      status: task.status,
      overdue: task.deadline < today,
    }
    groups.set(assigneeId, [...(groups.get(assigneeId) ?? []), planned])
  }
  return [...groups]
    .map(([assigneeId, list]) => ({
      assigneeId,
      tasks: list.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title)),
    }))
    .sort((a, b) => (a.assigneeId === null ? 1 : 0) - (b.assigneeId === null ? 1 : 0))
}

function burn(budget: BudgetBurnInput | null, today: string): BudgetBurn | null {
  if (!budget) return null
  // Spend entered in another currency than planned is the budget screen's to report; the card
  // then simply has no budget line rather than a wrong one.
  if (budget.mediaPlanned.currency !== budget.mediaSpent.currency) return null
  const nothing =
    budget.mediaPlanned.amountMinor === 0 &&
    budget.mediaSpent.amountMinor === 0 &&
    budget.workHoursPlanned === 0 &&
    budget.workHoursUsed === 0
  return nothing ? null : budgetBurn(budget, today)
}

/** The prefill of one client's weekly card from its tasks, lean loop and budget. */
export function prefillWeeklyCard(input: WeeklyPrefillInput): WeeklyPrefill {
  const since = windowStart(input.since, input.until)
  const [from, until] = [instantMs(since), instantMs(input.until)]
  const tasks = live(input.tasks)
  const campaigns = live(input.campaigns)
  const experiments = live(input.experiments)
  const done = doneTasks(tasks, from, until)
  const moves = loopMoves(campaigns, experiments, from, until)
  const prefill = {
    clientId: input.clientId,
    light: input.activityLevel === 'light',
    since,
    done,
    moves,
    learnings: learnings(experiments, moves),
    upcoming: upcoming(campaigns, input.week.weeklyDate),
    nextWeek: nextWeekPlan(tasks, input.week, input.today),
    budget: burn(input.budget, input.today),
  }
  return {
    ...prefill,
    helpNeeded: prefill.nextWeek.some((plan) => plan.tasks.some((task) => task.status === 'blocked')),
    isEmpty:
      done.length === 0 &&
      moves.length === 0 &&
      prefill.upcoming.length === 0 &&
      prefill.nextWeek.length === 0 &&
      prefill.budget === null,
  }
}
