/**
 * Metric definitions and aggregation (PRODUCT.md "Reports"; issue 6).
 *
 * Policy:
 * - Missing is not zero: a metric nobody measured is `null`, and an aggregate says whether
 *   every month had it (`complete`), only some did (`partial`: the value covers those months
 *   only, and the model shows it as incomplete) or none did (`missing`, value null).
 * - Sum metrics add up over months; followers (an audience size at month end) and custom KPIs
 *   aggregated by `last` take the latest month that has a value; `average` KPIs take the mean
 *   of the months that have one.
 * - Derived metrics (CTR, CPC, CPM, CPA, conversion rate, ROAS) are always computed from the
 *   summed bases of the whole period — the CTR of a quarter is its clicks over its impressions,
 *   never an average of monthly CTRs. Client-level CPA and ROAS are therefore blended: all
 *   spend over all conversions, including those from organic channels.
 * - A ratio is null when its denominator is 0 or either base is missing: never NaN or ±Infinity.
 * - Money is integer minor units; sums of money stay integers. CPC, CPM and CPA are money per
 *   unit and may carry fractions of a minor unit (formatting rounds them).
 */
import type { CustomKpi } from '../schemas/client'
import type { StandardMetric } from '../schemas/enums'

/** How a metric's values read: money in minor units, a count, a ratio, or a custom KPI's number. */
export type MetricKind = 'money' | 'count' | 'ratio' | 'number'
/** How a metric combines over months; `derived` metrics are recomputed from summed bases. */
export type MetricAggregation = 'sum' | 'last' | 'average' | 'derived'
/** Where a metric comes from. */
export type MetricSource = 'standard' | 'derived' | 'custom'

/** The derived metrics, computed from summed bases. */
export const DERIVED_METRICS = ['ctr', 'cpc', 'cpm', 'cpa', 'conversionRate', 'roas'] as const
/** A derived metric key. */
export type DerivedMetric = (typeof DERIVED_METRICS)[number]

/** What a metric is and how it behaves; `key` is a standard or derived key, or a custom KPI id. */
export type MetricDefinition = {
  key: string
  source: MetricSource
  kind: MetricKind
  /** true: more is better; false: less is better (costs); null: neither (spend). */
  higherIsBetter: boolean | null
  aggregation: MetricAggregation
  /** The client's own name and unit of a custom KPI; null for standard and derived metrics. */
  label: string | null
  unit: string | null
}

/** Values per metric key; null (or an absent key) means not measured. */
export type MetricValues = Record<string, number | null>

/** One month's values of a client, channel or campaign. */
export type MonthValues = { month: string; values: MetricValues }

const standard = (
  key: StandardMetric,
  kind: 'money' | 'count',
  higherIsBetter: boolean | null,
  aggregation: 'sum' | 'last' = 'sum',
): MetricDefinition => ({
  key,
  source: 'standard',
  kind,
  higherIsBetter,
  aggregation,
  label: null,
  unit: null,
})

/** The standard metrics of a metric month, in report order. */
export const STANDARD_METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  standard('spend', 'money', null),
  standard('impressions', 'count', true),
  standard('reach', 'count', true),
  standard('clicks', 'count', true),
  standard('conversions', 'count', true),
  standard('conversionValue', 'money', true),
  standard('leads', 'count', true),
  standard('followers', 'count', true, 'last'),
  standard('engagements', 'count', true),
]

type RatioRule = { numerator: StandardMetric; denominator: StandardMetric; scale: number }

/** How each derived metric is computed: numerator × scale / denominator. */
export const DERIVED_RULES: Readonly<Record<DerivedMetric, RatioRule>> = {
  ctr: { numerator: 'clicks', denominator: 'impressions', scale: 1 },
  cpc: { numerator: 'spend', denominator: 'clicks', scale: 1 },
  cpm: { numerator: 'spend', denominator: 'impressions', scale: 1000 },
  cpa: { numerator: 'spend', denominator: 'conversions', scale: 1 },
  conversionRate: { numerator: 'conversions', denominator: 'clicks', scale: 1 },
  roas: { numerator: 'conversionValue', denominator: 'spend', scale: 1 },
}

const derived = (key: DerivedMetric, kind: MetricKind, higherIsBetter: boolean): MetricDefinition => ({
  key,
  source: 'derived',
  kind,
  higherIsBetter,
  aggregation: 'derived',
  label: null,
  unit: null,
})

/** The derived metrics, in report order. */
export const DERIVED_METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  derived('ctr', 'ratio', true),
  derived('cpc', 'money', false),
  derived('cpm', 'money', false),
  derived('cpa', 'money', false),
  derived('conversionRate', 'ratio', true),
  derived('roas', 'ratio', true),
]

/** The definition of a client's custom KPI (keyed by its id). */
export function customMetricDefinition(kpi: CustomKpi): MetricDefinition {
  return {
    key: kpi.id,
    source: 'custom',
    kind: 'number',
    higherIsBetter: kpi.higherIsBetter,
    aggregation: kpi.aggregation,
    label: kpi.name,
    unit: kpi.unit,
  }
}

/** Every metric of a client: standard, derived, then the client's custom KPIs. */
export function metricDefinitions(customKpis: readonly CustomKpi[]): MetricDefinition[] {
  return [
    ...STANDARD_METRIC_DEFINITIONS,
    ...DERIVED_METRIC_DEFINITIONS,
    ...customKpis.map(customMetricDefinition),
  ]
}

/** The metrics that are measured (not derived): standard metrics and custom KPIs. */
export function baseDefinitions(definitions: readonly MetricDefinition[]): MetricDefinition[] {
  return definitions.filter((d) => d.source !== 'derived')
}

/** numerator × scale / denominator, or null when a base is missing or the result is not finite. */
export function ratio(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  scale = 1,
): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined)
    return null
  if (denominator === 0) return null
  const value = (numerator * scale) / denominator
  return Number.isFinite(value) ? value : null
}

/** The derived metrics of (summed) base values. */
export function deriveMetrics(values: MetricValues): Record<DerivedMetric, number | null> {
  const out = {} as Record<DerivedMetric, number | null>
  for (const key of DERIVED_METRICS) {
    const rule = DERIVED_RULES[key]
    out[key] = ratio(values[rule.numerator], values[rule.denominator], rule.scale)
  }
  return out
}

/** Whether every month, some months or no month had a value. */
export type AggregateStatus = 'complete' | 'partial' | 'missing'

/** A metric aggregated over months. */
export type AggregateEntry = {
  value: number | null
  status: AggregateStatus
  /** Months that had a value (for derived metrics: the fewer of its two bases). */
  monthsWithData: number
}

/** Totals per metric key over a set of months. */
export type Aggregate = { months: string[]; entries: Record<string, AggregateEntry> }

function statusOf(withData: number, total: number): AggregateStatus {
  if (withData === 0) return 'missing'
  return withData === total ? 'complete' : 'partial'
}

function aggregateBase(definition: MetricDefinition, months: readonly MonthValues[]): AggregateEntry {
  let sum = 0
  let count = 0
  let last: number | null = null
  for (const { values } of months) {
    const value = values[definition.key]
    if (value === null || value === undefined) continue
    sum += value
    count += 1
    last = value
  }
  const status = statusOf(count, months.length)
  if (count === 0) return { value: null, status, monthsWithData: 0 }
  const value =
    definition.aggregation === 'last' ? last : definition.aggregation === 'average' ? sum / count : sum
  return { value, status, monthsWithData: count }
}

const STATUS_RANK: Record<AggregateStatus, number> = { complete: 0, partial: 1, missing: 2 }

function worseStatus(a: AggregateStatus, b: AggregateStatus): AggregateStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b
}

/** Whether a key names a derived metric. */
export function isDerivedMetric(key: string): key is DerivedMetric {
  return (DERIVED_METRICS as readonly string[]).includes(key)
}

/**
 * Aggregates months (in any order; `last` takes the latest month) into totals per metric,
 * with each derived metric recomputed from the summed bases. Months without a metric are
 * skipped, and the entry's status says whether the total covers every month.
 */
export function aggregate(
  months: readonly MonthValues[],
  definitions: readonly MetricDefinition[],
): Aggregate {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
  const entries: Record<string, AggregateEntry> = {}
  for (const definition of definitions) {
    if (definition.source !== 'derived') entries[definition.key] = aggregateBase(definition, sorted)
  }
  for (const definition of definitions) {
    if (!isDerivedMetric(definition.key)) continue
    const rule = DERIVED_RULES[definition.key]
    const numerator = entries[rule.numerator] ?? aggregateBase(definitionOf(rule.numerator), sorted)
    const denominator = entries[rule.denominator] ?? aggregateBase(definitionOf(rule.denominator), sorted)
    entries[definition.key] = {
      value: ratio(numerator.value, denominator.value, rule.scale),
      status: worseStatus(numerator.status, denominator.status),
      monthsWithData: Math.min(numerator.monthsWithData, denominator.monthsWithData),
    }
  }
  return { months: sorted.map((m) => m.month), entries }
}

function definitionOf(key: StandardMetric): MetricDefinition {
  return STANDARD_METRIC_DEFINITIONS.find((d) => d.key === key) ?? standard(key, 'count', true)
}

/** The plain values of an aggregate (null where missing). */
export function aggregateValues(totals: Aggregate): MetricValues {
  const values: MetricValues = {}
  for (const [key, entry] of Object.entries(totals.entries)) values[key] = entry.value
  return values
}

/**
 * An aggregate as a per-month level, so periods of different lengths compare fairly (a year
 * against a three-month baseline): sum metrics are divided by the months that had them (money
 * rounded to whole minor units), levels (`last`, `average`) and derived ratios stay as they are.
 */
export function perMonthValues(totals: Aggregate, definitions: readonly MetricDefinition[]): MetricValues {
  const values: MetricValues = {}
  for (const definition of definitions) {
    const entry = totals.entries[definition.key]
    if (!entry || entry.value === null) {
      values[definition.key] = null
    } else if (definition.aggregation === 'sum') {
      const average = entry.value / entry.monthsWithData
      values[definition.key] = definition.kind === 'money' ? Math.round(average) : average
    } else {
      values[definition.key] = entry.value
    }
  }
  return values
}
