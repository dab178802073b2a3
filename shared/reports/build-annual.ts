/**
 * The annual report's input (issue 7; seed 002 "Year", "Annual report") from one client's
 * records: the annual model (year over year, against the pre-cooperation baseline, best months,
 * records and biggest improvements), the previous year's months for last year's line, the
 * commentary (biggest successes), the year's lean loop and review, and next year's proposal with
 * its timeline items and creative examples. A calendar year (`2026`) or a cooperation year
 * (`coop-Y1`).
 */
import { buildAnnualModel } from '../results/models'
import { reviewInputBase, monthsOf, reviewModelInput, reviewSelection } from './build-review-common'
import type { AnnualReportInput } from './report-input'
import { nextYearProposal } from './review-content'
import type { ReportBuildOptions, ReportSources } from './sources'

/** The annual report input of a calendar or cooperation year key for the sources' client. */
export function buildAnnualReportInput(
  sources: ReportSources,
  yearKey: string,
  options: ReportBuildOptions,
): AnnualReportInput {
  const input = reviewModelInput(sources)
  const model = buildAnnualModel(input, yearKey)
  const { base, review, commentaryRecord } = reviewInputBase(sources, model.period, model.metrics, options)
  const kpis = model.kpis.map((f) => ({ ...f, lastYear: f.previous }))
  return {
    kind: 'annual',
    ...base,
    model,
    previousMonths: monthsOf(input, model.previous.months),
    selection: reviewSelection(model.metrics, kpis, model.months, model.channels),
    ...review,
    proposal: nextYearProposal(commentaryRecord, model.period.months),
  }
}
