/**
 * The monthly report model (PRODUCT.md "Reports — Monthly"): KPI figures against the previous
 * month, the same month last year and the month's target; a 13-month trend with last year's
 * line; results per channel and per campaign. A month with no history behind it has no
 * comparison (null), never a 0 % change.
 */
import { campaignBreakdowns, channelBreakdowns, type FigureBuilder } from './breakdowns'
import { buildFigures, clientTotals, type FigureSpans } from './figures'
import { aggregateValues } from './metrics'
import { modelContext, type ModelContext, type ModelInput } from './model-input'
import type { Figure, MonthlyModel } from './model-schemas'
import { addMonths, monthRange } from './months'
import {
  PeriodKeyError,
  previousPeriod,
  resolvePeriod,
  samePeriodLastYear,
  type ResultsPeriod,
} from './periods'
import { findTarget } from './targets'

/** Months in the trend chart: the report month and the twelve before it. */
export const SERIES_MONTHS = 13

/** The monthly model of `month` (`YYYY-MM`). */
export function buildMonthlyModel(input: ModelInput, month: string): MonthlyModel {
  const period = resolvePeriod(month, input.client.cooperationStart)
  if (period.kind !== 'month') throw new PeriodKeyError(month)
  return monthlyModelOf(modelContext(input), period)
}

function monthlyModelOf(ctx: ModelContext, period: ResultsPeriod): MonthlyModel {
  const { index, input } = ctx
  const start = input.client.cooperationStart
  const spans: FigureSpans = {
    current: period,
    previous: previousPeriod(period, start),
    lastYear: samePeriodLastYear(period, start),
  }
  const totals = clientTotals(index)
  const build: FigureBuilder<Figure> = (definitions, entityTotals) =>
    buildFigures(definitions, entityTotals, spans, () => null)
  return {
    kind: 'month',
    clientId: input.client.id,
    currency: input.client.currency,
    period,
    previous: { key: spans.previous.key, months: spans.previous.months },
    lastYear: { key: spans.lastYear.key, months: spans.lastYear.months },
    metrics: index.definitions,
    kpis: buildFigures(index.definitions, totals, spans, (d) => findTarget(ctx.targets, d, period)),
    series: series(ctx, period.months[0] ?? ''),
    channels: channelBreakdowns(index, period.months, spans.previous.months, build),
    campaigns: campaignBreakdowns(index, period.months, input.campaigns ?? [], build),
  }
}

function series(ctx: ModelContext, month: string): MonthlyModel['series'] {
  const months = monthRange(addMonths(month, 1 - SERIES_MONTHS), month)
  const lastYearMonths = months.map((m) => addMonths(m, -12))
  const totals = clientTotals(ctx.index)
  const cache = new Map<string, Record<string, number | null>>()
  const valuesOf = (m: string): Record<string, number | null> => {
    let values = cache.get(m)
    if (!values) {
      values = aggregateValues(totals([m]))
      cache.set(m, values)
    }
    return values
  }
  return {
    months,
    lastYearMonths,
    metrics: ctx.index.definitions.map(({ key }) => ({
      key,
      values: months.map((m) => valuesOf(m)[key] ?? null),
      lastYear: lastYearMonths.map((m) => valuesOf(m)[key] ?? null),
    })),
  }
}
