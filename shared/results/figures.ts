/**
 * Building blocks of the report models: totals of a client, channel or campaign over a span
 * of months, and figures comparing those totals with other spans and with targets.
 */
import type { Channel } from '../schemas/enums'
import { change } from './changes'
import { aggregate, aggregateValues, perMonthValues, type Aggregate, type MetricDefinition } from './metrics'
import type { AnnualFigure, BaselineComparison, Comparison, Figure, TargetComparison } from './model-schemas'
import type { MonthSpan } from './periods'
import { campaignMonth, channelMonth, clientMonth, type ResultsIndex } from './rows'
import type { FoundTarget } from './targets'

/** Totals of one entity over a span of months. */
export type Totals = (months: readonly string[]) => Aggregate

/** Totals of the client. */
export function clientTotals(index: ResultsIndex): Totals {
  return (months) =>
    aggregate(
      months.map((m) => clientMonth(index, m)),
      index.definitions,
    )
}

/** Totals of one channel (standard and derived metrics only; custom KPIs are client-level). */
export function channelTotals(index: ResultsIndex, channel: Channel): Totals {
  const definitions = breakdownDefinitions(index.definitions)
  return (months) =>
    aggregate(
      months.map((m) => channelMonth(index, channel, m)),
      definitions,
    )
}

/** Totals of one campaign over all its channels. */
export function campaignTotals(index: ResultsIndex, campaignId: string): Totals {
  const definitions = breakdownDefinitions(index.definitions)
  return (months) =>
    aggregate(
      months.map((m) => campaignMonth(index, campaignId, m)),
      definitions,
    )
}

/** The metrics shown per channel and campaign: everything but the client-level custom KPIs. */
export function breakdownDefinitions(definitions: readonly MetricDefinition[]): MetricDefinition[] {
  return definitions.filter((d) => d.source !== 'custom')
}

function valueOf(totals: Aggregate, key: string): number | null {
  return totals.entries[key]?.value ?? null
}

/** A value compared with the figure's value. */
export function compare(
  definition: MetricDefinition,
  current: number | null,
  base: number | null,
): Comparison {
  return { value: base, change: change(current, base, definition.higherIsBetter) }
}

function compareTarget(
  definition: MetricDefinition,
  current: number | null,
  target: FoundTarget | null,
): TargetComparison | null {
  if (target === null) return null
  return { ...compare(definition, current, target.value), source: target.source }
}

/** The spans a monthly or quarterly figure compares. */
export type FigureSpans = { current: MonthSpan; previous: MonthSpan; lastYear: MonthSpan }

/** Figures of every metric of `definitions`: value vs previous period, last year and target. */
export function buildFigures(
  definitions: readonly MetricDefinition[],
  totals: Totals,
  spans: FigureSpans,
  targetOf: (definition: MetricDefinition) => FoundTarget | null,
): Figure[] {
  const current = totals(spans.current.months)
  const previous = totals(spans.previous.months)
  const lastYear = totals(spans.lastYear.months)
  return definitions.map((definition) => {
    const key = definition.key
    const value = valueOf(current, key)
    return {
      key,
      value,
      status: current.entries[key]?.status ?? 'missing',
      previous: compare(definition, value, valueOf(previous, key)),
      lastYear: compare(definition, value, valueOf(lastYear, key)),
      target: compareTarget(definition, value, targetOf(definition)),
    }
  })
}

/** The spans an annual figure compares; `baseline` holds only pre-cooperation months with data. */
export type AnnualSpans = { current: MonthSpan; previous: MonthSpan; baseline: MonthSpan }

/** Figures of a year: value vs previous year, vs the baseline (per month) and vs target. */
export function buildAnnualFigures(
  definitions: readonly MetricDefinition[],
  totals: Totals,
  spans: AnnualSpans,
  targetOf: (definition: MetricDefinition) => FoundTarget | null,
): AnnualFigure[] {
  const current = totals(spans.current.months)
  const previous = totals(spans.previous.months)
  const currentPerMonth = perMonthValues(current, definitions)
  const baselinePerMonth =
    spans.baseline.months.length === 0 ? null : perMonthValues(totals(spans.baseline.months), definitions)
  return definitions.map((definition) => {
    const key = definition.key
    const value = valueOf(current, key)
    return {
      key,
      value,
      status: current.entries[key]?.status ?? 'missing',
      previous: compare(definition, value, valueOf(previous, key)),
      baseline:
        baselinePerMonth === null ? null : baselineComparison(definition, currentPerMonth, baselinePerMonth),
      target: compareTarget(definition, value, targetOf(definition)),
    }
  })
}

function baselineComparison(
  definition: MetricDefinition,
  current: Record<string, number | null>,
  baseline: Record<string, number | null>,
): BaselineComparison {
  const now = current[definition.key] ?? null
  const before = baseline[definition.key] ?? null
  return { value: before, current: now, change: change(now, before, definition.higherIsBetter) }
}

/** The client's values (derived included) for each month. */
export function monthValues(
  index: ResultsIndex,
  months: readonly string[],
): { month: string; values: Record<string, number | null> }[] {
  const totals = clientTotals(index)
  return months.map((month) => ({ month, values: aggregateValues(totals([month])) }))
}
