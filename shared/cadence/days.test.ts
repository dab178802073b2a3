import { getISOWeek, getISOWeekYear } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMonthsClamped, formatDay, isoWeekday, isoWeekKey, parseDay } from './days'

const day = (text: string): number => {
  const parsed = parseDay(text)
  if (parsed === null) throw new Error(`bad fixture ${text}`)
  return parsed
}

describe('calendar-day arithmetic', () => {
  it('parses only real dates', () => {
    expect(parseDay('2024-02-29')).not.toBeNull()
    for (const bad of ['2025-02-29', '2026-13-01', '2026-04-31', '2026-1-01', '20260101', '']) {
      expect(parseDay(bad)).toBeNull()
    }
    expect(formatDay(day('0050-06-15'))).toBe('0050-06-15')
  })

  it('adds months from the original date, clamped to month ends', () => {
    const add = (text: string, months: number): string => formatDay(addMonthsClamped(day(text), months))
    expect(add('2025-01-31', 1)).toBe('2025-02-28')
    expect(add('2024-01-31', 1)).toBe('2024-02-29')
    expect(add('2025-01-31', 3)).toBe('2025-04-30')
    expect(add('2025-01-31', 6)).toBe('2025-07-31')
    expect(add('2024-02-29', 12)).toBe('2025-02-28')
    expect(add('2024-02-29', 48)).toBe('2028-02-29')
    expect(add('2025-11-30', 3)).toBe('2026-02-28')
    expect(add('2025-12-15', -12)).toBe('2024-12-15')
  })

  it('agrees with date-fns on ISO weeks and weekdays for every date 1990–2060', () => {
    const first = day('1990-01-01')
    const last = day('2060-12-31')
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const [y, m, d] = formatDay(n).split('-').map(Number) as [number, number, number]
        const local = new Date(y, m - 1, d, 12)
        const expected = `${String(getISOWeekYear(local))}-W${String(getISOWeek(local)).padStart(2, '0')}`
        expect(isoWeekKey(n)).toBe(expected)
        expect(isoWeekday(n)).toBe(local.getDay() === 0 ? 7 : local.getDay())
      }),
      { numRuns: 2000 },
    )
    expect(isoWeekKey(day('2026-11-16'))).toBe('2026-W47')
    expect(isoWeekKey(day('2027-01-01'))).toBe('2026-W53')
  })
})
