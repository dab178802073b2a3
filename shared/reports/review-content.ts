/**
 * The review-specific content of the quarterly and annual reports, from a client's records:
 * which cooperation quarter or year the period is, what was done in it, its lean loop, its
 * review meeting and next year's proposal.
 *
 * Policy:
 * - A calendar period belongs to the cooperation quarter (or year) that shares most of its
 *   months, the later one on a tie; a period entirely before the cooperation has none.
 * - "What was done" is shared/reviews' results of the period's dates (campaigns launched and
 *   ended, tasks done, budgets), read as of `today`.
 * - A review meeting's decisions and the client's answers are shown once it is held; its
 *   proposals as soon as they are written, since the report is what the PM presents them with.
 * - Only PNG and JPEG creative images can be embedded; any other format is left out.
 */
import { calendarDateIn, parseCoopQuarterKey, parseCoopYearKey, QUARTER_AIMS } from '../cadence'
import { addMonths, monthIndex, monthOfDate } from '../results/months'
import type { ResultsPeriod } from '../results/periods'
import { reviewResults, type ReviewResultsInput } from '../reviews'
import type { Commentary } from '../schemas/commentary'
import type { Meeting } from '../schemas/meeting'
import { leanLoopOfPeriod, type LeanLoopEntry, type LeanLoopInput } from './lean-loop'
import {
  reportImageSchema,
  type CooperationPeriod,
  type NextYearProposal,
  type PeriodWork,
  type ReviewExperiment,
  type ReviewLeanLoop,
  type ReviewMeeting,
} from './review-parts'
import { periodDates } from './review-sources'

/** The cooperation quarter or year of a report period, or null when it lies before the cooperation. */
export function cooperationPeriodOf(
  period: Pick<ResultsPeriod, 'key' | 'kind' | 'scheme' | 'months'>,
  cooperationStart: string,
): CooperationPeriod | null {
  if (period.scheme === 'cooperation' && period.key !== null) {
    const quarter = parseCoopQuarterKey(period.key)
    if (quarter)
      return {
        start: cooperationStart,
        year: quarter.year,
        quarter: quarter.quarter,
        aim: QUARTER_AIMS[quarter.quarter - 1] ?? null,
      }
    const year = parseCoopYearKey(period.key)
    if (year !== null) return { start: cooperationStart, year, quarter: null, aim: null }
  }
  const length = period.kind === 'year' ? 12 : 3
  const first = monthIndex(monthOfDate(cooperationStart))
  const counts = new Map<number, number>()
  for (const month of period.months) {
    const offset = monthIndex(month) - first
    if (offset < 0) continue
    const index = Math.floor(offset / length) + 1
    counts.set(index, (counts.get(index) ?? 0) + 1)
  }
  let best: { index: number; count: number } | null = null
  for (const [index, count] of counts)
    if (!best || count > best.count || (count === best.count && index > best.index)) best = { index, count }
  if (!best) return null
  if (period.kind === 'year') return { start: cooperationStart, year: best.index, quarter: null, aim: null }
  const quarter = (((best.index - 1) % 4) + 1) as 1 | 2 | 3 | 4
  return {
    start: cooperationStart,
    year: Math.floor((best.index - 1) / 4) + 1,
    quarter,
    aim: QUARTER_AIMS[quarter - 1] ?? null,
  }
}

/** What a period's work input needs besides the period (shared/reviews' records). */
export type PeriodWorkSources = Pick<
  ReviewResultsInput,
  'clientId' | 'timezone' | 'tasks' | 'campaigns' | 'experiments' | 'budgetMonths'
>

/** What was done in the period's months, as of `today`. */
export function periodWork(
  sources: PeriodWorkSources,
  months: readonly string[],
  today: string,
  now: string,
): PeriodWork {
  const results = reviewResults({
    ...sources,
    period: periodDates(months),
    today,
    now,
    communications: [],
  })
  return {
    campaignsLaunched: results.campaignsLaunched.map(({ name, date }) => ({ name, date })),
    campaignsEnded: results.campaignsEnded.map(({ name, date }) => ({ name, date })),
    tasksDone: results.tasksDone.length,
    budget: results.budget.totals,
  }
}

function experimentOf(entry: LeanLoopEntry): ReviewExperiment {
  return {
    hypothesis: entry.hypothesis,
    metric: entry.metric,
    campaign: entry.campaign,
    stage: entry.stage,
    startDate: entry.startDate,
    endDate: entry.endDate,
    result: entry.result,
    learning: entry.learning,
    learnedOn: entry.learnedOn,
  }
}

/** The lean loop of the period's months (shared/reports/lean-loop.ts). */
export function periodLeanLoop(
  sources: Omit<LeanLoopInput, 'from' | 'to' | 'today'>,
  months: readonly string[],
  today: string,
): ReviewLeanLoop {
  const loop = leanLoopOfPeriod({ ...sources, ...periodDates(months), today })
  return {
    learned: loop.learned.map(experimentOf),
    running: loop.running.map(experimentOf),
    next: loop.next.map(experimentOf),
  }
}

/** The review meeting as the report shows it (see the policy on what a prepared one shows). */
export function reviewOfMeeting(
  meeting: Pick<Meeting, 'startsAt' | 'finishedAt' | 'decisions' | 'review'>,
  timezone: string,
): ReviewMeeting {
  const held = meeting.finishedAt !== null
  const review = meeting.review
  return {
    date: calendarDateIn(meeting.startsAt, timezone),
    held,
    decisions: held ? meeting.decisions.filter((d) => d.trim() !== '') : [],
    clientAnswers: held ? (review?.clientAnswers.trim() ?? '') : '',
    nextYearPlans: review?.nextYearPlans.trim() ?? '',
    strategyDraftReceived: review?.strategyDraftReceived ?? false,
    proposals: (review?.proposals ?? []).map(({ text, accepted }) => ({ text, accepted })),
  }
}

/**
 * Next year's proposal of an annual commentary; the timeline starts at the month after the
 * period (or at the earliest item, when one starts sooner).
 */
export function nextYearProposal(
  commentary: Pick<Commentary, 'proposal'> | null,
  periodMonths: readonly string[],
): NextYearProposal | null {
  const proposal = commentary?.proposal
  if (!proposal || (proposal.items.length === 0 && proposal.creativeImages.length === 0)) return null
  const last = periodMonths[periodMonths.length - 1]
  if (last === undefined) throw new RangeError('A period has at least one month')
  const after = addMonths(last, 1)
  const earliest = proposal.items.map((item) => item.startMonth).sort()[0]
  const from = earliest !== undefined && earliest < after ? earliest : after
  return {
    from,
    items: proposal.items.map(({ title, description, startMonth, endMonth }) => ({
      title,
      description,
      startMonth,
      endMonth,
    })),
    creativeImages: proposal.creativeImages.filter((image) => reportImageSchema.safeParse(image).success),
  }
}
