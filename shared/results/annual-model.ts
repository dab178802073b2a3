/**
 * The annual report model (PRODUCT.md "Reports — Annual"; seed 002 "year-to-year"): a
 * calendar year (`2026`) or a cooperation year (`coop-Y1`) against the previous year and the
 * pre-cooperation baseline, with its best months, records and biggest improvements.
 *
 * Policy:
 * - The baseline is the pre-cooperation months with data among the twelve before the start
 *   (periods.ts). Its figures compare monthly levels — sums divided by their months — so a
 *   year stands fairly against a baseline of any length; ratios compare as they are.
 * - A best month is the month of the year with the best value of a metric that has a good
 *   direction (spend has none); ties go to the earlier month. It is a record when it beats
 *   every earlier month of the client's history — a first year with no history has none.
 * - An improvement is a channel's or campaign's change against its own previous year in the
 *   good direction; each entity is listed once, with its largest relative improvement, biggest
 *   first. Campaigns without results a year earlier have nothing to improve on.
 */
import { campaignBreakdowns, channelBreakdowns, type FigureBuilder } from './breakdowns'
import { change } from './changes'
import {
  breakdownDefinitions,
  buildAnnualFigures,
  campaignTotals,
  channelTotals,
  clientTotals,
  monthValues,
  type AnnualSpans,
  type Totals,
} from './figures'
import type { MetricDefinition } from './metrics'
import { modelContext, type ModelInput } from './model-input'
import type { AnnualFigure, AnnualModel, BestMonth, ResultsRecord } from './model-schemas'
import { baselineWindow, PeriodKeyError, previousPeriod, resolvePeriod } from './periods'
import { campaignsIn, channelsIn, hasData, type ResultsIndex } from './rows'
import { findTarget } from './targets'

/** How many channels and campaigns the improvement lists hold at most. */
export const IMPROVEMENT_LIMIT = 5

/** The annual model of a calendar or cooperation year key. */
export function buildAnnualModel(input: ModelInput, yearKey: string): AnnualModel {
  const start = input.client.cooperationStart
  const period = resolvePeriod(yearKey, start)
  if (period.kind !== 'year') throw new PeriodKeyError(yearKey)
  const ctx = modelContext(input)
  const { index } = ctx
  const previous = previousPeriod(period, start)
  const baseline = { key: null, months: baselineWindow(start).filter((m) => hasData(index, m)) }
  const spans: AnnualSpans = { current: period, previous, baseline }
  const build: FigureBuilder<AnnualFigure> = (definitions, totals) =>
    buildAnnualFigures(definitions, totals, spans, () => null)
  const months = monthValues(index, period.months)
  const first = period.months[0] ?? ''
  const history = monthValues(
    index,
    index.dataMonths.filter((m) => m < first),
  )
  const bestMonths = bestMonthsOf(index.definitions, months)
  const names = new Map((input.campaigns ?? []).map((c) => [c.id, c.name]))
  return {
    kind: 'year',
    clientId: input.client.id,
    currency: input.client.currency,
    period,
    previous: { key: previous.key, months: previous.months },
    baseline,
    metrics: index.definitions,
    kpis: buildAnnualFigures(index.definitions, clientTotals(index), spans, (d) =>
      findTarget(ctx.targets, d, period),
    ),
    months,
    bestMonths,
    records: recordsOf(index.definitions, bestMonths, history),
    improvements: {
      byChannel: biggestImprovements(
        index,
        channelsIn(index, period.months).map((channel) => ({
          channel,
          totals: channelTotals(index, channel),
        })),
        period.months,
        previous.months,
      ),
      byCampaign: biggestImprovements(
        index,
        campaignsIn(index, period.months).map(({ id }) => ({
          campaignId: id,
          name: names.get(id) ?? null,
          totals: campaignTotals(index, id),
        })),
        period.months,
        previous.months,
      ),
    },
    channels: channelBreakdowns(index, period.months, previous.months, build),
    campaigns: campaignBreakdowns(index, period.months, input.campaigns ?? [], build),
  }
}

type MonthRow = { month: string; values: Record<string, number | null> }

function better(definition: MetricDefinition, a: number, b: number): boolean {
  return definition.higherIsBetter === true ? a > b : a < b
}

function bestOf(definition: MetricDefinition, months: readonly MonthRow[]): BestMonth | null {
  let best: BestMonth | null = null
  for (const { month, values } of months) {
    const value = values[definition.key]
    if (value === null || value === undefined) continue
    if (!best || better(definition, value, best.value)) best = { key: definition.key, month, value }
  }
  return best
}

function bestMonthsOf(definitions: readonly MetricDefinition[], months: readonly MonthRow[]): BestMonth[] {
  return definitions.flatMap((definition) => {
    if (definition.higherIsBetter === null) return []
    const best = bestOf(definition, months)
    return best ? [best] : []
  })
}

function recordsOf(
  definitions: readonly MetricDefinition[],
  bestMonths: readonly BestMonth[],
  history: readonly MonthRow[],
): ResultsRecord[] {
  return bestMonths.flatMap((best) => {
    const definition = definitions.find((d) => d.key === best.key)
    if (!definition) return []
    const before = bestOf(definition, history)
    if (!before || !better(definition, best.value, before.value)) return []
    return [{ ...best, previousRecord: { month: before.month, value: before.value } }]
  })
}

type Improvement = { key: string; value: number; previous: number; change: ReturnType<typeof change> }

function bestImprovement(
  definitions: readonly MetricDefinition[],
  totals: Totals,
  months: readonly string[],
  previousMonths: readonly string[],
): Improvement | null {
  const current = totals(months)
  const previous = totals(previousMonths)
  let best: Improvement | null = null
  for (const definition of definitions) {
    const value = current.entries[definition.key]?.value ?? null
    const before = previous.entries[definition.key]?.value ?? null
    if (value === null || before === null) continue
    const delta = change(value, before, definition.higherIsBetter)
    if (delta.direction !== 'good' || delta.relative === null) continue
    if (!best || Math.abs(delta.relative) > Math.abs(best.change.relative ?? 0)) {
      best = { key: definition.key, value, previous: before, change: delta }
    }
  }
  return best
}

function biggestImprovements<E extends { totals: Totals }>(
  index: ResultsIndex,
  entities: readonly E[],
  months: readonly string[],
  previousMonths: readonly string[],
): (Omit<E, 'totals'> & Improvement)[] {
  const definitions = breakdownDefinitions(index.definitions)
  const found = entities.flatMap(({ totals, ...entity }) => {
    const improvement = bestImprovement(definitions, totals, months, previousMonths)
    return improvement ? [{ ...entity, ...improvement }] : []
  })
  return found
    .sort((a, b) => Math.abs(b.change.relative ?? 0) - Math.abs(a.change.relative ?? 0))
    .slice(0, IMPROVEMENT_LIMIT)
}
