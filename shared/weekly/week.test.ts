import { describe, expect, it } from 'vitest'
import { addDays, weeklyWeek } from './week'

const OFFICE = { workdays: [1, 2, 3, 4, 5], holidays: [] as string[] }

describe('weeklyWeek', () => {
  it('holds the weekly on Friday and plans next Monday to Sunday, whatever day it is asked', () => {
    for (const today of ['2026-11-16', '2026-11-20', '2026-11-22']) {
      expect(weeklyWeek(today, OFFICE)).toEqual({
        weekKey: '2026-W47',
        monday: '2026-11-16',
        sunday: '2026-11-22',
        weeklyDate: '2026-11-20',
        nextWeek: { from: '2026-11-23', to: '2026-11-29' },
      })
    }
  })

  it('moves the weekly to the last business day when Friday is a holiday (Good Friday)', () => {
    expect(weeklyWeek('2026-04-01', { ...OFFICE, holidays: ['2026-04-03'] }).weeklyDate).toBe('2026-04-02')
  })

  it('follows a four-day week and keeps Friday for a week with no business day', () => {
    expect(weeklyWeek('2026-11-18', { workdays: [1, 2, 3, 4], holidays: [] }).weeklyDate).toBe('2026-11-19')
    const closed = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25']
    expect(weeklyWeek('2026-12-22', { ...OFFICE, holidays: closed }).weeklyDate).toBe('2026-12-25')
  })

  it('names the ISO week across a year boundary and rejects a non-date', () => {
    expect(weeklyWeek('2026-12-31', OFFICE).weekKey).toBe('2026-W53')
    expect(weeklyWeek('2027-01-01', OFFICE).weekKey).toBe('2026-W53')
    expect(() => weeklyWeek('2026-02-30', OFFICE)).toThrow(/2026-02-30/)
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})
