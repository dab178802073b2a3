import { describe, expect, it } from 'vitest'
import { monthRange } from './months'
import {
  baselineWindow,
  PeriodKeyError,
  previousPeriod,
  resolvePeriod,
  samePeriodLastYear,
  shiftPeriod,
} from './periods'

describe('report periods', () => {
  const start = '2024-05-15'

  it('resolves calendar months, quarters and years', () => {
    expect(resolvePeriod('2026-03', start)).toEqual({
      key: '2026-03',
      kind: 'month',
      scheme: 'calendar',
      months: ['2026-03'],
    })
    expect(resolvePeriod('2025-Q4', start).months).toEqual(['2025-10', '2025-11', '2025-12'])
    expect(resolvePeriod('2025', start).months).toEqual(monthRange('2025-01', '2025-12'))
  })

  it('counts cooperation quarters and years from the month the cooperation started', () => {
    expect(resolvePeriod('coop-Y1-Q1', start)).toEqual({
      key: 'coop-Y1-Q1',
      kind: 'quarter',
      scheme: 'cooperation',
      months: ['2024-05', '2024-06', '2024-07'],
    })
    expect(resolvePeriod('coop-Y2-Q3', start).months).toEqual(['2025-11', '2025-12', '2026-01'])
    expect(resolvePeriod('coop-Y2', start).months).toEqual(monthRange('2025-05', '2026-04'))
  })

  it('names comparison periods, and none for cooperation periods before the start', () => {
    const q = resolvePeriod('coop-Y2-Q1', start)
    expect(previousPeriod(q, start).key).toBe('coop-Y1-Q4')
    expect(samePeriodLastYear(q, start).key).toBe('coop-Y1-Q1')
    const first = resolvePeriod('coop-Y1-Q1', start)
    expect(previousPeriod(first, start)).toEqual({
      key: null,
      kind: 'quarter',
      scheme: 'cooperation',
      months: ['2024-02', '2024-03', '2024-04'],
    })
    expect(previousPeriod(resolvePeriod('2026-01', start), start).key).toBe('2025-12')
    expect(previousPeriod(resolvePeriod('2026-Q1', start), start).key).toBe('2025-Q4')
    expect(samePeriodLastYear(resolvePeriod('2026', start), start).key).toBe('2025')
    expect(shiftPeriod(resolvePeriod('coop-Y2', start), -12, start).key).toBe('coop-Y1')
  })

  it('puts the baseline in the twelve months before the start month', () => {
    expect(baselineWindow(start)).toEqual(monthRange('2023-05', '2024-04'))
    expect(baselineWindow(start, 3)).toEqual(['2024-02', '2024-03', '2024-04'])
  })

  it('rejects keys that name no period', () => {
    for (const key of ['2026-W47', 'coop-Y0-Q1', 'coop-Y1-Q5', '26', '2026-Q5', '']) {
      expect(() => resolvePeriod(key, start)).toThrow(PeriodKeyError)
    }
  })
})
