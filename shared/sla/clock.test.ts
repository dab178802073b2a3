import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../schemas/settings'
import {
  addBusinessMinutes,
  BusinessCalendarError,
  businessCalendarFor,
  businessHoursLabel,
  businessMinutesBetween,
  checkBusinessCalendar,
  type BusinessCalendar,
} from './index'

const WEEKDAYS = [1, 2, 3, 4, 5]
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

function calendar(overrides: Partial<BusinessCalendar> = {}): BusinessCalendar {
  return {
    timezone: 'Europe/Helsinki',
    start: '09:00',
    end: '17:00',
    workdays: WEEKDAYS,
    holidays: [],
    ...overrides,
  }
}

const helsinki = calendar()
const newYork = calendar({ timezone: 'America/New_York' })

describe('addBusinessMinutes', () => {
  it('carries the rest over night: received 16:30, 3 h target → 11:30 next day', () => {
    // Tuesday 2025-02-11 16:30 in Helsinki (UTC+2).
    expect(addBusinessMinutes('2025-02-11T16:30:00+02:00', 180, helsinki)).toBe('2025-02-12T09:30:00.000Z')
  })

  it('skips the weekend: Friday 15:00 + 3 h → Monday 10:00', () => {
    expect(addBusinessMinutes('2025-02-14T15:00:00+02:00', 180, helsinki)).toBe('2025-02-17T08:00:00.000Z')
  })

  it('skips holidays: Tuesday 23 Dec 16:00 + 3 h over Christmas → Monday 29 Dec 11:00', () => {
    const christmas = calendar({ holidays: ['2025-12-24', '2025-12-25', '2025-12-26'] })
    expect(addBusinessMinutes('2025-12-23T16:00:00+02:00', 180, christmas)).toBe('2025-12-29T09:00:00.000Z')
    // Without the holidays the same message is due on Christmas Eve.
    expect(addBusinessMinutes('2025-12-23T16:00:00+02:00', 180, helsinki)).toBe('2025-12-24T09:00:00.000Z')
    // Received on a holiday: counting starts at the next business opening.
    expect(addBusinessMinutes('2025-12-25T10:00:00+02:00', 180, christmas)).toBe('2025-12-29T10:00:00.000Z')
  })

  it('starts counting at the next opening for messages received outside opening hours', () => {
    // Saturday 10:00 → Monday 09:00 + 3 h.
    expect(addBusinessMinutes('2025-02-15T10:00:00+02:00', 180, helsinki)).toBe('2025-02-17T10:00:00.000Z')
    // Tuesday 06:00 → 09:00 + 3 h the same day.
    expect(addBusinessMinutes('2025-02-11T06:00:00+02:00', 180, helsinki)).toBe('2025-02-11T10:00:00.000Z')
    // Tuesday 22:00 → Wednesday 09:00 + 3 h.
    expect(addBusinessMinutes('2025-02-11T22:00:00+02:00', 180, helsinki)).toBe('2025-02-12T10:00:00.000Z')
    // Exactly at closing time counts as outside; exactly at opening as inside.
    expect(addBusinessMinutes('2025-02-11T17:00:00+02:00', 180, helsinki)).toBe('2025-02-12T10:00:00.000Z')
    expect(addBusinessMinutes('2025-02-11T09:00:00+02:00', 180, helsinki)).toBe('2025-02-11T10:00:00.000Z')
  })

  it('ends at closing time, not the next opening, when the minutes exactly fill the day', () => {
    expect(addBusinessMinutes('2025-02-11T14:00:00+02:00', 180, helsinki)).toBe('2025-02-11T15:00:00.000Z')
    expect(addBusinessMinutes('2025-02-11T16:59:00+02:00', 1, helsinki)).toBe('2025-02-11T15:00:00.000Z')
  })

  it('with 0 minutes returns the instant counting starts', () => {
    expect(addBusinessMinutes('2025-02-11T12:34:56.789+02:00', 0, helsinki)).toBe('2025-02-11T10:34:56.789Z')
    expect(addBusinessMinutes('2025-02-15T10:00:00+02:00', 0, helsinki)).toBe('2025-02-17T07:00:00.000Z')
  })

  it('accepts fractional minutes and instants in any offset', () => {
    expect(addBusinessMinutes('2025-02-11T08:00:00Z', 90.5, helsinki)).toBe('2025-02-11T09:30:30.000Z')
    expect(addBusinessMinutes('2025-02-11T03:00:00-05:00', 60, helsinki)).toBe('2025-02-11T09:00:00.000Z')
  })

  it('spans many days for large amounts', () => {
    // 5 business days of 8 h from Monday 09:00 → Friday 17:00 the same week.
    expect(addBusinessMinutes('2025-02-10T09:00:00+02:00', 5 * 480, helsinki)).toBe(
      '2025-02-14T15:00:00.000Z',
    )
    expect(addBusinessMinutes('2025-02-10T09:00:00+02:00', 5 * 480 + 1, helsinki)).toBe(
      '2025-02-17T07:01:00.000Z',
    )
  })
})

describe('daylight saving time (Europe/Helsinki: last Sundays of March and October)', () => {
  it('Friday before the spring-forward Sunday → Monday in summer time', () => {
    // Fri 28 Mar 16:00 EET (UTC+2); 1 h on Friday, 2 h on Monday 31 Mar from 09:00 EEST (UTC+3).
    expect(addBusinessMinutes('2025-03-28T16:00:00+02:00', 180, helsinki)).toBe('2025-03-31T08:00:00.000Z')
    expect(businessMinutesBetween('2025-03-28T16:00:00+02:00', '2025-03-31T11:00:00+03:00', helsinki)).toBe(
      180,
    )
  })

  it('Friday before the fall-back Sunday → Monday in winter time', () => {
    // Fri 24 Oct 16:00 EEST (UTC+3) → Mon 27 Oct 11:00 EET (UTC+2).
    expect(addBusinessMinutes('2025-10-24T16:00:00+03:00', 180, helsinki)).toBe('2025-10-27T09:00:00.000Z')
  })

  it('counts real elapsed time in a window that straddles the shift', () => {
    // Open every day 02:00–06:00: on 30 March the clock skips 03:00–04:00 (3 h of business time),
    // on 26 October it repeats 03:00–04:00 (5 h).
    const night = calendar({ start: '02:00', end: '06:00', workdays: EVERY_DAY })
    expect(businessMinutesBetween('2025-03-29T12:00:00Z', '2025-03-30T12:00:00Z', night)).toBe(180)
    expect(businessMinutesBetween('2025-10-25T12:00:00Z', '2025-10-26T12:00:00Z', night)).toBe(300)
    expect(businessMinutesBetween('2025-03-30T12:00:00Z', '2025-03-31T12:00:00Z', night)).toBe(240)
    // 2 h after opening (02:00 EET = 00:00Z) is 05:00 EEST, not 04:00.
    expect(addBusinessMinutes('2025-03-30T00:00:00Z', 120, night)).toBe('2025-03-30T02:00:00.000Z')
    // 4 h after opening (02:00 EEST = 23:00Z) is 05:00 EET; the window closes at 06:00 EET.
    expect(addBusinessMinutes('2025-10-25T23:00:00Z', 240, night)).toBe('2025-10-26T03:00:00.000Z')
    expect(addBusinessMinutes('2025-10-25T23:00:00Z', 300, night)).toBe('2025-10-26T04:00:00.000Z')
  })

  it('opens at the jump when the opening time is skipped, and at its first occurrence when repeated', () => {
    const early = calendar({ start: '03:30', end: '08:00', workdays: EVERY_DAY })
    // 03:30 does not exist on 30 March: the office opens when the clock jumps to 04:00 EEST.
    expect(addBusinessMinutes('2025-03-29T23:00:00Z', 0, early)).toBe('2025-03-30T01:00:00.000Z')
    expect(businessMinutesBetween('2025-03-29T12:00:00Z', '2025-03-30T12:00:00Z', early)).toBe(240)
    // 03:30 happens twice on 26 October: the office opens at the first (03:30 EEST = 00:30Z).
    expect(addBusinessMinutes('2025-10-25T22:00:00Z', 0, early)).toBe('2025-10-26T00:30:00.000Z')
    expect(businessMinutesBetween('2025-10-25T12:00:00Z', '2025-10-26T12:00:00Z', early)).toBe(330)
  })

  it('gives the same answers whatever the host machine’s time zone is', () => {
    // The TZDate constructor resolves a repeated wall time differently under different host
    // zones; the clock must not. Windows are memoised by zone and hours, so each host gets its
    // own closing time (07:50, 07:51, …) to be computed afresh.
    const hosts = ['UTC', 'Europe/Helsinki', 'America/Sao_Paulo', 'Asia/Kolkata']
    const saved = process.env.TZ
    const answers: [string, number][] = []
    try {
      hosts.forEach((host, i) => {
        process.env.TZ = host
        const early = calendar({ start: '03:30', end: `07:5${String(i)}`, workdays: EVERY_DAY })
        answers.push([
          addBusinessMinutes('2025-10-25T22:00:00Z', 0, early),
          businessMinutesBetween('2025-10-25T12:00:00Z', '2025-10-26T12:00:00Z', early) - i,
        ])
      })
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
    // Opens at 03:30 EEST (00:30Z), closes at 07:5x EET (05:5xZ): 320 + x minutes.
    expect(answers).toEqual(hosts.map(() => ['2025-10-26T00:30:00.000Z', 320]))
  })

  it('handles a zone whose clocks jumped at midnight (America/Sao_Paulo, 2018–2019)', () => {
    const saoPaulo = calendar({
      timezone: 'America/Sao_Paulo',
      start: '00:00',
      end: '08:00',
      workdays: EVERY_DAY,
    })
    // 4 Nov 2018: 00:00 −03 became 01:00 −02, so the day's window is 01:00–08:00 −02, 7 h.
    expect(businessMinutesBetween('2018-11-04T00:00:00Z', '2018-11-05T00:00:00Z', saoPaulo)).toBe(420)
    expect(addBusinessMinutes('2018-11-03T12:00:00Z', 0, saoPaulo)).toBe('2018-11-04T03:00:00.000Z')
    // 17 Feb 2019: midnight −02 went back to 23:00 −03 on the 16th; the window of the 16th
    // closes the first time the clock shows 23:59.
    const evening = { ...saoPaulo, start: '18:00', end: '23:59' }
    expect(businessMinutesBetween('2019-02-16T12:00:00Z', '2019-02-17T12:00:00Z', evening)).toBe(359)
  })
})

describe('several time zones', () => {
  it('gives different deadlines for the same instant in Helsinki and New York', () => {
    // 14:30Z is 16:30 in Helsinki (carry over night) and 09:30 in New York (same day).
    expect(addBusinessMinutes('2025-02-11T14:30:00Z', 180, helsinki)).toBe('2025-02-12T09:30:00.000Z')
    expect(addBusinessMinutes('2025-02-11T14:30:00Z', 180, newYork)).toBe('2025-02-11T17:30:00.000Z')
    // Kathmandu (UTC+05:45): 20:15 local → next day 09:00 + 3 h = 12:00 local.
    const kathmandu = calendar({ timezone: 'Asia/Kathmandu' })
    expect(addBusinessMinutes('2025-02-11T14:30:00Z', 180, kathmandu)).toBe('2025-02-12T06:15:00.000Z')
  })

  it('follows each zone’s own DST dates (US shifts three weeks before the EU)', () => {
    // Fri 7 Mar 16:00 EST → Mon 10 Mar 11:00 EDT (UTC−4).
    expect(addBusinessMinutes('2025-03-07T16:00:00-05:00', 180, newYork)).toBe('2025-03-10T15:00:00.000Z')
  })
})

describe('businessMinutesBetween', () => {
  it('counts only opening hours', () => {
    expect(businessMinutesBetween('2025-02-11T10:00:00+02:00', '2025-02-11T12:30:00+02:00', helsinki)).toBe(
      150,
    )
    expect(businessMinutesBetween('2025-02-14T15:00:00+02:00', '2025-02-17T10:00:00+02:00', helsinki)).toBe(
      180,
    )
    expect(businessMinutesBetween('2025-02-11T22:00:00+02:00', '2025-02-12T08:59:00+02:00', helsinki)).toBe(0)
    // A whole week: five days of eight hours.
    expect(businessMinutesBetween('2025-02-09T00:00:00Z', '2025-02-16T00:00:00Z', helsinki)).toBe(2400)
  })

  it('is 0 when to is not after from', () => {
    expect(businessMinutesBetween('2025-02-11T12:00:00+02:00', '2025-02-11T12:00:00+02:00', helsinki)).toBe(0)
    expect(businessMinutesBetween('2025-02-11T12:00:00+02:00', '2025-02-11T10:00:00+02:00', helsinki)).toBe(0)
  })

  it('is exact to the millisecond', () => {
    expect(businessMinutesBetween('2025-02-11T10:00:30+02:00', '2025-02-11T10:01:00+02:00', helsinki)).toBe(
      0.5,
    )
  })
})

describe('a calendar with no workdays', () => {
  const closed = calendar({ workdays: [] })

  it('refuses to compute a deadline instead of searching forever', () => {
    expect(() => addBusinessMinutes('2025-02-11T10:00:00+02:00', 180, closed)).toThrow(BusinessCalendarError)
    expect(() => addBusinessMinutes('2025-02-11T10:00:00+02:00', 180, closed)).toThrow(/No workdays/)
  })

  it('has no business minutes', () => {
    expect(businessMinutesBetween('2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z', closed)).toBe(0)
  })

  it('is named by checkBusinessCalendar', () => {
    expect(checkBusinessCalendar(closed)).toMatch(/No workdays/)
    expect(checkBusinessCalendar(helsinki)).toBeNull()
  })
})

describe('bad input', () => {
  it('names an unknown time zone', () => {
    const mars = calendar({ timezone: 'Mars/Olympus_Mons' })
    expect(checkBusinessCalendar(mars)).toMatch(/Unknown time zone "Mars\/Olympus_Mons"/)
    expect(() => addBusinessMinutes('2025-02-11T10:00:00Z', 1, mars)).toThrow(BusinessCalendarError)
    expect(() => businessMinutesBetween('2025-02-11T10:00:00Z', '2025-02-12T10:00:00Z', mars)).toThrow(
      /Unknown time zone/,
    )
  })

  it('rejects hours that are not a same-day HH:MM range, including 24:00', () => {
    expect(checkBusinessCalendar(calendar({ end: '24:00' }))).toMatch(/Closing time "24:00".*23:59/)
    expect(checkBusinessCalendar(calendar({ start: '9:00' }))).toMatch(/Opening time "9:00"/)
    expect(checkBusinessCalendar(calendar({ start: '17:00', end: '09:00' }))).toMatch(/must be later/)
    expect(checkBusinessCalendar(calendar({ start: '09:00', end: '09:00' }))).toMatch(/must be later/)
    expect(() => addBusinessMinutes('2025-02-11T10:00:00Z', 1, calendar({ end: '24:00' }))).toThrow(
      BusinessCalendarError,
    )
  })

  it('rejects weekdays outside 1–7 and malformed holidays', () => {
    expect(checkBusinessCalendar(calendar({ workdays: [0, 1] }))).toMatch(/Workday 0/)
    expect(checkBusinessCalendar(calendar({ holidays: ['2025-02-30'] }))).toMatch(/Holiday "2025-02-30"/)
  })

  it('rejects instants without an offset (they would be read in the host zone)', () => {
    expect(() => addBusinessMinutes('2025-02-11T10:00:00', 1, helsinki)).toThrow(/not an ISO instant/)
    expect(() => businessMinutesBetween('2025-02-11', '2025-02-12T10:00:00Z', helsinki)).toThrow(/from/)
  })

  it('rejects negative or non-finite minutes', () => {
    expect(() => addBusinessMinutes('2025-02-11T10:00:00Z', -1, helsinki)).toThrow(RangeError)
    expect(() => addBusinessMinutes('2025-02-11T10:00:00Z', Number.NaN, helsinki)).toThrow(RangeError)
  })
})

describe('businessCalendarFor', () => {
  it('applies the agency’s hours, workdays and holidays in the client’s zone', () => {
    const settings = { ...DEFAULT_SETTINGS, workdays: [5, 1, 2, 3, 4, 1], holidays: ['2025-12-24'] }
    expect(businessCalendarFor(settings, { timezone: 'America/New_York' })).toEqual({
      timezone: 'America/New_York',
      start: '09:00',
      end: '17:00',
      workdays: [1, 2, 3, 4, 5],
      holidays: ['2025-12-24'],
    })
  })
})

describe('businessHoursLabel', () => {
  it('collapses consecutive workdays into a range', () => {
    expect(businessHoursLabel(helsinki)).toBe('Mon–Fri 09:00–17:00 (Europe/Helsinki)')
    expect(businessHoursLabel(calendar({ workdays: [7, 1, 3, 4] }))).toBe(
      'Mon, Wed–Thu, Sun 09:00–17:00 (Europe/Helsinki)',
    )
    expect(businessHoursLabel(calendar({ workdays: [] }))).toBe('09:00–17:00 (Europe/Helsinki)')
  })

  it('names weekdays in the given language', () => {
    expect(businessHoursLabel(helsinki, 'fi')).toBe('ma–pe 09:00–17:00 (Europe/Helsinki)')
  })
})
