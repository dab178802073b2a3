/**
 * The columns of the metric-month grid: the standard metrics and the client's custom KPIs (typed
 * in), then the derived metrics (computed live, never typed). Each editable column names the
 * metric-month field it writes, so grid edits, paste and undo all speak the same field keys.
 */
import type { CustomKpi } from '../schemas/client'
import { METRIC_FIELD, type MetricField, type MetricMonthInput } from '../schemas/metric-month'
import { STANDARD_METRICS, type StandardMetric } from '../schemas/enums'
import { DERIVED_METRICS, type DerivedMetric } from '../results/metrics'

/** The stored field of a standard metric (money in minor units): the schema's own map. */
export const STANDARD_FIELD = METRIC_FIELD

/** A stored standard field of a metric month. */
export type StandardField = MetricField

/** The key a grid edit writes: a standard field, or `custom:<kpi id>`. */
export type FieldKey = StandardField | `custom:${string}`

/** How a column's values read and are typed. */
export type ColumnKind = 'money' | 'count' | 'number' | 'ratio' | 'percent'

/** A column the PM types into. */
export type EditableColumn = {
  key: string
  editable: true
  field: FieldKey
  kind: 'money' | 'count' | 'number'
  /** The standard metric, or null for a custom KPI. */
  metric: StandardMetric | null
  /** The custom KPI's name and unit; null for standard metrics. */
  label: string | null
  unit: string | null
}

/** A derived column, computed from the row's own values. */
export type DerivedColumn = {
  key: DerivedMetric
  editable: false
  kind: 'money' | 'ratio' | 'percent'
}

/** Any grid column. */
export type GridColumn = EditableColumn | DerivedColumn

const MONEY: ReadonlySet<StandardMetric> = new Set(['spend', 'conversionValue'])

/** How each derived metric is shown: CTR and conversion rate as percentages, ROAS as a multiple. */
const DERIVED_KIND: Record<DerivedMetric, DerivedColumn['kind']> = {
  ctr: 'percent',
  cpc: 'money',
  cpm: 'money',
  cpa: 'money',
  conversionRate: 'percent',
  roas: 'ratio',
}

/** The field key of a custom KPI. */
export function customField(kpiId: string): FieldKey {
  return `custom:${kpiId}`
}

/** The custom KPI id of a field key, or null for a standard field. */
export function customIdOf(field: FieldKey): string | null {
  return field.startsWith('custom:') ? field.slice('custom:'.length) : null
}

/** The grid's columns for a client: standard metrics, custom KPIs, then derived metrics. */
export function gridColumns(customKpis: readonly CustomKpi[]): GridColumn[] {
  const standard: EditableColumn[] = STANDARD_METRICS.map((metric) => ({
    key: metric,
    editable: true,
    field: STANDARD_FIELD[metric],
    kind: MONEY.has(metric) ? 'money' : 'count',
    metric,
    label: null,
    unit: null,
  }))
  const custom: EditableColumn[] = customKpis.map((kpi) => ({
    key: customField(kpi.id),
    editable: true,
    field: customField(kpi.id),
    kind: 'number',
    metric: null,
    label: kpi.name,
    unit: kpi.unit === '' ? null : kpi.unit,
  }))
  const derived: DerivedColumn[] = DERIVED_METRICS.map((key) => ({
    key,
    editable: false,
    kind: DERIVED_KIND[key],
  }))
  return [...standard, ...custom, ...derived]
}

/** The measured fields a metric month holds. */
export type MeasuredFields = Pick<MetricMonthInput, StandardField | 'custom'>

/** A field's value on a row; null when not measured. */
export function readField(row: MeasuredFields, field: FieldKey): number | null {
  const custom = customIdOf(field)
  if (custom !== null) {
    const value = row.custom[custom]
    return value === undefined || !Number.isFinite(value) ? null : value
  }
  return row[field as StandardField]
}

/** The row with one field set (null removes a custom KPI's value). */
export function writeField<T extends MeasuredFields>(row: T, field: FieldKey, value: number | null): T {
  const custom = customIdOf(field)
  if (custom === null) return { ...row, [field]: value }
  const next = { ...row.custom }
  if (value === null) delete next[custom]
  else next[custom] = value
  return { ...row, custom: next }
}

/** True when a row has no measured value left (every metric and custom KPI is empty). */
export function isEmptyRow(row: MeasuredFields): boolean {
  return (
    Object.values(STANDARD_FIELD).every((field) => row[field] === null) &&
    Object.values(row.custom).every((value) => !Number.isFinite(value))
  )
}
