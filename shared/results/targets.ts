/**
 * The target a report period is measured against (targets per client, KPI and calendar
 * period: shared/schemas/target.ts).
 *
 * Policy: a target set for exactly the period wins (a cooperation quarter that coincides with
 * a calendar quarter uses that quarter's target). Otherwise a sum metric's target is the sum
 * of the monthly targets of every month in the period — only when each month has one. Nothing
 * is pro-rated or guessed: a period without a target has none (null). When several live
 * targets name the same KPI and period, the one updated last counts.
 */
import type { TargetInput } from '../schemas/target'
import type { MetricDefinition } from './metrics'
import { calendarQuarterKey } from './months'
import type { ResultsPeriod } from './periods'

/** A target as stored (record fields optional so tests can build targets plainly). */
export type ResultTarget = TargetInput & { id?: string; updatedAt?: string; deletedAt?: string | null }

/** A target value and how it was found. */
export type FoundTarget = { value: number; source: 'period' | 'months' }

/** The calendar key of a period's months when they form one calendar month, quarter or year. */
export function calendarKeyOf(period: ResultsPeriod): string | null {
  const first = period.months[0]
  if (first === undefined) return null
  const month0 = Number(first.slice(5, 7)) - 1
  if (period.kind === 'month') return first
  if (period.kind === 'quarter') return month0 % 3 === 0 ? calendarQuarterKey(first) : null
  return month0 === 0 ? first.slice(0, 4) : null
}

/** A client's live targets by `kind|period|kpi`, latest update winning. */
export function indexTargets(targets: readonly ResultTarget[], clientId: string): Map<string, ResultTarget> {
  const byKey = new Map<string, ResultTarget>()
  for (const target of targets) {
    if (target.clientId !== clientId || (target.deletedAt ?? null) !== null) continue
    const key = `${target.periodKind}|${target.period}|${target.kpi}`
    const current = byKey.get(key)
    if (!current || (target.updatedAt ?? '') >= (current.updatedAt ?? '')) byKey.set(key, target)
  }
  return byKey
}

/** The target for a metric over a period, or null. */
export function findTarget(
  targets: Map<string, ResultTarget>,
  definition: MetricDefinition,
  period: ResultsPeriod,
): FoundTarget | null {
  const key = calendarKeyOf(period)
  const exact = key === null ? undefined : targets.get(`${period.kind}|${key}|${definition.key}`)
  if (exact) return { value: exact.value, source: 'period' }
  if (period.kind === 'month' || definition.aggregation !== 'sum') return null
  let sum = 0
  for (const month of period.months) {
    const monthly = targets.get(`month|${month}|${definition.key}`)
    if (!monthly) return null
    sum += monthly.value
  }
  return { value: sum, source: 'months' }
}
