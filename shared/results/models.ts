/**
 * The report models (PRODUCT.md "Reports"), the single source of every figure in the monthly,
 * quarterly and annual PDFs: plain serialisable objects, with zod schemas to validate them
 * where they cross IPC. Each is built from one client's metric-month rows and targets.
 */
export { buildMonthlyModel, SERIES_MONTHS } from './monthly-model'
export { buildQuarterlyModel } from './quarterly-model'
export { buildAnnualModel, IMPROVEMENT_LIMIT } from './annual-model'
export type { ModelInput } from './model-input'
export type { CampaignName } from './breakdowns'
export {
  annualFigureSchema,
  annualModelSchema,
  baselineComparisonSchema,
  bestMonthSchema,
  changeSchema,
  comparisonSchema,
  figureSchema,
  metricDefinitionSchema,
  monthlyModelSchema,
  quarterlyModelSchema,
  recordSchema,
  type AnnualFigure,
  type AnnualModel,
  type BestMonth,
  type Figure,
  type MonthlyModel,
  type QuarterlyModel,
  type ResultsRecord,
} from './model-schemas'
