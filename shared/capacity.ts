/**
 * Policy: how Cadence answers "do you have enough capacity for another client?" (PRODUCT.md
 * "Production and briefs", seed 003) — from each person's load, week by week, for this ISO week
 * and the next four, so the answer rests on the team's actual commitments rather than a feeling.
 *
 * A person's load is their standing client allocations plus the remaining hours of their open
 * tasks. Deliberate simplifications, so the numbers stay explainable to the team:
 * - a task's remaining hours (estimate minus used, never below zero) are split equally among its
 *   active assignees and placed in the ISO week of its deadline, where the crunch happens;
 * - overdue tasks and tasks without a deadline land in this week: the work is due now;
 * - tasks due after the fifth week are outside the horizon and not counted;
 * - an inactive member has no capacity and takes no task hours; a task whose assignees are all
 *   inactive (or unknown) is reported as unassigned work of the agency;
 * - an inactive member keeps their client allocations, so their clients show up as over-load
 *   until they are handed over.
 * Dates are calendar dates read in UTC (TZDate), so a week never shifts with the machine's zone.
 */
import { TZDate } from '@date-fns/tz'
import { addWeeks, differenceInCalendarDays, format, getDaysInMonth, startOfISOWeek } from 'date-fns'
import type { Task } from './schemas/task'
import type { TeamMember } from './schemas/team-member'

/** Weeks the capacity view covers: this ISO week and the next four. */
export const CAPACITY_WEEKS = 5

/** The fields of a team member capacity needs; soft-deleted members are ignored. */
export type CapacityMember = Pick<TeamMember, 'id' | 'weeklyCapacityHours' | 'active'> & {
  deletedAt?: string | null
}

/** Hours per week a member is committed to a client. */
export type ClientAllocation = { clientId: string; memberId: string; hoursPerWeek: number }

/** The fields of a task capacity needs; done and soft-deleted tasks are ignored. */
export type CapacityTask = Pick<
  Task,
  'assigneeIds' | 'estimatedHours' | 'usedHours' | 'deadline' | 'status'
> & {
  deletedAt?: string | null
}

/** Everything the capacity view is computed from; `today` is a calendar date `YYYY-MM-DD`. */
export type CapacityInput = {
  members: readonly CapacityMember[]
  allocations: readonly ClientAllocation[]
  tasks: readonly CapacityTask[]
  today: string
}

/** One week of a member's (or the agency's) hours. */
export type CapacityWeek = {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  weekStart: string
  capacity: number
  allocated: number
  taskHours: number
  /** allocated + taskHours (+ unassigned task hours for the agency). */
  load: number
  /** capacity − load; negative when overloaded. */
  free: number
  /** load / capacity; null when there is no capacity. */
  share: number | null
}

/** A member's five weeks. */
export type MemberCapacity = { memberId: string; active: boolean; weeks: CapacityWeek[] }

/** One week of the whole agency, with the task hours no active member is assigned to. */
export type AgencyCapacityWeek = CapacityWeek & { unassignedTaskHours: number }

/** A member's room for a new client of `hoursPerWeek`. */
export type NewClientCandidate = {
  memberId: string
  /** True when every week has at least `hoursPerWeek` free. */
  fitsEveryWeek: boolean
  /** Free hours summed over the five weeks. */
  freeHours: number
  /** Free hours of the tightest week. */
  minFreeHours: number
  /** Week starts where the new client would not fit. */
  shortWeeks: string[]
}

// Tolerance for sums of split hours (12 / 3 * 3 need not be exactly 12 in floating point).
const EPSILON = 1e-9

/** Mondays of this ISO week and the next four, as `YYYY-MM-DD`. */
export function capacityWeekStarts(today: string): string[] {
  return weeksOf(today).weekStarts
}

/** Each non-deleted member's capacity, allocations, task hours and free hours for five weeks. */
export function teamCapacity(input: CapacityInput): MemberCapacity[] {
  return distribute(input).members
}

/** The agency's weekly totals: every member's hours plus the task hours nobody active holds. */
export function agencyCapacity(input: CapacityInput): AgencyCapacityWeek[] {
  const { weekStarts, members, unassigned } = distribute(input)
  return weekStarts.map((weekStart, i) => {
    const weeks = members.map((m) => m.weeks[i]).filter((w) => w !== undefined)
    const capacity = sum(weeks.map((w) => w.capacity))
    const allocated = sum(weeks.map((w) => w.allocated))
    const taskHours = sum(weeks.map((w) => w.taskHours))
    const unassignedTaskHours = unassigned[i] ?? 0
    const load = allocated + taskHours + unassignedTaskHours
    return { ...hoursWeek(weekStart, capacity, allocated, taskHours, load), unassignedTaskHours }
  })
}

/**
 * Active members ranked for taking on a new client of `hoursPerWeek`: first those who have that
 * much free in every one of the five weeks, then the rest; within each group by free hours over
 * the five weeks, most first.
 */
export function whoCouldRunNewClient(
  capacity: readonly MemberCapacity[],
  hoursPerWeek: number,
): NewClientCandidate[] {
  if (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 0) {
    throw new Error(
      `Expected the new client's hours per week as a number of at least 0, got ${hoursPerWeek}.`,
    )
  }
  return capacity
    .filter((member) => member.active)
    .map((member) => {
      const free = member.weeks.map((w) => w.free)
      const shortWeeks = member.weeks.filter((w) => w.free < hoursPerWeek - EPSILON).map((w) => w.weekStart)
      return {
        memberId: member.memberId,
        fitsEveryWeek: shortWeeks.length === 0,
        freeHours: sum(free),
        minFreeHours: free.length > 0 ? Math.min(...free) : 0,
        shortWeeks,
      }
    })
    .sort(
      (a, b) =>
        Number(b.fitsEveryWeek) - Number(a.fitsEveryWeek) ||
        b.freeHours - a.freeHours ||
        b.minFreeHours - a.minFreeHours ||
        a.memberId.localeCompare(b.memberId),
    )
}

function distribute(input: CapacityInput): {
  weekStarts: string[]
  members: MemberCapacity[]
  unassigned: number[]
} {
  const { monday, weekStarts } = weeksOf(input.today)
  const members = input.members.filter((m) => !isDeleted(m))
  const active = new Set(members.filter((m) => m.active).map((m) => m.id))

  const allocated = new Map<string, number>()
  for (const a of input.allocations)
    allocated.set(a.memberId, (allocated.get(a.memberId) ?? 0) + a.hoursPerWeek)

  const taskHours = new Map<string, number[]>()
  const unassigned = new Array<number>(CAPACITY_WEEKS).fill(0)
  for (const task of input.tasks) {
    if (isDeleted(task) || task.status === 'done') continue
    const remaining = Math.max(task.estimatedHours - task.usedHours, 0)
    const week = deadlineWeek(task.deadline, monday)
    if (remaining === 0 || week === null) continue
    const assignees = [...new Set(task.assigneeIds)].filter((id) => active.has(id))
    if (assignees.length === 0) {
      unassigned[week] = (unassigned[week] ?? 0) + remaining
      continue
    }
    for (const id of assignees) {
      const hours = taskHours.get(id) ?? new Array<number>(CAPACITY_WEEKS).fill(0)
      hours[week] = (hours[week] ?? 0) + remaining / assignees.length
      taskHours.set(id, hours)
    }
  }

  return {
    weekStarts,
    unassigned,
    members: members.map((m) => {
      const capacity = m.active ? m.weeklyCapacityHours : 0
      const memberAllocated = allocated.get(m.id) ?? 0
      const hours = taskHours.get(m.id)
      return {
        memberId: m.id,
        active: m.active,
        weeks: weekStarts.map((weekStart, i) => {
          const tasks = hours?.[i] ?? 0
          return hoursWeek(weekStart, capacity, memberAllocated, tasks, memberAllocated + tasks)
        }),
      }
    }),
  }
}

function hoursWeek(
  weekStart: string,
  capacity: number,
  allocated: number,
  taskHours: number,
  load: number,
): CapacityWeek {
  return {
    weekStart,
    capacity,
    allocated,
    taskHours,
    load,
    free: capacity - load,
    share: capacity > 0 ? load / capacity : null,
  }
}

function weeksOf(today: string): { monday: TZDate; weekStarts: string[] } {
  const monday = startOfISOWeek(parseDate(today, 'today'))
  const weekStarts = Array.from({ length: CAPACITY_WEEKS }, (_, i) =>
    format(addWeeks(monday, i), 'yyyy-MM-dd'),
  )
  return { monday, weekStarts }
}

/** Index of the week a deadline falls in: overdue and undated work is due this week. */
function deadlineWeek(deadline: string | null, monday: TZDate): number | null {
  if (deadline === null) return 0
  const days = differenceInCalendarDays(parseDate(deadline, 'a task deadline'), monday)
  if (days < 0) return 0
  const week = Math.floor(days / 7)
  return week < CAPACITY_WEEKS ? week : null
}

function parseDate(date: string, name: string): TZDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])]
  const valid =
    match !== null &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= getDaysInMonth(new TZDate(year, month - 1, 1, 'UTC'))
  if (!valid) throw new Error(`Expected ${name} as a calendar date YYYY-MM-DD, got "${date}".`)
  return new TZDate(year, month - 1, day, 'UTC')
}

function isDeleted(record: { deletedAt?: string | null }): boolean {
  return record.deletedAt != null
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
