import { describe, expect, it } from 'vitest'
import { addDays, calendarRange, daysBetween, shiftAnchor } from './calendar-range'

describe('the calendar’s visible days', () => {
  it('shows a month as whole weeks from Monday to Sunday', () => {
    const range = calendarRange('month', '2026-11-23')
    expect(range.month).toBe('2026-11')
    expect(range.from).toBe('2026-10-26') // Nov 1st 2026 is a Sunday
    expect(range.to).toBe('2026-12-06')
    expect(range.weeks).toHaveLength(6)
    expect(range.weeks.every((week) => week.length === 7)).toBe(true)
  })

  it('needs only four weeks for a February starting on Monday', () => {
    const range = calendarRange('month', '2027-02-10')
    expect(range.weeks).toHaveLength(4)
    expect([range.from, range.to]).toEqual(['2027-02-01', '2027-02-28'])
  })

  it('shows the Monday-to-Sunday week of the anchor, across a year end', () => {
    const range = calendarRange('week', '2026-12-31')
    expect(range.weeks[0]).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ])
    expect(range.month).toBe('2026-12')
  })

  it('moves by months from the first of the month, so Jan 31 goes to February, not March', () => {
    expect(shiftAnchor('month', '2027-01-31', 1)).toBe('2027-02-01')
    expect(shiftAnchor('month', '2027-01-31', -1)).toBe('2026-12-01')
    expect(shiftAnchor('week', '2026-11-23', 1)).toBe('2026-11-30')
  })

  it('counts days across the DST change without drifting', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2)
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
  })
})
