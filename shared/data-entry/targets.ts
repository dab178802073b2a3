/**
 * What the targets editor offers and how a typed target reads. Targets are per client, KPI and
 * calendar period (shared/schemas/target.ts); a KPI is a standard metric, a derived metric or a
 * custom KPI. Values are stored the way the models compute the metric: money in minor units,
 * CTR and conversion rate as fractions (typed as percentages), ROAS as a multiple.
 */
import type { CustomKpi } from '../schemas/client'
import { STANDARD_METRICS, type PeriodKind } from '../schemas/enums'
import { DERIVED_METRICS } from '../results/metrics'
import { addMonths, calendarQuarterKey } from '../results/months'
import type { DecimalSeparator } from '../imports/numbers'
import { parseCellText, type CellParse } from './cell-input'
import type { ColumnKind } from './columns'

/** A KPI a target can be set for. */
export type TargetKpi = {
  key: string
  kind: ColumnKind
  source: 'standard' | 'derived' | 'custom'
  /** A custom KPI's name and unit. */
  label: string | null
  unit: string | null
}

const STANDARD_KIND: Record<string, ColumnKind> = { spend: 'money', conversionValue: 'money' }
const DERIVED_KIND: Record<string, ColumnKind> = {
  ctr: 'percent',
  cpc: 'money',
  cpm: 'money',
  cpa: 'money',
  conversionRate: 'percent',
  roas: 'ratio',
}

/** Every KPI of a client a target can name: standard, derived, then custom. */
export function targetKpis(customKpis: readonly CustomKpi[]): TargetKpi[] {
  return [
    ...STANDARD_METRICS.map((key): TargetKpi => ({
      key,
      kind: STANDARD_KIND[key] ?? 'count',
      source: 'standard',
      label: null,
      unit: null,
    })),
    ...DERIVED_METRICS.map((key): TargetKpi => ({
      key,
      kind: DERIVED_KIND[key] ?? 'ratio',
      source: 'derived',
      label: null,
      unit: null,
    })),
    ...customKpis.map((kpi): TargetKpi => ({
      key: kpi.id,
      kind: 'number',
      source: 'custom',
      label: kpi.name,
      unit: kpi.unit === '' ? null : kpi.unit,
    })),
  ]
}

/** The period a new target of a kind starts on: the month, quarter or year after `month`. */
export function nextPeriod(kind: PeriodKind, month: string): string {
  if (kind === 'month') return addMonths(month, 1)
  if (kind === 'quarter')
    return calendarQuarterKey(addMonths(month, 3 - ((Number(month.slice(5, 7)) - 1) % 3)))
  return String(Number(month.slice(0, 4)) + 1)
}

/** Periods to choose from around `month`: two years back and one ahead, newest first. */
export function periodChoices(kind: PeriodKind, month: string): string[] {
  const year = Number(month.slice(0, 4))
  if (kind === 'year') return [year + 1, year, year - 1, year - 2].map(String)
  if (kind === 'quarter') {
    const out: string[] = []
    for (let y = year + 1; y >= year - 2; y--) for (let q = 4; q >= 1; q--) out.push(`${y}-Q${q}`)
    return out
  }
  const out: string[] = []
  for (let offset = 12; offset >= -24; offset--) out.push(addMonths(month, offset))
  return out
}

/** Reads a typed target value for a KPI (a percentage for CTR and conversion rate). */
export function parseTargetText(
  text: string,
  kpi: TargetKpi,
  options: { decimal: DecimalSeparator; currency: string },
): CellParse {
  if (kpi.kind === 'money') return parseCellText(text, 'money', options)
  if (kpi.kind !== 'percent')
    return parseCellText(text, kpi.source === 'custom' ? 'number' : 'count', options)
  // "2,5 %" and "2,5" both mean 2.5 %.
  const parsed = parseCellText(text, 'number', options)
  if (!parsed.ok || parsed.value === null) return parsed
  if (parsed.value < 0) return { ok: false, error: { code: 'negative' } }
  return { ok: true, value: parsed.value / 100 }
}

/** The period keys sort newest first within a kind. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0
}
