/**
 * Checks of a month's client totals against the budget, the trailing months and the
 * commentary.
 *
 * Policy:
 * - Over budget: the month's media spend (all channels, client currency) above the budget
 *   month's planned media budget. No budget month, no check.
 * - Outlier: a measured metric (standard or custom KPI) that is both unusual and material
 *   against the trailing `outlierWindow` months (default 6; at least 3 with a value): more
 *   than `outlierMads` (default 3) scaled MADs from their median — the MAD scaled by 1.4826,
 *   so 3 MADs is about 3 standard deviations of normal noise — and at least
 *   `outlierMinDeviation` (default 50 %) away from the median. The second condition keeps a
 *   calm series from flagging an ordinary seasonal upswing: the check is after data errors
 *   (a doubled import, a shifted decimal, a broken tag), and falls of 20 % are the decrease
 *   check's. Against a median of 0 any other value is an outlier.
 * - Significant decrease: a higher-is-better measured metric falling month over month by at
 *   least `decreaseThreshold` (default 20 %). It needs an explanation in the commentary of the
 *   month (or of the period being verified): a decrease entry for that metric (its key, or a
 *   custom KPI's name) with both cause and fix filled in.
 */
import type { CommentaryInput } from '../schemas/commentary'
import { change } from './changes'
import type { FindingDraft } from './findings'
import { aggregate, type MetricDefinition } from './metrics'
import { addMonths, monthRange } from './months'
import { clientMonth, type ResultsIndex } from './rows'
import type { ResultBudget } from './checks-rows'

/** A commentary as stored (record fields optional). */
export type ResultCommentary = Omit<CommentaryInput, 'acknowledgements' | 'verifiedAt'> &
  Partial<Pick<CommentaryInput, 'acknowledgements' | 'verifiedAt'>> & { deletedAt?: string | null }

/** Thresholds of the trend checks. */
export type TrendOptions = {
  decreaseThreshold: number
  includeDerivedDecreases: boolean
  outlierWindow: number
  outlierMinMonths: number
  outlierMads: number
  outlierMinDeviation: number
}

const MAD_SCALE = 1.4826

function clientValue(index: ResultsIndex, month: string, key: string): number | null {
  return clientMonth(index, month).values[key] ?? null
}

/** Spend above the month's planned media budget. */
export function overBudgetFindings(
  index: ResultsIndex,
  budget: ResultBudget | undefined,
  month: string,
): FindingDraft[] {
  if (!budget || budget.mediaPlanned.currency !== index.client.currency) return []
  const spend = clientValue(index, month, 'spend')
  if (spend === null || spend <= budget.mediaPlanned.amountMinor) return []
  return [
    {
      kind: 'over-budget',
      month,
      metric: 'spend',
      details: {
        spendMinor: spend,
        budgetMinor: budget.mediaPlanned.amountMinor,
        currency: index.client.currency,
      },
    },
  ]
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** How a value stands against its trailing months. */
export type OutlierScore = {
  median: number
  /** Distance from the median in scaled MADs (Infinity when the trailing months are all equal). */
  score: number
  /** Distance from the median relative to it (Infinity when the median is 0). */
  deviation: number
}

/** A value against its trailing months; null when fewer than `minMonths` of them have a value. */
export function outlierScore(
  value: number,
  trailing: readonly number[],
  minMonths: number,
): OutlierScore | null {
  if (trailing.length < minMonths) return null
  const center = median(trailing)
  const mad = MAD_SCALE * median(trailing.map((v) => Math.abs(v - center)))
  const distance = Math.abs(value - center)
  const ratioOf = (scale: number): number => (distance === 0 ? 0 : scale === 0 ? Infinity : distance / scale)
  return { median: center, score: ratioOf(mad), deviation: ratioOf(Math.abs(center)) }
}

/** Whether a score is an outlier under the options. */
export function isOutlier(score: OutlierScore | null, options: TrendOptions): boolean {
  return score !== null && score.score > options.outlierMads && score.deviation >= options.outlierMinDeviation
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null)

/** Measured metrics of the month far from their trailing months. */
export function outlierFindings(index: ResultsIndex, month: string, options: TrendOptions): FindingDraft[] {
  const trailingMonths = monthRange(addMonths(month, -options.outlierWindow), addMonths(month, -1))
  return index.bases.flatMap((definition): FindingDraft[] => {
    const value = clientValue(index, month, definition.key)
    if (value === null) return []
    const trailing = trailingMonths.flatMap((m) => {
      const v = clientValue(index, m, definition.key)
      return v === null ? [] : [v]
    })
    const score = outlierScore(value, trailing, options.outlierMinMonths)
    if (!score || !isOutlier(score, options)) return []
    return [
      {
        kind: 'outlier',
        month,
        metric: definition.key,
        details: {
          value,
          median: score.median,
          score: finiteOrNull(score.score),
          deviation: finiteOrNull(score.deviation),
        },
      },
    ]
  })
}

function explained(commentaries: readonly ResultCommentary[], definition: MetricDefinition): boolean {
  const names = new Set(
    [definition.key, definition.label ?? definition.key].map((n) => n.trim().toLowerCase()),
  )
  return commentaries.some((c) =>
    c.decreases.some(
      (d) => names.has(d.metric.trim().toLowerCase()) && d.cause.trim() !== '' && d.fix.trim() !== '',
    ),
  )
}

/**
 * Significant month-over-month decreases of higher-is-better metrics that the commentaries
 * (already narrowed to the month's and the period's) do not explain.
 */
export function decreaseFindings(
  index: ResultsIndex,
  month: string,
  commentaries: readonly ResultCommentary[],
  options: TrendOptions,
): FindingDraft[] {
  const definitions = index.definitions.filter(
    (d) => d.higherIsBetter === true && (d.source !== 'derived' || options.includeDerivedDecreases),
  )
  const now = aggregate([clientMonth(index, month)], index.definitions).entries
  const before = aggregate([clientMonth(index, addMonths(month, -1))], index.definitions).entries
  return definitions.flatMap((definition): FindingDraft[] => {
    const delta = change(now[definition.key]?.value, before[definition.key]?.value, true)
    if (delta.relative === null || delta.relative > -options.decreaseThreshold) return []
    if (explained(commentaries, definition)) return []
    return [
      {
        kind: 'unexplained-decrease',
        month,
        metric: definition.key,
        details: {
          value: now[definition.key]?.value ?? null,
          previous: before[definition.key]?.value ?? null,
          relative: delta.relative,
        },
      },
    ]
  })
}
