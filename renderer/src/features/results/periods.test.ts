import { describe, expect, it } from 'vitest'
import { formatMonthLong, formatPeriod, lastMonthOf, periodContaining, periodKindOf } from './periods'

describe('results period keys', () => {
  it('knows the kind of calendar keys only', () => {
    expect(periodKindOf('2026-10')).toBe('month')
    expect(periodKindOf('2026-Q4')).toBe('quarter')
    expect(periodKindOf('2026')).toBe('year')
    expect(periodKindOf('coop-Y1')).toBeNull()
    expect(periodKindOf('2026-13')).toBeNull()
  })

  it('finds the quarter and year of a month, and the last month of each', () => {
    expect(periodContaining('quarter', '2026-11')).toBe('2026-Q4')
    expect(periodContaining('year', '2026-11')).toBe('2026')
    expect(lastMonthOf('2026-Q3')).toBe('2026-09')
    expect(lastMonthOf('2026')).toBe('2026-12')
    expect(lastMonthOf('2026-04')).toBe('2026-04')
  })

  it('spells periods out for titles', () => {
    expect(formatMonthLong('2026-10', 'en')).toBe('October 2026')
    expect(formatMonthLong('2026-10', 'fi')).toBe('lokakuu 2026')
    expect(formatPeriod('2026-Q4', 'en', (q, y) => `Q${q} ${y}`)).toBe('Q4 2026')
    expect(formatPeriod('2026', 'pl', () => '')).toBe('2026')
  })
})
