/** One month of results for a client, channel and optionally campaign. */
import { z } from 'zod'
import { currencySchema, idSchema, monthSchema, recordBaseSchema } from './primitives'
import { channelSchema } from './enums'

/** A count metric: a non-negative number, or null when not measured. */
const countSchema = z.number().min(0).nullable()

/** The fields of a metric month. Money metrics are minor units in `currency`. */
export const metricMonthInputSchema = z.object({
  clientId: idSchema,
  month: monthSchema,
  channel: channelSchema,
  campaignId: idSchema.nullable(),
  /**
   * The ad platform's campaign (or GA4 dimension) name of an imported breakdown row. Set means
   * the row breaks its channel's total down, like a set campaignId; absent or null on totals.
   */
  campaignName: z.string().max(500).nullable().optional(),
  currency: currencySchema,
  spendMinor: z.number().int().min(0).nullable(),
  impressions: countSchema,
  reach: countSchema,
  clicks: countSchema,
  conversions: countSchema,
  conversionValueMinor: z.number().int().min(0).nullable(),
  leads: countSchema,
  followers: countSchema,
  engagements: countSchema,
  custom: z.record(z.string(), z.number()),
  source: z.enum(['manual', 'import', 'demo']),
})
export type MetricMonthInput = z.infer<typeof metricMonthInputSchema>

/** A stored metric month. */
export const metricMonthSchema = recordBaseSchema.extend(metricMonthInputSchema.shape)
export type MetricMonth = z.infer<typeof metricMonthSchema>
