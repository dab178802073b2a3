/**
 * The quarterly report model (PRODUCT.md "Reports — Quarterly"): a calendar quarter
 * (`2026-Q3`) or a cooperation quarter (`coop-Y1-Q2`, counted from the cooperation's start,
 * with its review aim, seed 002) against the previous quarter and the same quarter last year,
 * with the quarter's months and the results per channel and campaign.
 */
import { quarterAim } from '../cadence/periods'
import { campaignBreakdowns, channelBreakdowns, type FigureBuilder } from './breakdowns'
import { buildFigures, clientTotals, monthValues, type FigureSpans } from './figures'
import { modelContext, type ModelInput } from './model-input'
import type { Figure, QuarterlyModel } from './model-schemas'
import { PeriodKeyError, previousPeriod, resolvePeriod, samePeriodLastYear } from './periods'
import { findTarget } from './targets'

/** The quarterly model of a calendar or cooperation quarter key. */
export function buildQuarterlyModel(input: ModelInput, quarterKey: string): QuarterlyModel {
  const start = input.client.cooperationStart
  const period = resolvePeriod(quarterKey, start)
  if (period.kind !== 'quarter') throw new PeriodKeyError(quarterKey)
  const ctx = modelContext(input)
  const { index } = ctx
  const spans: FigureSpans = {
    current: period,
    previous: previousPeriod(period, start),
    lastYear: samePeriodLastYear(period, start),
  }
  const build: FigureBuilder<Figure> = (definitions, totals) =>
    buildFigures(definitions, totals, spans, () => null)
  return {
    kind: 'quarter',
    clientId: input.client.id,
    currency: input.client.currency,
    period,
    previous: { key: spans.previous.key, months: spans.previous.months },
    lastYear: { key: spans.lastYear.key, months: spans.lastYear.months },
    aim: period.scheme === 'cooperation' ? quarterAim(quarterKey) : null,
    metrics: index.definitions,
    kpis: buildFigures(index.definitions, clientTotals(index), spans, (d) =>
      findTarget(ctx.targets, d, period),
    ),
    months: monthValues(index, period.months),
    channels: channelBreakdowns(index, period.months, spans.previous.months, build),
    campaigns: campaignBreakdowns(index, period.months, input.campaigns ?? [], build),
  }
}
