import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addBusinessMinutes,
  businessMinutesBetween,
  monthlyCompliance,
  slaStatus,
  type BusinessCalendar,
  type ComplianceItem,
} from './index'

// Zones with DST at midnight (Sao Paulo 2018–19), half-hour DST (Lord Howe), a skipped day
// (Apia, 30 Dec 2011), a +05:45 offset (Kathmandu) and none at all (Tokyo, UTC).
const ZONES = [
  'Europe/Helsinki',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'UTC',
]
const FIRST = Date.UTC(2011, 0, 1)
const LAST = Date.UTC(2026, 11, 31)
const DAY_MS = 86_400_000

const pad = (n: number): string => String(n).padStart(2, '0')
const clock = (minute: number): string => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`
const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

const instantArb = fc.integer({ min: FIRST, max: LAST }).map((ms) => new Date(ms).toISOString())

/** Calendars with hours anywhere in the day — DST shifts can fall inside the window. */
const anyCalendarArb = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    startMinute: fc.integer({ min: 0, max: 1437 }),
    length: fc.integer({ min: 30, max: 1439 }),
    workdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    holidays: fc.array(fc.integer({ min: FIRST, max: LAST }).map(date), { maxLength: 20 }),
  })
  .map(({ timezone, startMinute, length, workdays, holidays }): BusinessCalendar => ({
    timezone,
    start: clock(startMinute),
    end: clock(Math.min(startMinute + length, 1439)),
    workdays,
    holidays,
  }))

/** Office-like calendars (opening 05:00–12:00, closing 13:00–23:59), clear of DST hours. */
const officeCalendarArb = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    startMinute: fc.integer({ min: 300, max: 720 }),
    endMinute: fc.integer({ min: 780, max: 1439 }),
    workdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    holidays: fc.array(fc.integer({ min: FIRST, max: LAST }).map(date), { maxLength: 20 }),
  })
  .map(({ timezone, startMinute, endMinute, workdays, holidays }): BusinessCalendar => ({
    timezone,
    start: clock(startMinute),
    end: clock(endMinute),
    workdays,
    holidays,
  }))

const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }

/** An independent reading of the client's wall clock through Intl, not through the module. */
function wallClock(ms: number, timezone: string): { date: string; weekday: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms))
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: WEEKDAY[part('weekday')] ?? 0,
    minute: Number(part('hour')) * 60 + Number(part('minute')),
  }
}

const minutesOf = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5))

describe('addBusinessMinutes properties', () => {
  it('is monotonic in minutes', () => {
    fc.assert(
      fc.property(
        anyCalendarArb,
        instantArb,
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (calendar, from, a, b) => {
          const early = Date.parse(addBusinessMinutes(from, Math.min(a, b), calendar))
          const late = Date.parse(addBusinessMinutes(from, Math.max(a, b), calendar))
          expect(early).toBeLessThanOrEqual(late)
          if (a !== b) expect(early).toBeLessThan(late)
        },
      ),
    )
  })

  it('is undone by businessMinutesBetween, from inside or outside opening hours', () => {
    fc.assert(
      fc.property(
        anyCalendarArb,
        instantArb,
        fc.integer({ min: 1, max: 5_000 }),
        (calendar, from, minutes) => {
          expect(businessMinutesBetween(from, addBusinessMinutes(from, minutes, calendar), calendar)).toBe(
            minutes,
          )
        },
      ),
    )
  })

  it('lands inside opening hours on a business day, or exactly at a closing time', () => {
    fc.assert(
      fc.property(
        officeCalendarArb,
        instantArb,
        fc.integer({ min: 1, max: 5_000 }),
        (calendar, from, minutes) => {
          const result = Date.parse(addBusinessMinutes(from, minutes, calendar))
          // The millisecond just before the result was business time (so the result is inside a
          // window or at its closing instant), read through an independent clock.
          const wall = wallClock(result - 1, calendar.timezone)
          expect(calendar.workdays).toContain(wall.weekday)
          expect(calendar.holidays).not.toContain(wall.date)
          expect(wall.minute).toBeGreaterThanOrEqual(minutesOf(calendar.start))
          expect(wall.minute).toBeLessThan(minutesOf(calendar.end))
        },
      ),
    )
  })

  it('adds between two instants the sum of their parts', () => {
    fc.assert(
      fc.property(
        anyCalendarArb,
        instantArb,
        fc.integer({ min: 0, max: 20 * DAY_MS }),
        (calendar, from, span) => {
          const to = new Date(Date.parse(from) + span).toISOString()
          const middle = new Date(Date.parse(from) + Math.floor(span / 3)).toISOString()
          const whole = businessMinutesBetween(from, to, calendar)
          const parts =
            businessMinutesBetween(from, middle, calendar) + businessMinutesBetween(middle, to, calendar)
          expect(Math.round(parts * 60_000)).toBe(Math.round(whole * 60_000))
          expect(whole).toBeLessThanOrEqual(span / 60_000)
        },
      ),
    )
  })
})

describe('slaStatus and monthlyCompliance properties', () => {
  const policyArb = fc
    .record({ target: fc.integer({ min: 1, max: 24 }), extra: fc.integer({ min: 0, max: 24 }) })
    .map(({ target, extra }) => ({ targetHours: target / 2, limitHours: (target + extra) / 2 }))

  it('keeps the state and the signs of the minutes left in step', () => {
    fc.assert(
      fc.property(
        officeCalendarArb,
        instantArb,
        fc.integer({ min: 0, max: 10 * DAY_MS }),
        policyArb,
        (calendar, receivedAt, wait, sla) => {
          const now = new Date(Date.parse(receivedAt) + wait).toISOString()
          const status = slaStatus({ receivedAt, repliedAt: null }, now, calendar, sla)
          expect(status.state === 'on-time').toBe(status.minutesToTarget >= 0)
          expect(status.state === 'past-limit').toBe(status.minutesToLimit < 0)
          expect(Date.parse(status.targetAt)).toBeLessThanOrEqual(Date.parse(status.limitAt))
        },
      ),
    )
  })

  it('partitions every month’s items into within-limit, late and open, as slaStatus judges them', () => {
    const itemArb = fc.record({
      clientId: fc.constantFrom('a', 'b', 'c'),
      handlerId: fc.constantFrom('x', 'y', null),
      receivedAt: fc.integer({ min: Date.UTC(2025, 0, 25), max: Date.UTC(2025, 2, 5) }),
      replyAfter: fc.option(fc.integer({ min: 0, max: 5 * DAY_MS })),
    })
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 40 }), officeCalendarArb, (raw, calendar) => {
        const items: ComplianceItem[] = raw.map((r) => ({
          clientId: r.clientId,
          handlerId: r.handlerId,
          receivedAt: new Date(r.receivedAt).toISOString(),
          repliedAt: r.replyAfter === null ? null : new Date(r.receivedAt + r.replyAfter).toISOString(),
        }))
        const result = monthlyCompliance(items, '2025-02', '2025-03-01T12:00:00Z', () => calendar, {
          targetHours: 3,
          limitHours: 6,
        })
        for (const row of [result.overall, ...result.byClient, ...result.byHandler]) {
          expect(row.repliedWithinLimit + row.late + row.open).toBe(row.total)
          expect(row.repliedWithinTarget).toBeLessThanOrEqual(row.repliedWithinLimit)
        }
        // The same counts again from slaStatus, item by item, months read through Intl.
        const expected = { total: 0, repliedWithinTarget: 0, repliedWithinLimit: 0, late: 0, open: 0 }
        for (const item of items) {
          if (!wallClock(Date.parse(item.receivedAt), calendar.timezone).date.startsWith('2025-02')) continue
          const status = slaStatus(item, '2025-03-01T12:00:00Z', calendar, { targetHours: 3, limitHours: 6 })
          expected.total++
          if (status.repliedWithinTarget === true) expected.repliedWithinTarget++
          if (status.repliedWithinLimit === true) expected.repliedWithinLimit++
          else if (status.replied || status.state === 'past-limit') expected.late++
          else expected.open++
        }
        expect(result.overall).toMatchObject(expected)
        const sum = (rows: { total: number }[]): number => rows.reduce((total, row) => total + row.total, 0)
        expect(sum(result.byClient)).toBe(result.overall.total)
        expect(sum(result.byHandler)).toBe(result.overall.total)
      }),
    )
  })
})
