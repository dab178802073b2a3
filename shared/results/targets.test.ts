import { describe, expect, it } from 'vitest'
import { metricDefinitions } from './metrics'
import { resolvePeriod } from './periods'
import { findTarget, indexTargets, type ResultTarget } from './targets'

const C = '00000000-0000-4000-8000-000000000001'
const defs = new Map(metricDefinitions([]).map((d) => [d.key, d]))
const conversions = defs.get('conversions')!
const followers = defs.get('followers')!
const start = '2025-02-10'

function target(
  kpi: string,
  periodKind: ResultTarget['periodKind'],
  period: string,
  value: number,
  extra: Partial<ResultTarget> = {},
): ResultTarget {
  return { clientId: C, kpi, periodKind, period, value, ...extra }
}

describe('findTarget', () => {
  const targets = indexTargets(
    [
      target('conversions', 'month', '2025-05', 70),
      target('conversions', 'month', '2025-06', 80),
      target('conversions', 'month', '2025-07', 75),
      target('conversions', 'quarter', '2025-Q3', 260, { updatedAt: '2025-06-01T00:00:00Z' }),
      target('conversions', 'quarter', '2025-Q3', 250, { updatedAt: '2025-06-20T00:00:00Z' }),
      target('conversions', 'year', '2025', 999, { deletedAt: '2025-01-02T00:00:00Z' }),
      target('conversions', 'year', '2026', 5, { clientId: '00000000-0000-4000-8000-000000000002' }),
      target('followers', 'month', '2025-05', 1_000),
      target('followers', 'month', '2025-06', 1_100),
      target('followers', 'month', '2025-07', 1_200),
    ],
    C,
  )

  it('uses the target set for exactly the period, the one updated last', () => {
    expect(findTarget(targets, conversions, resolvePeriod('2025-06', start))).toEqual({
      value: 80,
      source: 'period',
    })
    expect(findTarget(targets, conversions, resolvePeriod('2025-Q3', start))).toEqual({
      value: 250,
      source: 'period',
    })
  })

  it('sums monthly targets of a sum metric over a period without its own target', () => {
    // coop-Y1-Q2 = May–July 2025
    expect(findTarget(targets, conversions, resolvePeriod('coop-Y1-Q2', start))).toEqual({
      value: 225,
      source: 'months',
    })
    expect(findTarget(targets, followers, resolvePeriod('coop-Y1-Q2', start))).toBeNull()
  })

  it('has no target when a month lacks one, for deleted targets or other clients', () => {
    expect(findTarget(targets, conversions, resolvePeriod('2025-Q2', start))).toBeNull()
    expect(findTarget(targets, conversions, resolvePeriod('2025', start))).toBeNull()
    expect(findTarget(targets, conversions, resolvePeriod('2026', start))).toBeNull()
  })

  it('uses a calendar quarter’s target for a cooperation quarter that coincides with it', () => {
    // Start in July: coop-Y1-Q1 is July–September, calendar 2025-Q3.
    expect(findTarget(targets, conversions, resolvePeriod('coop-Y1-Q1', '2025-07-01'))).toEqual({
      value: 250,
      source: 'period',
    })
  })
})
