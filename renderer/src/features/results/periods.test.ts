import { describe, expect, it } from 'vitest'
import { formatMonthLong, formatPeriod, lastMonthOf, latestPeriodUpTo, periodKindOf } from './periods'

describe('results period keys', () => {
  it('knows the kind of calendar keys only', () => {
    expect(periodKindOf('2026-10')).toBe('month')
    expect(periodKindOf('2026-Q4')).toBe('quarter')
    expect(periodKindOf('2026')).toBe('year')
    expect(periodKindOf('coop-Y1')).toBeNull()
    expect(periodKindOf('2026-13')).toBeNull()
  })

  it('finds the last month of a quarter and a year', () => {
    expect(lastMonthOf('2026-Q3')).toBe('2026-09')
    expect(lastMonthOf('2026')).toBe('2026-12')
    expect(lastMonthOf('2026-04')).toBe('2026-04')
  })

  it('offers the latest quarter and year that have ended with the month', () => {
    expect(latestPeriodUpTo('month', '2026-10')).toBe('2026-10')
    expect(latestPeriodUpTo('quarter', '2026-09')).toBe('2026-Q3')
    expect(latestPeriodUpTo('quarter', '2026-10')).toBe('2026-Q3')
    expect(latestPeriodUpTo('quarter', '2026-11')).toBe('2026-Q3')
    expect(latestPeriodUpTo('quarter', '2026-01')).toBe('2025-Q4')
    expect(latestPeriodUpTo('year', '2026-12')).toBe('2026')
    expect(latestPeriodUpTo('year', '2026-10')).toBe('2025')
  })

  it('spells periods out for titles', () => {
    expect(formatMonthLong('2026-10', 'en')).toBe('October 2026')
    expect(formatMonthLong('2026-10', 'fi')).toBe('lokakuu 2026')
    expect(formatPeriod('2026-Q4', 'en', (q, y) => `Q${q} ${y}`)).toBe('Q4 2026')
    expect(formatPeriod('2026', 'pl', () => '')).toBe('2026')
  })
})
