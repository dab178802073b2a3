/**
 * The quarterly report's input (issue 7; seed 002 "Quarter") from one client's records: the
 * quarterly model (the quarter against the previous one and the same quarter last year), the
 * months of both comparison quarters for the charts, the commentary, the cooperation quarter's
 * aim with what was done about it, the lean loop of the quarter, and the review meeting with its
 * proposals. A calendar quarter (`2026-Q3`) or a cooperation quarter (`coop-Y1-Q2`).
 */
import { buildQuarterlyModel } from '../results/models'
import { reviewInputBase, monthsOf, reviewModelInput, reviewSelection } from './build-review-common'
import type { QuarterlyReportInput } from './report-input'
import type { ReportBuildOptions, ReportSources } from './sources'

/** The quarterly report input of a calendar or cooperation quarter key for the sources' client. */
export function buildQuarterlyReportInput(
  sources: ReportSources,
  quarterKey: string,
  options: ReportBuildOptions,
): QuarterlyReportInput {
  const input = reviewModelInput(sources)
  const model = buildQuarterlyModel(input, quarterKey)
  const { base, review } = reviewInputBase(sources, model.period, model.metrics, options)
  return {
    kind: 'quarterly',
    ...base,
    model,
    previousMonths: monthsOf(input, model.previous.months),
    lastYearMonths: monthsOf(input, model.lastYear.months),
    selection: reviewSelection(model.metrics, model.kpis, model.months, model.channels),
    ...review,
  }
}
