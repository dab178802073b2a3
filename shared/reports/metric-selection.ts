/**
 * Which metrics the Results tab and the reports show. Policy (one for both, so the PDF reads like
 * the screen the PM checked): the client's own KPIs come first (they are what the cooperation is
 * measured by), then the standard and derived metrics — results before their cost for the key
 * tiles, the funnel's order (cost, reach, clicks, conversions, value) for the table of all
 * metrics. A metric with no value in the period, the period before, a year earlier or before the
 * cooperation is left out rather than shown as a row of dashes.
 */
import type { MetricDefinition } from '../results/metrics'

/** Standard and derived metrics in the funnel's order (the table of all metrics). */
export const TILE_ORDER = [
  'spend',
  'impressions',
  'clicks',
  'ctr',
  'cpc',
  'conversions',
  'conversionRate',
  'cpa',
  'conversionValue',
  'roas',
  'leads',
  'reach',
  'cpm',
  'engagements',
  'followers',
] as const

/** The metrics the key tiles prefer, after the client's own KPIs: results first, then their cost. */
export const KEY_ORDER = [
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
export const TREND_ORDER = [
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

/** The results a breakdown by channel or campaign is compared by, the first one measured. */
const PRIMARY_ORDER = ['conversions', 'leads', 'clicks', 'engagements'] as const

/** What the selection reads of a figure: its key and the values it compares. */
export type SelectableFigure = {
  key: string
  value: number | null
  previous: { value: number | null }
  lastYear?: { value: number | null }
  baseline?: { value: number | null } | null
}

/** A breakdown row (a channel, a campaign) as the selection reads it. */
type SelectableRow = { figures: readonly SelectableFigure[] }

function ordered(definitions: readonly MetricDefinition[], order: readonly string[]): MetricDefinition[] {
  const custom = definitions.filter((d) => d.source === 'custom')
  const rank = new Map(order.map((key, index) => [key, index]))
  const known = definitions
    .filter((d) => rank.has(d.key))
    .sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0))
  return [...custom, ...known]
}

/** The metrics with a figure worth showing, in `order` after the client's own KPIs. */
export function tileMetrics(
  definitions: readonly MetricDefinition[],
  figures: readonly SelectableFigure[],
  order: readonly string[] = TILE_ORDER,
): MetricDefinition[] {
  const byKey = new Map(figures.map((f) => [f.key, f]))
  return ordered(definitions, order).filter((definition) => {
    const figure = byKey.get(definition.key)
    if (!figure) return false
    return [figure.value, figure.previous.value, figure.lastYear?.value, figure.baseline?.value].some(
      (v) => v !== null && v !== undefined,
    )
  })
}

/** Up to `count` key metrics for the big tiles: the client's own KPIs, then results and their cost. */
export function keyMetrics(
  definitions: readonly MetricDefinition[],
  figures: readonly SelectableFigure[],
  count = 6,
): MetricDefinition[] {
  return tileMetrics(definitions, figures, KEY_ORDER).slice(0, count)
}

/** Up to `count` metrics for trend charts: those with at least two months of values. */
export function trendMetrics(
  definitions: readonly MetricDefinition[],
  series: readonly { key: string; values: readonly (number | null)[] }[],
  count = 4,
): MetricDefinition[] {
  const valuesOf = new Map(series.map((s) => [s.key, s.values]))
  return ordered(definitions, TREND_ORDER)
    .filter((d) => (valuesOf.get(d.key) ?? []).filter((v) => v !== null).length >= 2)
    .slice(0, count)
}

/** The metric the breakdowns by channel and campaign compare: a result, not a cost. */
export function breakdownPrimary(
  definitions: readonly MetricDefinition[],
  hasValues: (key: string) => boolean,
): MetricDefinition | null {
  for (const key of PRIMARY_ORDER) {
    const definition = definitions.find((d) => d.key === key)
    if (definition && hasValues(key)) return definition
  }
  return null
}

function someRowHas(rows: readonly SelectableRow[], key: string): boolean {
  return rows.some((row) => row.figures.some((f) => f.key === key && f.value !== null))
}

/** The keys of up to `count` key tiles (the reports' selection). */
export function tileKeys(
  definitions: readonly MetricDefinition[],
  figures: readonly SelectableFigure[],
  count: number,
): string[] {
  return keyMetrics(definitions, figures, count).map((d) => d.key)
}

/** The keys of up to `count` trend charts (the reports' selection). */
export function trendKeys(
  definitions: readonly MetricDefinition[],
  series: readonly { key: string; values: readonly (number | null)[] }[],
  count: number,
): string[] {
  return trendMetrics(definitions, series, count).map((d) => d.key)
}

/** The breakdown columns with a value in at least one row. */
export function columnKeys(rows: readonly SelectableRow[]): string[] {
  return BREAKDOWN_COLUMNS.filter((key) => someRowHas(rows, key))
}

/** The key of the result the breakdown tables compare, or null when none is measured. */
export function primaryKey(rows: readonly SelectableRow[]): string | null {
  return PRIMARY_ORDER.find((key) => someRowHas(rows, key)) ?? null
}
