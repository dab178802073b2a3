import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addMonthsToDay,
  addWorkdays,
  dayOf,
  dayParts,
  easterSunday,
  formatDay,
  isoWeekday,
  monthOfDay,
  nthWorkdayOfMonth,
  parseDay,
  quarterKey,
  utcInstant,
  zoneOffsetMinutes,
  zonedInstant,
} from './calendar'

const day = (iso: string): number => parseDay(iso)

describe('calendar arithmetic', () => {
  it('agrees with Date for every day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (n) => {
        const date = new Date(n * 86_400_000)
        expect(formatDay(n)).toBe(date.toISOString().slice(0, 10))
        expect(dayParts(n)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          date: date.getUTCDate(),
        })
        const { year, month, date: d } = dayParts(n)
        expect(dayOf(year, month, d)).toBe(n)
        expect(isoWeekday(n)).toBe(((date.getUTCDay() + 6) % 7) + 1)
      }),
    )
  })

  it('formats instants exactly like toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -600, max: 2000 }), (n, minutes) => {
        expect(utcInstant(n, minutes)).toBe(new Date((n * 1440 + minutes) * 60_000).toISOString())
      }),
    )
  })

  it('parses only real calendar dates', () => {
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29')
    expect(() => parseDay('2025-02-29')).toThrow(/not a calendar date/)
    expect(() => parseDay('2025-2-1')).toThrow(/YYYY-MM-DD/)
  })

  it('clamps month arithmetic at month ends (Jan 31 + 1 month is the end of February)', () => {
    expect(formatDay(addMonthsToDay(day('2026-01-31'), 1))).toBe('2026-02-28')
    expect(formatDay(addMonthsToDay(day('2024-01-31'), 1))).toBe('2024-02-29')
    expect(formatDay(addMonthsToDay(day('2025-11-30'), 3))).toBe('2026-02-28')
    expect(formatDay(addMonthsToDay(day('2025-05-15'), 12))).toBe('2026-05-15')
  })

  it('skips weekends when counting workdays', () => {
    expect(formatDay(addWorkdays(day('2026-11-20'), 1))).toBe('2026-11-23') // Friday → Monday
    expect(formatDay(addWorkdays(day('2026-11-23'), -1))).toBe('2026-11-20')
    expect(formatDay(nthWorkdayOfMonth(monthOfDay(day('2026-11-01')), 3))).toBe('2026-11-04') // Nov 1 is a Sunday
  })

  it('applies EU and US daylight-saving rules on the right days', () => {
    expect(zoneOffsetMinutes(day('2026-03-28'), 'Europe/Helsinki')).toBe(120)
    expect(zoneOffsetMinutes(day('2026-03-29'), 'Europe/Helsinki')).toBe(180)
    expect(zoneOffsetMinutes(day('2026-10-25'), 'Europe/Warsaw')).toBe(60)
    expect(zoneOffsetMinutes(day('2026-07-01'), 'Europe/London')).toBe(60)
    expect(zoneOffsetMinutes(day('2026-03-07'), 'America/New_York')).toBe(-300)
    expect(zoneOffsetMinutes(day('2026-03-08'), 'America/New_York')).toBe(-240)
    expect(zoneOffsetMinutes(day('2026-11-01'), 'America/New_York')).toBe(-300)
    expect(zonedInstant(day('2026-11-20'), 13 * 60, 'Europe/Helsinki')).toBe('2026-11-20T11:00:00.000Z')
    expect(() => zoneOffsetMinutes(day('2026-01-01'), 'Mars/Olympus')).toThrow(/time zone/)
  })

  it('knows Easter and calendar quarters', () => {
    expect(formatDay(easterSunday(2025))).toBe('2025-04-20')
    expect(formatDay(easterSunday(2026))).toBe('2026-04-05')
    expect(formatDay(easterSunday(2027))).toBe('2027-03-28')
    expect(quarterKey(monthOfDay(day('2026-08-15')))).toBe('2026-Q3')
  })
})
