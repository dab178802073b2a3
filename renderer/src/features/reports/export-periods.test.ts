import { describe, expect, it } from 'vitest'
import { exportableMonths, exportablePeriods } from './export-periods'

describe('exportable periods', () => {
  it('offers every month from the cooperation start to the last one ended, newest first', () => {
    expect(exportableMonths({ cooperationStart: '2026-07-15' }, '2026-11-23')).toEqual([
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
    ])
  })

  it('offers the last ended month even to a client whose cooperation starts later', () => {
    expect(exportableMonths({ cooperationStart: '2027-01-01' }, '2026-11-23')).toEqual(['2026-10'])
  })

  it('offers the quarters and years those months close', () => {
    const months = exportableMonths({ cooperationStart: '2024-11-01' }, '2026-11-23')
    expect(exportablePeriods('quarterly', months).slice(0, 3)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1'])
    expect(exportablePeriods('quarterly', months).at(-1)).toBe('2024-Q4')
    expect(exportablePeriods('annual', months)).toEqual(['2025', '2024'])
    expect(exportablePeriods('monthly', months)).toEqual(months)
  })
})
