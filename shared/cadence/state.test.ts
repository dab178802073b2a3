import { describe, expect, it } from 'vitest'
import { calendarDateIn, touchpointState } from './index'

describe('touchpointState', () => {
  const due = (dueDate: string) => ({ status: 'due' as const, dueDate })

  it('is overdue from the day after the due date, due today on it, upcoming before', () => {
    expect(touchpointState(due('2026-11-16'), '2026-11-17')).toBe('overdue')
    expect(touchpointState(due('2026-11-16'), '2026-11-16')).toBe('due-today')
    expect(touchpointState(due('2026-11-16'), '2026-11-15')).toBe('upcoming')
    expect(touchpointState(due('2026-12-31'), '2027-01-01')).toBe('overdue')
  })

  it('lets a done or skipped status win over the date', () => {
    expect(touchpointState({ status: 'done', dueDate: '2026-01-01' }, '2026-11-16')).toBe('done')
    expect(touchpointState({ status: 'skipped', dueDate: '2027-01-01' }, '2026-11-16')).toBe('skipped')
  })

  it('refuses a malformed today rather than comparing strings wrongly', () => {
    expect(() => touchpointState(due('2026-11-16'), '16.11.2026')).toThrow('Today "16.11.2026"')
  })
})

describe('calendarDateIn', () => {
  it('gives the date of the instant in the zone, across midnight and DST', () => {
    expect(calendarDateIn('2026-11-15T22:30:00Z', 'Europe/Helsinki')).toBe('2026-11-16')
    expect(calendarDateIn('2026-11-15T22:30:00Z', 'America/New_York')).toBe('2026-11-15')
    // Helsinki leaves DST at 04:00 local on Oct 25 2026; 21:30Z is 23:30 local (+02:00).
    expect(calendarDateIn(Date.parse('2026-10-25T21:30:00Z'), 'Europe/Helsinki')).toBe('2026-10-25')
    expect(calendarDateIn(new Date('2026-03-29T21:30:00Z'), 'Europe/Helsinki')).toBe('2026-03-30')
  })

  it('refuses something that is not an instant', () => {
    expect(() => calendarDateIn('soon', 'UTC')).toThrow(RangeError)
  })
})
