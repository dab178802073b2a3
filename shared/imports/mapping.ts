/**
 * How an export's columns become metric-month fields. A mapping is plain data (JSON) so the UI
 * can save it per client and source and apply it to next month's file; the presets build one
 * from the header row, the generic CSV path lets the user build one.
 */
import { z } from 'zod'
import { channelSchema, standardMetricSchema, type StandardMetric } from '../schemas/enums'
import { currencySchema } from '../schemas/primitives'

/** Where an export comes from. `generic` is any CSV mapped by hand. */
export const IMPORT_SOURCES = ['meta', 'google-ads', 'microsoft-ads', 'linkedin', 'ga4', 'generic'] as const
export const importSourceSchema = z.enum(IMPORT_SOURCES)
export type ImportSource = z.infer<typeof importSourceSchema>

/** What a column holds. */
export const columnRoleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('metric'), metric: standardMetricSchema }),
  /** A client's custom KPI, by its id. */
  z.object({ kind: z.literal('custom'), key: z.string().min(1) }),
  /** The campaign (or, for GA4, the report's dimension: channel group, event name …). */
  z.object({ kind: z.literal('campaign') }),
  /** A day or month ("2026-03-11", "Jan 2026"). */
  z.object({ kind: z.literal('date') }),
  z.object({ kind: z.literal('period-start') }),
  z.object({ kind: z.literal('period-end') }),
  z.object({ kind: z.literal('currency') }),
  z.object({ kind: z.literal('channel') }),
])
export type ColumnRole = z.infer<typeof columnRoleSchema>

export const mappedColumnSchema = z.object({ header: z.string().min(1), role: columnRoleSchema })
export type MappedColumn = z.infer<typeof mappedColumnSchema>

export const importMappingSchema = z.object({
  version: z.literal(1),
  source: importSourceSchema,
  /** Columns by header text (matched case- and space-insensitively), so reordered files still map. */
  columns: z.array(mappedColumnSchema),
  /** The channel of every row, or null to read it from a `channel` column. */
  channel: channelSchema.nullable(),
  /** Values of the channel column → channels (folded text as key). */
  channelValues: z.record(z.string(), channelSchema),
  /** The currency when no column or cell names one (Meta puts it in the header: "Amount spent (EUR)"). */
  currency: currencySchema.nullable(),
  decimalSeparator: z.enum(['auto', '.', ',']),
  dateOrder: z.enum(['auto', 'dmy', 'mdy']),
  /** Meta writes the account summary as a row with an empty campaign name. */
  summaryRow: z.enum(['none', 'empty-campaign']),
})
export type ImportMapping = z.infer<typeof importMappingSchema>

/** Metric-month fields per standard metric; money metrics are kept in minor units. */
export const METRIC_FIELD = {
  spend: 'spendMinor',
  impressions: 'impressions',
  reach: 'reach',
  clicks: 'clicks',
  conversions: 'conversions',
  conversionValue: 'conversionValueMinor',
  leads: 'leads',
  followers: 'followers',
  engagements: 'engagements',
} as const satisfies Record<StandardMetric, string>
export type MetricField = (typeof METRIC_FIELD)[StandardMetric]

export const MONEY_METRICS: ReadonlySet<StandardMetric> = new Set(['spend', 'conversionValue'])

/**
 * Metrics that are not the sum of their parts: people reached by two campaigns or on two days
 * are counted once. Summing them would overstate, so groups of several rows leave them null.
 */
export const NON_ADDITIVE_METRICS: ReadonlySet<StandardMetric> = new Set(['reach', 'followers'])

/** A mapping for the generic path with nothing chosen yet. */
export function emptyMapping(): ImportMapping {
  return {
    version: 1,
    source: 'generic',
    columns: [],
    channel: null,
    channelValues: {},
    currency: null,
    decimalSeparator: 'auto',
    dateOrder: 'auto',
    summaryRow: 'none',
  }
}
