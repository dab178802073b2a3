import { describe, expect, it } from 'vitest'
import {
  addMonths,
  calendarQuarterKey,
  lastCompleteMonth,
  monthIndex,
  monthOfDate,
  monthRange,
  MonthFormatError,
} from './months'

describe('month arithmetic', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(addMonths('2026-01', -25)).toBe('2023-12')
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthRange('2026-02', '2025-11')).toEqual([])
  })

  it('reads months of dates and calendar quarters', () => {
    expect(monthOfDate('2024-02-29')).toBe('2024-02')
    expect(calendarQuarterKey('2026-09')).toBe('2026-Q3')
    expect(calendarQuarterKey('2026-10')).toBe('2026-Q4')
    expect(monthIndex('2026-01') - monthIndex('2025-12')).toBe(1)
  })

  it('rejects text that is not a month', () => {
    expect(() => monthIndex('2026-13')).toThrow(MonthFormatError)
    expect(() => monthIndex('2026-1')).toThrow(MonthFormatError)
    expect(() => monthOfDate('2026-01')).toThrow(MonthFormatError)
  })
})

describe('lastCompleteMonth', () => {
  it('is the month before today’s, across the year end', () => {
    expect(lastCompleteMonth('2026-11-23')).toBe('2026-10')
    expect(lastCompleteMonth('2026-11-30')).toBe('2026-10')
    expect(lastCompleteMonth('2027-01-01')).toBe('2026-12')
  })
})
