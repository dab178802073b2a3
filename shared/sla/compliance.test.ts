import { describe, expect, it } from 'vitest'
import { monthlyCompliance, type BusinessCalendar, type ComplianceItem } from './index'

const base = { start: '09:00', end: '17:00', workdays: [1, 2, 3, 4, 5], holidays: [] }
const CALENDARS: Record<string, BusinessCalendar> = {
  hel: { ...base, timezone: 'Europe/Helsinki' },
  ny: { ...base, timezone: 'America/New_York' },
}
const calendarFor = (item: ComplianceItem): BusinessCalendar => {
  const calendar = CALENDARS[item.clientId]
  if (!calendar) throw new Error(`no calendar for ${item.clientId}`)
  return calendar
}
const SLA = { targetHours: 3, limitHours: 6 }
// Tuesday 1 April 2025, 10:00 in New York (EDT).
const NOW = '2025-04-01T14:00:00Z'

const item = (
  clientId: string,
  handlerId: string | null,
  receivedAt: string,
  repliedAt: string | null,
): ComplianceItem => ({ clientId, handlerId, receivedAt, repliedAt })

const ITEMS: ComplianceItem[] = [
  // Helsinki, Tue 4 Mar: replied after 1 h (within target).
  item('hel', 'h1', '2025-03-04T10:00:00+02:00', '2025-03-04T11:00:00+02:00'),
  // Replied after 5 h: within limit, past target.
  item('hel', 'h1', '2025-03-04T10:00:00+02:00', '2025-03-04T15:00:00+02:00'),
  // Replied the next day after 10 business hours: late.
  item('hel', 'h2', '2025-03-04T10:00:00+02:00', '2025-03-05T12:00:00+02:00'),
  // 23:30Z on 28 Feb is Saturday 1 March in Helsinki: a March item, counted from Monday 09:00.
  item('hel', 'h1', '2025-02-28T23:30:00Z', '2025-03-03T10:00:00+02:00'),
  // …but still Friday 28 February in New York: a February item.
  item('ny', 'h2', '2025-02-28T23:30:00Z', '2025-03-03T10:00:00-05:00'),
  // 23:30Z on 31 March is still March in New York; unanswered, 1 business hour used by now: open.
  item('ny', null, '2025-03-31T23:30:00Z', null),
  // Unanswered since Friday 28 March 10:00: 16 business hours by now, past limit: late.
  item('ny', 'h2', '2025-03-28T10:00:00-04:00', null),
  // Unanswered since Monday 31 March 13:00: 5 business hours, past target but not limit: open.
  item('ny', 'h1', '2025-03-31T13:00:00-04:00', null),
  // Received in April in Helsinki (2 business hours ago): not in March.
  item('hel', 'h1', '2025-04-01T15:00:00+03:00', null),
]

describe('monthlyCompliance', () => {
  it('counts March per client and per handler, open items past the limit as late', () => {
    const march = monthlyCompliance(ITEMS, '2025-03', NOW, calendarFor, SLA)
    expect(march).toEqual({
      month: '2025-03',
      overall: {
        total: 7,
        repliedWithinTarget: 2,
        repliedWithinLimit: 3,
        late: 2,
        open: 2,
        shareWithinLimit: 0.6,
      },
      byClient: [
        {
          key: 'hel',
          total: 4,
          repliedWithinTarget: 2,
          repliedWithinLimit: 3,
          late: 1,
          open: 0,
          shareWithinLimit: 0.75,
        },
        {
          key: 'ny',
          total: 3,
          repliedWithinTarget: 0,
          repliedWithinLimit: 0,
          late: 1,
          open: 2,
          shareWithinLimit: 0,
        },
      ],
      byHandler: [
        {
          key: 'h1',
          total: 4,
          repliedWithinTarget: 2,
          repliedWithinLimit: 3,
          late: 0,
          open: 1,
          shareWithinLimit: 1,
        },
        {
          key: 'h2',
          total: 2,
          repliedWithinTarget: 0,
          repliedWithinLimit: 0,
          late: 2,
          open: 0,
          shareWithinLimit: 0,
        },
        {
          key: null,
          total: 1,
          repliedWithinTarget: 0,
          repliedWithinLimit: 0,
          late: 0,
          open: 1,
          shareWithinLimit: null,
        },
      ],
    })
  })

  it('assigns an item to the month it was received in its client’s zone', () => {
    const february = monthlyCompliance(ITEMS, '2025-02', NOW, calendarFor, SLA)
    expect(february.overall).toMatchObject({ total: 1, repliedWithinTarget: 1, repliedWithinLimit: 1 })
    expect(february.byClient.map((row) => row.key)).toEqual(['ny'])
    const april = monthlyCompliance(ITEMS, '2025-04', NOW, calendarFor, SLA)
    expect(april.byClient).toEqual([
      {
        key: 'hel',
        total: 1,
        repliedWithinTarget: 0,
        repliedWithinLimit: 0,
        late: 0,
        open: 1,
        shareWithinLimit: null,
      },
    ])
  })

  it('turns an open item late once now passes its limit', () => {
    const waiting = [item('ny', 'h1', '2025-03-31T13:00:00-04:00', null)]
    // Tue 1 Apr 11:00 EDT: 4 h Monday + 2 h Tuesday = exactly the limit, still open.
    expect(
      monthlyCompliance(waiting, '2025-03', '2025-04-01T15:00:00Z', calendarFor, SLA).overall,
    ).toMatchObject({
      open: 1,
      late: 0,
    })
    expect(
      monthlyCompliance(waiting, '2025-03', '2025-04-01T15:01:00Z', calendarFor, SLA).overall,
    ).toMatchObject({
      open: 0,
      late: 1,
      shareWithinLimit: 0,
    })
  })

  it('is empty for a month with no items', () => {
    expect(monthlyCompliance(ITEMS, '2024-12', NOW, calendarFor, SLA)).toEqual({
      month: '2024-12',
      overall: {
        total: 0,
        repliedWithinTarget: 0,
        repliedWithinLimit: 0,
        late: 0,
        open: 0,
        shareWithinLimit: null,
      },
      byClient: [],
      byHandler: [],
    })
  })

  it('rejects a malformed month', () => {
    expect(() => monthlyCompliance(ITEMS, '2025-3', NOW, calendarFor, SLA)).toThrow(/Month "2025-3"/)
  })
})
