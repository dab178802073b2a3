import { describe, expect, it } from 'vitest'
import { BusinessCalendarError, slaStatus, type BusinessCalendar } from './index'

const helsinki: BusinessCalendar = {
  timezone: 'Europe/Helsinki',
  start: '09:00',
  end: '17:00',
  workdays: [1, 2, 3, 4, 5],
  holidays: [],
}
const SLA = { targetHours: 3, limitHours: 6 }
// Tuesday 11 Feb 2025 10:00 in Helsinki (UTC+2): target 13:00, limit 16:00 the same day.
const RECEIVED = '2025-02-11T10:00:00+02:00'
const TARGET_AT = '2025-02-11T11:00:00.000Z'
const LIMIT_AT = '2025-02-11T14:00:00.000Z'

function open(now: string) {
  return slaStatus({ receivedAt: RECEIVED, repliedAt: null }, now, helsinki, SLA)
}

function replied(repliedAt: string, now = '2025-02-20T12:00:00Z') {
  return slaStatus({ receivedAt: RECEIVED, repliedAt }, now, helsinki, SLA)
}

describe('slaStatus of an unanswered communication', () => {
  it('is on time before the target, with business minutes left', () => {
    expect(open('2025-02-11T12:00:00+02:00')).toStrictEqual({
      state: 'on-time',
      targetAt: TARGET_AT,
      limitAt: LIMIT_AT,
      businessMinutesUsed: 120,
      minutesToTarget: 60,
      minutesToLimit: 240,
      replied: false,
    })
  })

  it('is past target between target and limit, with negative minutes to target', () => {
    expect(open('2025-02-11T14:30:00+02:00')).toStrictEqual({
      state: 'past-target',
      targetAt: TARGET_AT,
      limitAt: LIMIT_AT,
      businessMinutesUsed: 270,
      minutesToTarget: -90,
      minutesToLimit: 90,
      replied: false,
    })
  })

  it('is past limit the next morning, counting only business minutes overnight', () => {
    // 7 h on Tuesday (10–17) + 1.5 h on Wednesday.
    const status = open('2025-02-12T10:30:00+02:00')
    expect(status.state).toBe('past-limit')
    expect(status.businessMinutesUsed).toBe(510)
    expect(status.minutesToTarget).toBe(-330)
    expect(status.minutesToLimit).toBe(-150)
  })

  it('stays on time after a target that fell at closing until business time resumes', () => {
    const lateAfternoon = { receivedAt: '2025-02-11T14:00:00+02:00', repliedAt: null }
    const evening = slaStatus(lateAfternoon, '2025-02-11T18:00:00+02:00', helsinki, SLA)
    expect(evening.targetAt).toBe('2025-02-11T15:00:00.000Z')
    expect(evening.state).toBe('on-time')
    expect(evening.minutesToTarget).toBe(0)
    const nextMorning = slaStatus(lateAfternoon, '2025-02-12T09:01:00+02:00', helsinki, SLA)
    expect(nextMorning.state).toBe('past-target')
    expect(nextMorning.minutesToTarget).toBe(-1)
  })

  it('counts a reply stamped after now as not yet given', () => {
    const status = replied('2025-02-11T12:30:00+02:00', '2025-02-11T12:00:00+02:00')
    expect(status.replied).toBe(false)
    expect(status.businessMinutesUsed).toBe(120)
    expect(status).not.toHaveProperty('repliedWithinTarget')
  })

  it('has not started counting for a message received on a weekend', () => {
    const saturday = { receivedAt: '2025-02-15T10:00:00+02:00', repliedAt: null }
    const status = slaStatus(saturday, '2025-02-16T20:00:00+02:00', helsinki, SLA)
    expect(status).toMatchObject({ state: 'on-time', businessMinutesUsed: 0, minutesToTarget: 180 })
    expect(status.targetAt).toBe('2025-02-17T10:00:00.000Z')
    expect(status.limitAt).toBe('2025-02-17T13:00:00.000Z')
  })
})

describe('slaStatus of a replied communication', () => {
  it('reflects the reply time, not now', () => {
    expect(replied('2025-02-11T12:30:00+02:00')).toStrictEqual({
      state: 'on-time',
      targetAt: TARGET_AT,
      limitAt: LIMIT_AT,
      businessMinutesUsed: 150,
      minutesToTarget: 30,
      minutesToLimit: 210,
      replied: true,
      repliedWithinTarget: true,
      repliedWithinLimit: true,
    })
  })

  it('counts a reply exactly at the target as within it', () => {
    expect(replied('2025-02-11T13:00:00+02:00')).toMatchObject({
      state: 'on-time',
      repliedWithinTarget: true,
      minutesToTarget: 0,
    })
  })

  it('marks a reply between target and limit as within the limit only', () => {
    expect(replied('2025-02-11T15:00:00+02:00')).toMatchObject({
      state: 'past-target',
      businessMinutesUsed: 300,
      repliedWithinTarget: false,
      repliedWithinLimit: true,
    })
  })

  it('marks a reply after the limit as late on both counts', () => {
    expect(replied('2025-02-12T10:30:00+02:00')).toMatchObject({
      state: 'past-limit',
      businessMinutesUsed: 510,
      minutesToLimit: -150,
      repliedWithinTarget: false,
      repliedWithinLimit: false,
    })
  })
})

describe('slaStatus policy and calendar', () => {
  it('follows a custom SLA in fractional hours', () => {
    const status = slaStatus(
      { receivedAt: RECEIVED, repliedAt: null },
      '2025-02-11T12:00:00+02:00',
      helsinki,
      { targetHours: 1.5, limitHours: 2.5 },
    )
    expect(status).toMatchObject({
      state: 'past-target',
      targetAt: '2025-02-11T09:30:00.000Z',
      limitAt: '2025-02-11T10:30:00.000Z',
      minutesToTarget: -30,
      minutesToLimit: 30,
    })
  })

  it('rejects a limit below the target and a non-positive target', () => {
    const item = { receivedAt: RECEIVED, repliedAt: null }
    expect(() => slaStatus(item, RECEIVED, helsinki, { targetHours: 6, limitHours: 3 })).toThrow(/limit/)
    expect(() => slaStatus(item, RECEIVED, helsinki, { targetHours: 0, limitHours: 3 })).toThrow(/target/)
  })

  it('throws a BusinessCalendarError for a calendar with no workdays', () => {
    const item = { receivedAt: RECEIVED, repliedAt: null }
    expect(() => slaStatus(item, RECEIVED, { ...helsinki, workdays: [] }, SLA)).toThrow(BusinessCalendarError)
  })

  it('names a malformed instant', () => {
    expect(() => slaStatus({ receivedAt: 'yesterday', repliedAt: null }, RECEIVED, helsinki, SLA)).toThrow(
      /receivedAt "yesterday"/,
    )
  })
})
