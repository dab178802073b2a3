/**
 * What a client's cooperation period achieved, for the review meeting's "results" section
 * (seed 002: "show what was achieved"), from the sections Cadence keeps today: tasks done,
 * campaigns launched and ended, tests learned with their learnings, media and work budget per
 * month, and inbound communications with the reply-clock compliance.
 *
 * Policy:
 * - A day is read in the client's time zone (a task ticked late on the 31st in New York is
 *   still the 31st); dates of records that are calendar dates are taken as they are.
 * - Nothing after `today` counts: a campaign whose end date is later in the period has not
 *   ended yet, one whose start is ahead has not launched, and a planned campaign whose start
 *   date passed did not launch either — only campaigns that reached live, testing or learned.
 * - A month belongs to the period when its 15th lies inside it, so a quarter always has
 *   exactly three budget months and a year twelve, whatever day the cooperation started on.
 * - Reply compliance counts messages received in the period: within limit, late (replied late
 *   or unanswered past the limit as of `now`), still open; the share is within-limit among the
 *   decided ones, as on the Inbox.
 * KPIs (metric months vs targets) are not here yet: the results-and-metrics work adds a `kpis`
 * section to `ReviewResults` beside these, computed the same way from the period.
 */
import type { BusinessCalendar, SlaPolicy } from '../sla'
import { slaStatus } from '../sla'
import { calendarDateIn } from '../cadence'
import { firstDayOfMonth, monthIndexOf, monthKey, parseDay } from '../cadence/days'
import type { Campaign } from '../schemas/campaign'
import type { Experiment } from '../schemas/experiment'
import type { BudgetMonth } from '../schemas/budget-month'
import type { Communication } from '../schemas/communication'
import type { Task } from '../schemas/task'
import type { Money } from '../schemas/primitives'

/** The records of one client the results are computed from (other clients' rows are ignored). */
export type ReviewResultsInput = {
  clientId: string
  /** The client's IANA time zone, for the day an instant falls on. */
  timezone: string
  period: { from: string; to: string }
  today: string
  now: string
  tasks: readonly Pick<Task, 'id' | 'clientId' | 'title' | 'status' | 'doneAt' | 'deletedAt'>[]
  campaigns: readonly Pick<
    Campaign,
    'id' | 'clientId' | 'name' | 'stage' | 'startDate' | 'endDate' | 'deletedAt'
  >[]
  experiments: readonly Pick<
    Experiment,
    'id' | 'clientId' | 'hypothesis' | 'result' | 'learning' | 'stage' | 'endDate' | 'deletedAt'
  >[]
  budgetMonths: readonly Pick<
    BudgetMonth,
    'clientId' | 'month' | 'mediaPlanned' | 'mediaSpent' | 'workHoursPlanned' | 'workHoursUsed' | 'deletedAt'
  >[]
  communications: readonly Pick<Communication, 'clientId' | 'receivedAt' | 'repliedAt' | 'deletedAt'>[]
  /** The client's business calendar and the SLA; without them compliance is not computed. */
  sla?: { calendar: BusinessCalendar; policy: SlaPolicy }
}

/** One month of the budget: planned and used, or missing when no budget was entered. */
export type BudgetResultMonth = {
  month: string
  mediaPlanned: Money | null
  mediaSpent: Money | null
  workHoursPlanned: number | null
  workHoursUsed: number | null
}

/** Reply-clock counts of the period's inbound messages. */
export type CommunicationResults = {
  received: number
  repliedWithinTarget: number
  repliedWithinLimit: number
  late: number
  open: number
  /** repliedWithinLimit / (repliedWithinLimit + late); null when nothing is decided or no SLA. */
  shareWithinLimit: number | null
}

/** What the period achieved. */
export type ReviewResults = {
  period: { from: string; to: string }
  /** The months that belong to the period (their 15th lies in it), oldest first. */
  months: string[]
  tasksDone: { id: string; title: string; doneOn: string }[]
  campaignsLaunched: { id: string; name: string; date: string }[]
  campaignsEnded: { id: string; name: string; date: string }[]
  experimentsLearned: { id: string; hypothesis: string; result: string; learning: string; date: string }[]
  budget: {
    months: BudgetResultMonth[]
    /** Sums over the months with a budget; media null when the months mix currencies. */
    totals: {
      mediaPlanned: Money | null
      mediaSpent: Money | null
      workHoursPlanned: number
      workHoursUsed: number
    } | null
  }
  communications: CommunicationResults
}

const RUN_STAGES = new Set(['live', 'testing', 'learned'])

/** The months whose 15th lies in [from, to], as `YYYY-MM`. */
export function monthsOfPeriod(from: string, to: string): string[] {
  const start = parseDay(from)
  const end = parseDay(to)
  if (start === null || end === null) throw new RangeError(`"${from}"–"${to}" is not a date range`)
  const months: string[] = []
  for (let month = monthIndexOf(start); month <= monthIndexOf(end); month++) {
    const middle = firstDayOfMonth(month) + 14
    if (middle >= start && middle <= end) months.push(monthKey(month))
  }
  return months
}

function sumMoney(values: readonly Money[]): Money | null {
  const [first] = values
  if (!first || values.some((value) => value.currency !== first.currency)) return null
  return { amountMinor: values.reduce((sum, value) => sum + value.amountMinor, 0), currency: first.currency }
}

function communicationResults(
  input: ReviewResultsInput,
  inPeriod: (day: string) => boolean,
): CommunicationResults {
  const counts = { received: 0, repliedWithinTarget: 0, repliedWithinLimit: 0, late: 0, open: 0 }
  for (const item of input.communications) {
    if (item.deletedAt !== null || item.clientId !== input.clientId) continue
    if (!inPeriod(calendarDateIn(item.receivedAt, input.timezone))) continue
    counts.received++
    if (!input.sla) continue
    const status = slaStatus(item, input.now, input.sla.calendar, input.sla.policy)
    if (status.replied) {
      if (status.repliedWithinTarget) counts.repliedWithinTarget++
      if (status.repliedWithinLimit) counts.repliedWithinLimit++
      else counts.late++
    } else if (status.state === 'past-limit') counts.late++
    else counts.open++
  }
  const decided = counts.repliedWithinLimit + counts.late
  return {
    ...counts,
    shareWithinLimit: input.sla && decided > 0 ? counts.repliedWithinLimit / decided : null,
  }
}

/** The results of a client's cooperation period as of `today` / `now`. */
export function reviewResults(input: ReviewResultsInput): ReviewResults {
  const { clientId, period, today } = input
  const until = period.to < today ? period.to : today
  const inPeriod = (day: string) => day >= period.from && day <= until
  const own = <T extends { clientId: string; deletedAt: string | null }>(rows: readonly T[]) =>
    rows.filter((row) => row.clientId === clientId && row.deletedAt === null)
  const byDate = <T extends { date: string }>(rows: T[]) => rows.sort((a, b) => a.date.localeCompare(b.date))

  const tasksDone = own(input.tasks)
    .filter((task) => task.status === 'done' && task.doneAt !== null)
    .map((task) => ({
      id: task.id,
      title: task.title,
      doneOn: calendarDateIn(task.doneAt ?? '', input.timezone),
    }))
    .filter((task) => inPeriod(task.doneOn))
    .sort((a, b) => a.doneOn.localeCompare(b.doneOn))

  const ran = own(input.campaigns).filter((campaign) => RUN_STAGES.has(campaign.stage))
  const campaignsLaunched = byDate(
    ran
      .filter((campaign) => campaign.startDate !== null && inPeriod(campaign.startDate))
      .map((campaign) => ({ id: campaign.id, name: campaign.name, date: campaign.startDate ?? '' })),
  )
  const campaignsEnded = byDate(
    ran
      .filter((campaign) => campaign.endDate !== null && inPeriod(campaign.endDate))
      .map((campaign) => ({ id: campaign.id, name: campaign.name, date: campaign.endDate ?? '' })),
  )
  const experimentsLearned = byDate(
    own(input.experiments)
      .filter((test) => test.stage === 'learned' && test.endDate !== null && inPeriod(test.endDate))
      .map((test) => ({
        id: test.id,
        hypothesis: test.hypothesis,
        result: test.result,
        learning: test.learning,
        date: test.endDate ?? '',
      })),
  )

  const months = monthsOfPeriod(period.from, period.to)
  const budgets = new Map(own(input.budgetMonths).map((row) => [row.month, row]))
  const budgetMonths: BudgetResultMonth[] = months.map((month) => {
    const row = budgets.get(month)
    return {
      month,
      mediaPlanned: row?.mediaPlanned ?? null,
      mediaSpent: row?.mediaSpent ?? null,
      workHoursPlanned: row?.workHoursPlanned ?? null,
      workHoursUsed: row?.workHoursUsed ?? null,
    }
  })
  const entered = months.flatMap((month) => {
    const row = budgets.get(month)
    return row ? [row] : []
  })

  return {
    period: { from: period.from, to: period.to },
    months,
    tasksDone,
    campaignsLaunched,
    campaignsEnded,
    experimentsLearned,
    budget: {
      months: budgetMonths,
      totals:
        entered.length === 0
          ? null
          : {
              mediaPlanned: sumMoney(entered.map((row) => row.mediaPlanned)),
              mediaSpent: sumMoney(entered.map((row) => row.mediaSpent)),
              workHoursPlanned: entered.reduce((sum, row) => sum + row.workHoursPlanned, 0),
              workHoursUsed: entered.reduce((sum, row) => sum + row.workHoursUsed, 0),
            },
    },
    communications: communicationResults(input, inPeriod),
  }
}
