import { describe, expect, it } from 'vitest'
import { decreasesToPrefill, isExplained, metricOfDecrease } from './commentary-decreases'
import { toFinding } from './findings'
import { metricDefinitions } from './metrics'

const CLIENT = '00000000-0000-4000-8000-0000000000a1'
const KPI = '00000000-0000-4000-8000-0000000000b1'
const definitions = metricDefinitions([
  { id: KPI, name: 'Bookings', unit: '', higherIsBetter: true, aggregation: 'sum' },
])
const decrease = (metric: string, month = '2026-10') =>
  toFinding(CLIENT, { kind: 'unexplained-decrease', month, metric })

describe('metricOfDecrease', () => {
  it('finds a metric by key or by a custom KPI’s name, in any case', () => {
    expect(metricOfDecrease('conversions', definitions)?.key).toBe('conversions')
    expect(metricOfDecrease(' Conversions ', definitions)?.key).toBe('conversions')
    expect(metricOfDecrease('bookings', definitions)?.key).toBe(KPI)
    expect(metricOfDecrease(KPI, definitions)?.key).toBe(KPI)
    expect(metricOfDecrease('sales', definitions)).toBeNull()
    expect(metricOfDecrease('  ', definitions)).toBeNull()
  })
})

describe('isExplained', () => {
  it('needs both the cause and the fix', () => {
    expect(isExplained({ cause: 'Tracking broke', fix: 'Tag fixed' })).toBe(true)
    expect(isExplained({ cause: 'Tracking broke', fix: ' ' })).toBe(false)
    expect(isExplained({ cause: '', fix: 'Tag fixed' })).toBe(false)
  })
})

describe('decreasesToPrefill', () => {
  it('lists each unexplained decrease without a row once, in the findings’ order', () => {
    const findings = [
      decrease('conversions'),
      toFinding(CLIENT, { kind: 'outlier', month: '2026-10', metric: 'clicks' }),
      decrease(KPI),
      decrease('leads'),
      decrease('conversions', '2026-11'),
    ]
    expect(decreasesToPrefill(findings, [], definitions)).toEqual(['conversions', KPI, 'leads'])
    // a row already names the custom KPI (by name) and leads: only conversions is left
    expect(decreasesToPrefill(findings, [{ metric: 'Bookings' }, { metric: 'leads' }], definitions)).toEqual([
      'conversions',
    ])
  })
})
