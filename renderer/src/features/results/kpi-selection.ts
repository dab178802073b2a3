/**
 * Which metrics the Results tab shows. Policy: the client's own KPIs come first (they are what
 * the cooperation is measured by), then the standard and derived metrics in the order a PM
 * reads a funnel — cost, reach, clicks, conversions, value. A metric with no value in the
 * month, the month before or a year earlier is left out rather than shown as a row of dashes.
 */
import type { MetricDefinition } from '@shared/results/metrics'

/** Standard and derived metrics in the order the tiles show them. */
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

/** What a figure needs for the selection: its key and the values it compares. */
export type FigureValues = {
  key: string
  value: number | null
  previous: { value: number | null }
  lastYear?: { value: number | null }
  baseline?: { value: number | null } | null
}

function ordered(definitions: readonly MetricDefinition[], order: readonly string[]): MetricDefinition[] {
  const custom = definitions.filter((d) => d.source === 'custom')
  const rank = new Map(order.map((key, index) => [key, index]))
  const known = definitions
    .filter((d) => rank.has(d.key))
    .sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0))
  return [...custom, ...known]
}

/** The metrics with a figure worth showing, in tile order (the "all metrics" table). */
export function tileMetrics(
  definitions: readonly MetricDefinition[],
  figures: readonly FigureValues[],
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

/** Up to `count` key metrics for the big tiles: the client's own KPIs, then results and their cost. */
export function keyMetrics(
  definitions: readonly MetricDefinition[],
  figures: readonly FigureValues[],
  count = 6,
): MetricDefinition[] {
  return tileMetrics(definitions, figures, KEY_ORDER).slice(0, count)
}

/** The metric the breakdowns by channel and campaign compare month over month: a result, not a cost. */
export function breakdownPrimary(
  definitions: readonly MetricDefinition[],
  hasValues: (key: string) => boolean,
): MetricDefinition | null {
  for (const key of ['conversions', 'leads', 'clicks', 'engagements'] as const) {
    const definition = definitions.find((d) => d.key === key)
    if (definition && hasValues(key)) return definition
  }
  return null
}
