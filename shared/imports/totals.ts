/**
 * Checks the rows read against the export's own totals row, metric by metric. Platforms total
 * unrounded values, so each row may be off by half a unit of its last digit: money is allowed
 * half a minor unit per row (plus the total's own rounding), fractional counts half a
 * hundredth per row, whole counts nothing at all.
 */
import type { ImportRow, MetricValues } from './extract'
import type { ImportWarning } from './issues'
import { NON_ADDITIVE_METRICS, METRIC_FIELD, type MetricField } from './mapping'
import type { TotalsRow } from './read'

const MONEY_FIELDS: ReadonlySet<MetricField> = new Set(['spendMinor', 'conversionValueMinor'])

/** Sums of the rows' metrics; a field is null when no row measured it. */
export function sumMetrics(rows: readonly { metrics: MetricValues }[]): MetricValues {
  const sums: MetricValues = {}
  for (const row of rows) {
    for (const [field, value] of Object.entries(row.metrics) as [MetricField, number | null][]) {
      if (value === null) {
        if (!(field in sums)) sums[field] = null
        continue
      }
      sums[field] = (sums[field] ?? 0) + value
    }
  }
  for (const field of Object.keys(sums) as MetricField[]) {
    const value = sums[field]
    if (typeof value === 'number' && !MONEY_FIELDS.has(field)) sums[field] = Math.round(value * 1e6) / 1e6
  }
  return sums
}

const ADDITIVE_FIELDS = (Object.entries(METRIC_FIELD) as [keyof typeof METRIC_FIELD, MetricField][])
  .filter(([metric]) => !NON_ADDITIVE_METRICS.has(metric))
  .map(([, field]) => field)

function tolerance(field: MetricField, values: readonly number[], count: number): number {
  if (MONEY_FIELDS.has(field)) return Math.ceil((count + 1) / 2)
  return values.every(Number.isInteger) ? 0 : (count + 1) * 0.005
}

/** Differences between the rows and the first (listed-rows) totals row, and a filtered-export hint. */
export function checkTotals(rows: readonly ImportRow[], totals: readonly TotalsRow[]): ImportWarning[] {
  const listed = totals.find((total) => !total.account) ?? totals[0]
  if (!listed || rows.length === 0) return []
  const warnings: ImportWarning[] = []
  const sums = sumMetrics(rows)
  for (const field of ADDITIVE_FIELDS) {
    const expected = listed.metrics[field]
    if (typeof expected !== 'number' || !(field in sums)) continue
    const actual = sums[field] ?? 0
    const values = rows.map((row) => row.metrics[field] ?? 0).concat(expected)
    if (Math.abs(actual - expected) > tolerance(field, values, rows.length)) {
      warnings.push({ code: 'totals-mismatch', metric: field, totalsRow: listed.row, expected, actual })
    }
  }
  const account = totals.find((total) => total.account)
  if (account && account !== listed) {
    for (const field of ADDITIVE_FIELDS) {
      const a = account.metrics[field]
      const b = listed.metrics[field]
      if (typeof a === 'number' && typeof b === 'number' && a !== b) {
        warnings.push({
          code: 'totals-differ-from-account',
          totalsRow: listed.row,
          accountRow: account.row,
          metric: field,
        })
        break
      }
    }
  }
  return warnings
}
