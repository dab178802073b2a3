/**
 * Zod schemas of the report models: the plain, serialisable objects every figure of the
 * monthly, quarterly and annual PDFs comes from. They are validated again when they cross
 * IPC; `z.number()` rejects NaN and ±Infinity, so a model that parses has none.
 */
import { z } from 'zod'
import { QUARTER_AIMS } from '../cadence/periods'
import { channelSchema, periodKindSchema } from '../schemas/enums'
import { currencySchema, monthSchema } from '../schemas/primitives'

const value = z.number().nullable()

/** A change between two values (shared/results/changes.ts). */
export const changeSchema = z.object({
  absolute: value,
  relative: value,
  direction: z.enum(['good', 'bad', 'neutral']),
})

/** A value compared with the figure's value. */
export const comparisonSchema = z.object({ value, change: changeSchema })
export type Comparison = z.infer<typeof comparisonSchema>

/** A target compared with the figure's value; `source` says whether it was set for the period or summed from months. */
export const targetComparisonSchema = comparisonSchema.extend({ source: z.enum(['period', 'months']) })
export type TargetComparison = z.infer<typeof targetComparisonSchema>

/** A metric's definition (shared/results/metrics.ts). */
export const metricDefinitionSchema = z.object({
  key: z.string(),
  source: z.enum(['standard', 'derived', 'custom']),
  kind: z.enum(['money', 'count', 'ratio', 'number']),
  higherIsBetter: z.boolean().nullable(),
  aggregation: z.enum(['sum', 'last', 'average', 'derived']),
  label: z.string().nullable(),
  unit: z.string().nullable(),
})

/** Whether a total covers every month of its period. */
export const aggregateStatusSchema = z.enum(['complete', 'partial', 'missing'])

/** A run of months and its key (null for spans without one, such as the baseline). */
export const monthSpanSchema = z.object({ key: z.string().nullable(), months: z.array(monthSchema) })

/** The period a model reports on. */
export const periodSchema = monthSpanSchema.extend({
  kind: periodKindSchema,
  scheme: z.enum(['calendar', 'cooperation']),
})

/** One metric of a monthly or quarterly report: value, previous period, last year, target. */
export const figureSchema = z.object({
  key: z.string(),
  value,
  status: aggregateStatusSchema,
  previous: comparisonSchema,
  lastYear: comparisonSchema,
  /** Null in breakdowns and where no target was set. */
  target: targetComparisonSchema.nullable(),
})
export type Figure = z.infer<typeof figureSchema>

/** The baseline compared per month: both sides are monthly levels (sums divided by their months). */
export const baselineComparisonSchema = z.object({ value, current: value, change: changeSchema })
export type BaselineComparison = z.infer<typeof baselineComparisonSchema>

/** One metric of an annual report: value, previous year, pre-cooperation baseline, target. */
export const annualFigureSchema = z.object({
  key: z.string(),
  value,
  status: aggregateStatusSchema,
  previous: comparisonSchema,
  baseline: baselineComparisonSchema.nullable(),
  target: targetComparisonSchema.nullable(),
})
export type AnnualFigure = z.infer<typeof annualFigureSchema>

/** Values per metric key for one month (derived metrics included). */
export const monthValuesSchema = z.object({ month: monthSchema, values: z.record(z.string(), value) })

/** The 13-month trend: each metric's values and, aligned, the values twelve months earlier. */
export const seriesSchema = z.object({
  months: z.array(monthSchema),
  lastYearMonths: z.array(monthSchema),
  metrics: z.array(z.object({ key: z.string(), values: z.array(value), lastYear: z.array(value) })),
})

const channelBreakdown = <T extends z.ZodType>(figure: T) =>
  z.object({ channel: channelSchema, figures: z.array(figure) })
const campaignBreakdown = <T extends z.ZodType>(figure: T) =>
  z.object({
    campaignId: z.string(),
    name: z.string().nullable(),
    channels: z.array(channelSchema),
    figures: z.array(figure),
  })

const modelBase = {
  clientId: z.string(),
  currency: currencySchema,
  period: periodSchema,
  previous: monthSpanSchema,
  metrics: z.array(metricDefinitionSchema),
}

/** The monthly report model. */
export const monthlyModelSchema = z.object({
  kind: z.literal('month'),
  ...modelBase,
  lastYear: monthSpanSchema,
  kpis: z.array(figureSchema),
  series: seriesSchema,
  channels: z.array(channelBreakdown(figureSchema)),
  campaigns: z.array(campaignBreakdown(figureSchema)),
})
export type MonthlyModel = z.infer<typeof monthlyModelSchema>

/** The quarterly report model (calendar or cooperation quarter). */
export const quarterlyModelSchema = z.object({
  kind: z.literal('quarter'),
  ...modelBase,
  lastYear: monthSpanSchema,
  /** The cooperation quarter's aim (seed 002); null for calendar quarters. */
  aim: z.enum(QUARTER_AIMS).nullable(),
  kpis: z.array(figureSchema),
  months: z.array(monthValuesSchema),
  channels: z.array(channelBreakdown(figureSchema)),
  campaigns: z.array(campaignBreakdown(figureSchema)),
})
export type QuarterlyModel = z.infer<typeof quarterlyModelSchema>

/** A metric's best month of the year. */
export const bestMonthSchema = z.object({ key: z.string(), month: monthSchema, value: z.number() })
export type BestMonth = z.infer<typeof bestMonthSchema>

/** A best month that beat every earlier month of the client's history. */
export const recordSchema = bestMonthSchema.extend({
  previousRecord: z.object({ month: monthSchema, value: z.number() }),
})
export type ResultsRecord = z.infer<typeof recordSchema>

const improvement = {
  key: z.string(),
  value: z.number(),
  previous: z.number(),
  change: changeSchema,
}
/** A channel's biggest year-over-year improvement. */
export const channelImprovementSchema = z.object({ channel: channelSchema, ...improvement })
/** A campaign's biggest year-over-year improvement. */
export const campaignImprovementSchema = z.object({
  campaignId: z.string(),
  name: z.string().nullable(),
  ...improvement,
})

/** The annual report model (calendar or cooperation year). */
export const annualModelSchema = z.object({
  kind: z.literal('year'),
  ...modelBase,
  /** The pre-cooperation months with data that the baseline figures stand on. */
  baseline: monthSpanSchema,
  kpis: z.array(annualFigureSchema),
  months: z.array(monthValuesSchema),
  bestMonths: z.array(bestMonthSchema),
  records: z.array(recordSchema),
  improvements: z.object({
    byChannel: z.array(channelImprovementSchema),
    byCampaign: z.array(campaignImprovementSchema),
  }),
  channels: z.array(channelBreakdown(annualFigureSchema)),
  campaigns: z.array(campaignBreakdown(annualFigureSchema)),
})
export type AnnualModel = z.infer<typeof annualModelSchema>
