/**
 * The PM's commentary of a quarter or year (seed 002): the same reading order as the monthly
 * report, with the change shown against the previous quarter or year.
 */
import type { MetricDefinition } from '@shared/results/metrics'
import type { ReportCommentary } from '@shared/reports/report-input'
import { CommentarySummary, DecreaseList, type DecreaseFigure } from '../components/Commentary'
import type { ReviewContext } from './context'

/** The summary and highlights; nothing when the PM wrote neither. */
export function ReviewSummary({
  commentary,
  withHighlights = true,
  ctx,
}: {
  commentary: ReportCommentary | null
  /** The annual report shows the highlights among its biggest successes instead. */
  withHighlights?: boolean
  ctx: ReviewContext
}) {
  if (!commentary) return null
  return (
    <CommentarySummary
      title={ctx.r('quarter.summary')}
      highlightsTitle={ctx.r('quarter.highlights')}
      summary={commentary.summary}
      highlights={withHighlights ? commentary.highlights : []}
      ctx={ctx}
    />
  )
}

/** Each decrease with its cause and fix. */
export function ReviewDecreases({
  commentary,
  metrics,
  figures,
  changeLabel,
  ctx,
}: {
  commentary: ReportCommentary | null
  metrics: readonly MetricDefinition[]
  figures: readonly DecreaseFigure[]
  changeLabel: string
  ctx: ReviewContext
}) {
  return (
    <DecreaseList
      title={ctx.r('quarter.decreases')}
      decreases={commentary?.decreases ?? []}
      metrics={metrics}
      figures={figures}
      changeLabel={changeLabel}
      ctx={ctx}
    />
  )
}
