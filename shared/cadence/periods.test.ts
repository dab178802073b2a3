import { describe, expect, it } from 'vitest'
import {
  coopQuarterKey,
  coopYearKey,
  parseCoopQuarterKey,
  parseCoopYearKey,
  QUARTER_AIMS,
  quarterAim,
} from './index'
import { coopQuarterOfIndex } from './periods'

describe('cooperation period keys and quarter aims', () => {
  it('maps each quarter of any cooperation year to its aim', () => {
    expect(quarterAim('coop-Y1-Q1')).toBe('q1-close-startup')
    expect(quarterAim('coop-Y1-Q2')).toBe('q2-non-standard-actions')
    expect(quarterAim('coop-Y1-Q3')).toBe('q3-control-next-year')
    expect(quarterAim('coop-Y1-Q4')).toBe('q4-year-to-year')
    expect(quarterAim('coop-Y2-Q1')).toBe('q1-close-startup')
    expect(quarterAim('coop-Y12-Q3')).toBe('q3-control-next-year')
  })

  it('has no aim for keys that are not cooperation quarters', () => {
    for (const key of [
      '2026-W47',
      '2026-11',
      'coop-Y1',
      'coop-Y0-Q1',
      'coop-Y1-Q5',
      'coop-Y01-Q1',
      ' coop-Y1-Q1',
    ]) {
      expect(quarterAim(key)).toBeNull()
    }
  })

  it('numbers quarters continuously: the 5th quarter is the first of year 2', () => {
    expect([1, 4, 5, 8, 9].map((i) => coopQuarterKey(coopQuarterOfIndex(i)))).toEqual([
      'coop-Y1-Q1',
      'coop-Y1-Q4',
      'coop-Y2-Q1',
      'coop-Y2-Q4',
      'coop-Y3-Q1',
    ])
  })

  it('round-trips keys', () => {
    expect(parseCoopQuarterKey(coopQuarterKey({ year: 3, quarter: 2 }))).toEqual({ year: 3, quarter: 2 })
    expect(parseCoopYearKey(coopYearKey(4))).toBe(4)
    expect(parseCoopYearKey('coop-Y1-Q1')).toBeNull()
    expect(QUARTER_AIMS).toHaveLength(4)
  })
})
