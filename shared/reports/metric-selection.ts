/**
 * Which metrics each section of a report shows. Policy (the Results tab's, so the PDF reads
 * like the screen the PM checked): the client's own KPIs first, then results before their
 * cost; a metric with no value in the period, the period before or a year earlier is left out
 * rather than printed as a row of dashes.
 */
import type { MetricDefinition } from '../results/metrics'

/** The metrics the KPI tiles prefer, after the client's own KPIs. */
export const TILE_PREFERENCE = [
  'conversions',
  'leads',
  'spend',
  'cpa',
  'roas',
  'conversionValue',
  'clicks',
  'ctr',
  'impressions',
  'engagements',
  'reach',
  'followers',
] as const

/** The metrics the trend charts prefer, after the client's own KPIs. */
export const TREND_PREFERENCE = [
  'conversions',
  'leads',
  'spend',
  'cpa',
  'clicks',
  'roas',
  'ctr',
  'impressions',
] as const

/** The columns of the channel and campaign tables, where some row has a value. */
export const BREAKDOWN_COLUMNS = [
  'spend',
  'impressions',
  'clicks',
  'ctr',
  'conversions',
  'cpa',
  'conversionValue',
  'roas',
  'leads',
] as const

/** What the selection reads of a figure. */
export type SelectableFigure = {
  key: string
  value: number | null
  previous: { value: number | null }
  lastYear?: { value: number | null }
}

function ordered(definitions: readonly MetricDefinition[], order: readonly string[]): MetricDefinition[] {
  const custom = definitions.filter((d) => d.source === 'custom')
  const rank = new Map(order.map((key, index) => [key, index]))
  const known = definitions
    .filter((d) => rank.has(d.key))
    .sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0))
  return [...custom, ...known]
}

/** Up to `count` metrics for the KPI tiles: those with a value now, before or a year ago. */
export function tileKeys(
  definitions: readonly MetricDefinition[],
  figures: readonly SelectableFigure[],
  count: number,
): string[] {
  const byKey = new Map(figures.map((f) => [f.key, f]))
  return ordered(definitions, TILE_PREFERENCE)
    .filter((d) => {
      const f = byKey.get(d.key)
      return f !== undefined && [f.value, f.previous.value, f.lastYear?.value].some((v) => v != null)
    })
    .slice(0, count)
    .map((d) => d.key)
}

/** Up to `count` metrics for trend charts: those with at least two months of values. */
export function trendKeys(
  definitions: readonly MetricDefinition[],
  series: readonly { key: string; values: readonly (number | null)[] }[],
  count: number,
): string[] {
  const valuesOf = new Map(series.map((s) => [s.key, s.values]))
  return ordered(definitions, TREND_PREFERENCE)
    .filter((d) => (valuesOf.get(d.key) ?? []).filter((v) => v !== null).length >= 2)
    .slice(0, count)
    .map((d) => d.key)
}

/** The breakdown columns with a value in at least one row. */
export function columnKeys(rows: readonly { figures: readonly SelectableFigure[] }[]): string[] {
  return BREAKDOWN_COLUMNS.filter((key) =>
    rows.some((row) => row.figures.some((f) => f.key === key && f.value !== null)),
  )
}

/** The result the breakdown tables compare month over month: a result, not a cost. */
export function primaryKey(rows: readonly { figures: readonly SelectableFigure[] }[]): string | null {
  for (const key of ['conversions', 'leads', 'clicks', 'engagements'] as const) {
    if (rows.some((row) => row.figures.some((f) => f.key === key && f.value !== null))) return key
  }
  return null
}
