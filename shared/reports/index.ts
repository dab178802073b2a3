/** The PDF reports' inputs (the contract with the renderer) and their pure builders. */
export * from './report-input'
export type { ReportBuildOptions, ReportSources } from './sources'
export { buildMonthlyReportInput, MONTHLY_TILES, MONTHLY_TRENDS } from './build-monthly'
export {
  buildWeeklyReportInput,
  latestWeeklyWithSummary,
  NoWeeklySummaryError,
  weeklySummaryText,
} from './build-weekly'
export { embeddableImage } from './build-common'
export { buildQuarterlyReportInput } from './build-quarterly'
export { buildAnnualReportInput } from './build-annual'
export { REVIEW_CHARTS, REVIEW_TILES } from './build-review-common'
export { dueReviewPeriods } from './review-sources'
export * from './review-parts'
