/**
 * The lean loop of a report period (PRODUCT.md "Quarterly — tests and learnings from the lean
 * loop"): which tests were learned in the period, which were running at its end, and which
 * were lined up next.
 *
 * Policy:
 * - A test's stage on a day comes from its stage history (the day each move happened, in the
 *   client's time zone): the last stage entered on or before that day. A test stored before the
 *   history existed reads as its current stage from the day it was created.
 * - A test counts as learned in the period when it entered `learned` inside it (without a
 *   history: when it is learned now and its end date lies in the period).
 * - Running and next are read at the period's end, or at `today` when the period is not over:
 *   running is live or testing then, next is idea, planned or in production then. A test
 *   created after that day is not in the period at all.
 * - Deleted tests and other clients' tests are ignored. Each list is oldest first.
 */
import { calendarDateIn } from '../cadence'
import type { Campaign } from '../schemas/campaign'
import type { LeanStage } from '../schemas/enums'
import type { Experiment } from '../schemas/experiment'

/** The fields of a test the period's lean loop reads. */
export type LeanLoopExperiment = Pick<
  Experiment,
  | 'id'
  | 'clientId'
  | 'campaignId'
  | 'hypothesis'
  | 'metric'
  | 'startDate'
  | 'endDate'
  | 'result'
  | 'learning'
  | 'stage'
  | 'stageHistory'
  | 'createdAt'
  | 'deletedAt'
>

/** One test as the report shows it. */
export type LeanLoopEntry = {
  id: string
  hypothesis: string
  metric: string
  /** The campaign's name, or null for a test not tied to a campaign. */
  campaign: string | null
  /** The stage on the day the period is read at. */
  stage: LeanStage
  startDate: string | null
  endDate: string | null
  result: string
  learning: string
  /** The day it entered `learned`, when it was learned in the period. */
  learnedOn: string | null
}

/** The period's tests, by where they stood. */
export type LeanLoopOfPeriod = { learned: LeanLoopEntry[]; running: LeanLoopEntry[]; next: LeanLoopEntry[] }

/** What the period's lean loop is computed from. */
export type LeanLoopInput = {
  clientId: string
  timezone: string
  /** The period as calendar dates `YYYY-MM-DD`, both included. */
  from: string
  to: string
  today: string
  experiments: readonly LeanLoopExperiment[]
  campaigns?: readonly Pick<Campaign, 'id' | 'name'>[]
}

const RUNNING = new Set<LeanStage>(['live', 'testing'])
const NEXT = new Set<LeanStage>(['idea', 'planned', 'in-production'])

type Move = { stage: LeanStage; day: string }

function movesOf(test: LeanLoopExperiment, timezone: string): Move[] {
  if (test.stageHistory.length === 0)
    return [{ stage: test.stage, day: calendarDateIn(test.createdAt, timezone) }]
  return test.stageHistory
    .map((change) => ({ stage: change.stage, day: calendarDateIn(change.at, timezone) }))
    .sort((a, b) => a.day.localeCompare(b.day))
}

function stageOn(moves: readonly Move[], day: string): LeanStage | null {
  let stage: LeanStage | null = null
  for (const move of moves) if (move.day <= day) stage = move.stage
  return stage
}

function learnedOnIn(test: LeanLoopExperiment, moves: readonly Move[], from: string, until: string) {
  if (test.stageHistory.length === 0) {
    const end = test.endDate
    return test.stage === 'learned' && end !== null && end >= from && end <= until ? end : null
  }
  const learned = moves.find((move) => move.stage === 'learned' && move.day >= from && move.day <= until)
  return learned?.day ?? null
}

/** The tests of a client's period: learned in it, running and lined up at its end. */
export function leanLoopOfPeriod(input: LeanLoopInput): LeanLoopOfPeriod {
  const until = input.to < input.today ? input.to : input.today
  const names = new Map((input.campaigns ?? []).map((campaign) => [campaign.id, campaign.name]))
  const out: LeanLoopOfPeriod = { learned: [], running: [], next: [] }
  const sortKey = new Map<string, string>()
  for (const test of input.experiments) {
    if (test.clientId !== input.clientId || test.deletedAt !== null) continue
    const moves = movesOf(test, input.timezone)
    const stage = stageOn(moves, until)
    if (stage === null) continue
    const learnedOn = learnedOnIn(test, moves, input.from, until)
    const entry: LeanLoopEntry = {
      id: test.id,
      hypothesis: test.hypothesis,
      metric: test.metric,
      campaign: test.campaignId === null ? null : (names.get(test.campaignId) ?? null),
      stage,
      startDate: test.startDate,
      endDate: test.endDate,
      result: test.result,
      learning: test.learning,
      learnedOn,
    }
    sortKey.set(test.id, learnedOn ?? test.startDate ?? moves[0]?.day ?? '')
    if (learnedOn !== null) out.learned.push(entry)
    else if (RUNNING.has(stage)) out.running.push(entry)
    else if (NEXT.has(stage)) out.next.push(entry)
  }
  const byDate = (a: LeanLoopEntry, b: LeanLoopEntry) =>
    (sortKey.get(a.id) ?? '').localeCompare(sortKey.get(b.id) ?? '') || a.id.localeCompare(b.id)
  out.learned.sort(byDate)
  out.running.sort(byDate)
  out.next.sort(byDate)
  return out
}
