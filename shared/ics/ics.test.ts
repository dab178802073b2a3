import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildCalendar,
  escapeText,
  foldLine,
  icsDateTime,
  icsNextDate,
  parseEvents,
  touchpointsCalendar,
  unescapeText,
  unfold,
  upcomingTouchpoints,
} from './index'

const encoder = new TextEncoder()
const octets = (text: string) => encoder.encode(text).length
/** Decodes strictly: a line cut inside a UTF-8 sequence would throw here. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true })
const NOW = new Date('2026-11-23T08:15:42.123Z')

describe('escaping TEXT values', () => {
  it('escapes backslash, semicolon, comma and every newline form', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('round-trips through unescaping, backslashes before letters included', () => {
    const text = 'C:\\new\\notes; budget, 1 200 €\nnext: \\n literal'
    expect(unescapeText(escapeText(text))).toBe(text)
  })
})

describe('folding content lines at 75 octets', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Short')).toBe('SUMMARY:Short')
  })

  it('folds Bulgarian text without splitting a two-octet Cyrillic letter', () => {
    const line = `SUMMARY:${escapeText('Тримесечен преглед — Дентален център Струма ЕООД, Пловдив; план за следващата година')}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(2)
    parts.forEach((part, index) => {
      expect(octets(part)).toBeLessThanOrEqual(75)
      if (index > 0) expect(part.startsWith(' ')).toBe(true)
      expect(() => strictDecoder.decode(encoder.encode(part))).not.toThrow()
    })
    // Cyrillic letters are two octets, so a greedy fold fills lines to 74 or 75 octets.
    expect(octets(parts[0] ?? '')).toBeGreaterThanOrEqual(74)
    expect(unfold(folded + '\r\n')).toEqual([line])
  })

  it('folds Finnish text with ä and ö, and emoji of four octets, at character boundaries', () => {
    const line = `SUMMARY:Neljännesvuosikatsaus — Kiinteistövälitys Nieminen Oy: ensi vuoden suunnitelmat 🚀🚀🚀 ja säästöt`
    const parts = foldLine(line).split('\r\n')
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75)
      expect([...part].join('')).toBe(part) // no lone surrogate from a split emoji
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    }
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line)
  })

  it('for any text: every line fits, continuation lines start with a space, unfolding restores it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`
        const parts = foldLine(line).split('\r\n')
        for (const [index, part] of parts.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75)
          if (index > 0) expect(part[0]).toBe(' ')
        }
        const [unfolded] = unfold(foldLine(line))
        expect(unescapeText(unfolded?.slice('DESCRIPTION:'.length) ?? '')).toBe(text.replace(/\r\n?/g, '\n'))
      }),
    )
  })
})

describe('dates and stamps', () => {
  it('ends an all-day event on the next day, across month, year and leap days', () => {
    expect(icsNextDate('2026-11-30')).toBe('20261201')
    expect(icsNextDate('2026-12-31')).toBe('20270101')
    expect(icsNextDate('2028-02-28')).toBe('20280229')
  })

  it('stamps in UTC without milliseconds', () => {
    expect(icsDateTime(NOW)).toBe('20261123T081542Z')
  })

  it('refuses a malformed date', () => {
    expect(() =>
      buildCalendar({ now: NOW, events: [{ uid: 'x', date: '2026-13-01', summary: 'x' }] }),
    ).toThrow(RangeError)
  })
})

describe('a calendar file', () => {
  const calendar = buildCalendar({
    now: NOW,
    name: 'Cadence touchpoints',
    events: [
      { uid: 'a@cadence', date: '2026-11-30', summary: 'Квартален преглед — Завод Рила АД' },
      { uid: 'b@cadence', date: '2026-12-04', summary: 'Friday summary; call, mail — Kahvila Aalto Oy' },
    ],
  })

  it('uses CRLF everywhere and ends with one', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('wraps events in a VCALENDAR with version and product id', () => {
    const lines = unfold(calendar)
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Cadence//Touchpoints//EN',
    ])
    expect(lines.at(-1)).toBe('END:VCALENDAR')
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2)
  })

  it('parses back into the same events', () => {
    const events = parseEvents(calendar)
    expect(
      events.map((event) => ({
        uid: event.UID?.value,
        stamp: event.DTSTAMP?.value,
        start: event.DTSTART?.value,
        startType: event.DTSTART?.params.VALUE,
        end: event.DTEND?.value,
        summary: unescapeText(event.SUMMARY?.value ?? ''),
      })),
    ).toEqual([
      {
        uid: 'a@cadence',
        stamp: '20261123T081542Z',
        start: '20261130',
        startType: 'DATE',
        end: '20261201',
        summary: 'Квартален преглед — Завод Рила АД',
      },
      {
        uid: 'b@cadence',
        stamp: '20261123T081542Z',
        start: '20261204',
        startType: 'DATE',
        end: '20261205',
        summary: 'Friday summary; call, mail — Kahvila Aalto Oy',
      },
    ])
  })
})

describe('the touchpoints export', () => {
  const row = (id: string, dueDate: string, status: 'due' | 'done' | 'skipped' = 'due') => ({
    id,
    dueDate,
    status,
    deletedAt: null,
    kind: 'quarterly-review' as const,
  })
  const rows = [
    row('late', '2026-11-20'),
    row('today', '2026-11-23'),
    row('done', '2026-11-25', 'done'),
    row('skipped', '2026-11-26', 'skipped'),
    row('last', '2027-02-21'),
    row('beyond', '2027-02-22'),
    { ...row('deleted', '2026-11-24'), deletedAt: '2026-11-01T00:00:00.000Z' },
  ]

  it('keeps what is still due from today through 90 days, by date', () => {
    expect(upcomingTouchpoints(rows, '2026-11-23').map((r) => r.id)).toEqual(['today', 'last'])
  })

  it('writes one event per touchpoint with a UID that stays the same on every export', () => {
    const first = touchpointsCalendar({
      touchpoints: rows,
      today: '2026-11-23',
      now: NOW,
      summaryOf: (r) => `Quarterly review — ${r.id}`,
    })
    const later = touchpointsCalendar({
      touchpoints: rows,
      today: '2026-11-23',
      now: new Date('2026-11-24T10:00:00Z'),
      summaryOf: (r) => `Quarterly review — ${r.id}`,
    })
    expect(first.count).toBe(2)
    const uids = (text: string) => parseEvents(text).map((event) => event.UID?.value)
    expect(uids(first.content)).toEqual(['today@cadence', 'last@cadence'])
    expect(uids(later.content)).toEqual(uids(first.content))
  })
})
