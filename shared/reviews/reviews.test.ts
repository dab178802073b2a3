import { describe, expect, it } from 'vitest'
import { generateTouchpoints } from '../cadence'
import { DEFAULT_SETTINGS } from '../schemas/settings'
import {
  AGENDA_ITEMS,
  monthsOfPeriod,
  nearestReviewPeriod,
  reviewPeriodOfKey,
  reviewResults,
  type ReviewResultsInput,
} from './index'

const CLIENT = '11111111-1111-4111-8111-111111111111'
const OTHER = '22222222-2222-4222-8222-222222222222'

describe('the period a review looks back on', () => {
  it('counts cooperation quarters from the start, clamped at month ends like the engine', () => {
    expect(reviewPeriodOfKey('quarterly-review', 'coop-Y1-Q1', '2025-01-31')).toMatchObject({
      from: '2025-01-31',
      to: '2025-04-29',
      quarter: 1,
      aim: 'q1-close-startup',
    })
    expect(reviewPeriodOfKey('quarterly-review', 'coop-Y1-Q2', '2025-01-31')).toMatchObject({
      from: '2025-04-30',
      to: '2025-07-30',
      aim: 'q2-non-standard-actions',
    })
    expect(reviewPeriodOfKey('quarterly-review', 'coop-Y2-Q3', '2025-03-01')).toMatchObject({
      from: '2026-09-01',
      to: '2026-11-30',
      year: 2,
      quarter: 3,
      aim: 'q3-control-next-year',
    })
  })

  it('gives the annual review the whole cooperation year and the year-to-year aim', () => {
    expect(reviewPeriodOfKey('annual-review', 'coop-Y2', '2024-02-29')).toEqual({
      kind: 'annual-review',
      from: '2025-02-28',
      to: '2026-02-27',
      year: 2,
      quarter: null,
      aim: 'q4-year-to-year',
    })
  })

  it('has no period for other kinds or keys', () => {
    expect(reviewPeriodOfKey('onboarding-workshop', 'coop-Y1', '2025-01-01')).toBeNull()
    expect(reviewPeriodOfKey('quarterly-review', 'coop-Y1', '2025-01-01')).toBeNull()
    expect(reviewPeriodOfKey('annual-review', '2026-11', '2025-01-01')).toBeNull()
  })

  it('ends each quarter the day before the engine’s next quarter starts, at its due date or after', () => {
    const client = { id: CLIENT, activityLevel: 'light' as const, cooperationStart: '2025-01-31' }
    const touchpoints = generateTouchpoints({
      clients: [{ ...client, archivedAt: null, deletedAt: null }],
      settings: DEFAULT_SETTINGS,
      from: '2025-01-31',
      to: '2027-01-31',
    }).filter((row) => row.kind === 'quarterly-review')
    expect(touchpoints.length).toBe(8)
    for (const row of touchpoints) {
      const period = reviewPeriodOfKey(row.kind, row.periodKey, client.cooperationStart)
      expect(period).not.toBeNull()
      // Due by the quarter's end: the last business day on or before the next quarter's start.
      expect(row.dueDate > period!.from).toBe(true)
      expect(row.dueDate <= nextDay(period!.to)).toBe(true)
    }
  })

  it('for a review logged by hand, picks the period whose end is nearest the meeting', () => {
    expect(nearestReviewPeriod('quarterly-review', '2025-06-05', '2025-03-01')).toMatchObject({
      from: '2025-03-01',
      to: '2025-05-31',
    })
    expect(nearestReviewPeriod('quarterly-review', '2025-08-10', '2025-03-01')).toMatchObject({
      from: '2025-06-01',
      to: '2025-08-31',
    })
    expect(nearestReviewPeriod('quarterly-review', '2024-12-01', '2025-03-01')).toMatchObject({ quarter: 1 })
    expect(nearestReviewPeriod('annual-review', '2027-03-10', '2025-03-01')).toMatchObject({ year: 2 })
  })

  it('gives every review topic an agenda that opens with its aim', () => {
    for (const topic of [
      'q1-close-startup',
      'q2-non-standard-actions',
      'q3-control-next-year',
      'q4-year-to-year',
    ] as const)
      expect(AGENDA_ITEMS[topic][0]).toBe('aim')
  })
})

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

describe('the months of a period', () => {
  it('has exactly three months for a quarter starting on any day', () => {
    expect(monthsOfPeriod('2025-03-01', '2025-05-31')).toEqual(['2025-03', '2025-04', '2025-05'])
    expect(monthsOfPeriod('2025-03-15', '2025-06-14')).toEqual(['2025-03', '2025-04', '2025-05'])
    expect(monthsOfPeriod('2025-03-16', '2025-06-15')).toEqual(['2025-04', '2025-05', '2025-06'])
    expect(monthsOfPeriod('2025-01-31', '2025-04-29')).toEqual(['2025-02', '2025-03', '2025-04'])
    expect(monthsOfPeriod('2025-02-28', '2026-02-27')).toHaveLength(12)
  })
})

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' })

function input(overrides: Partial<ReviewResultsInput> = {}): ReviewResultsInput {
  return {
    clientId: CLIENT,
    timezone: 'Europe/Helsinki',
    period: { from: '2026-09-01', to: '2026-11-30' },
    today: '2026-11-23',
    now: '2026-11-23T10:00:00.000Z',
    tasks: [],
    campaigns: [],
    experiments: [],
    budgetMonths: [],
    communications: [],
    ...overrides,
  }
}

describe('the results of a cooperation quarter', () => {
  it('lists tasks done in the quarter by the client’s day, not other clients’ or deleted ones', () => {
    const task = (id: string, doneAt: string | null, extra: object = {}) => ({
      id,
      clientId: CLIENT,
      title: id,
      status: doneAt ? ('done' as const) : ('todo' as const),
      doneAt,
      deletedAt: null,
      ...extra,
    })
    const results = reviewResults(
      input({
        tasks: [
          task('late-aug-utc-is-sept-in-helsinki', '2026-08-31T22:30:00.000Z'),
          task('in-october', '2026-10-10T09:00:00.000Z'),
          task('before', '2026-08-31T12:00:00.000Z'),
          task('open', null),
          task('other-client', '2026-10-10T09:00:00.000Z', { clientId: OTHER }),
          task('deleted', '2026-10-10T09:00:00.000Z', { deletedAt: '2026-10-11T09:00:00.000Z' }),
        ],
      }),
    )
    expect(results.tasksDone.map((task) => [task.id, task.doneOn])).toEqual([
      ['late-aug-utc-is-sept-in-helsinki', '2026-09-01'],
      ['in-october', '2026-10-10'],
    ])
  })

  it('counts campaigns that really launched or ended by today, and tests learned with learnings', () => {
    const campaign = (id: string, stage: string, startDate: string | null, endDate: string | null) => ({
      id,
      clientId: CLIENT,
      name: id,
      stage: stage as 'live',
      startDate,
      endDate,
      deletedAt: null,
    })
    const results = reviewResults(
      input({
        campaigns: [
          campaign('launched-and-ended', 'learned', '2026-09-05', '2026-10-20'),
          campaign('running', 'live', '2026-10-01', '2026-12-31'),
          campaign('ends-after-today', 'live', '2026-08-01', '2026-11-28'),
          campaign('never-launched', 'planned', '2026-10-01', '2026-10-30'),
        ],
        experiments: [
          {
            id: 'learned',
            clientId: CLIENT,
            hypothesis: 'Video beats stills',
            result: 'CTR +18 %',
            learning: 'Lead with video',
            stage: 'learned',
            endDate: '2026-10-15',
            deletedAt: null,
          },
          {
            id: 'still-testing',
            clientId: CLIENT,
            hypothesis: 'Carousel',
            result: '',
            learning: '',
            stage: 'testing',
            endDate: '2026-10-15',
            deletedAt: null,
          },
        ],
      }),
    )
    expect(results.campaignsLaunched.map((c) => c.id)).toEqual(['launched-and-ended', 'running'])
    expect(results.campaignsEnded.map((c) => c.id)).toEqual(['launched-and-ended'])
    expect(results.experimentsLearned).toEqual([
      {
        id: 'learned',
        hypothesis: 'Video beats stills',
        result: 'CTR +18 %',
        learning: 'Lead with video',
        date: '2026-10-15',
      },
    ])
  })

  it('shows the media and work budget per month with totals, a missing month as missing', () => {
    const month = (m: string, planned: number, spent: number, hoursPlanned: number, hoursUsed: number) => ({
      clientId: CLIENT,
      month: m,
      mediaPlanned: eur(planned),
      mediaSpent: eur(spent),
      workHoursPlanned: hoursPlanned,
      workHoursUsed: hoursUsed,
      deletedAt: null,
    })
    const results = reviewResults(
      input({
        budgetMonths: [
          month('2026-08', 999, 999, 9, 9),
          month('2026-09', 300_000, 280_000, 20, 18),
          month('2026-11', 300_000, 150_000, 20, 12.5),
        ],
      }),
    )
    expect(results.months).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(results.budget.months[1]).toEqual({
      month: '2026-10',
      mediaPlanned: null,
      mediaSpent: null,
      workHoursPlanned: null,
      workHoursUsed: null,
    })
    expect(results.budget.totals).toEqual({
      mediaPlanned: eur(600_000),
      mediaSpent: eur(430_000),
      workHoursPlanned: 40,
      workHoursUsed: 30.5,
    })
  })

  it('gives no media total when months mix currencies, and no totals without any budget', () => {
    const row = (m: string, currency: string) => ({
      clientId: CLIENT,
      month: m,
      mediaPlanned: { amountMinor: 100, currency },
      mediaSpent: { amountMinor: 50, currency },
      workHoursPlanned: 1,
      workHoursUsed: 1,
      deletedAt: null,
    })
    expect(
      reviewResults(input({ budgetMonths: [row('2026-09', 'EUR'), row('2026-10', 'SEK')] })).budget.totals,
    ).toMatchObject({ mediaPlanned: null, mediaSpent: null, workHoursPlanned: 2 })
    expect(reviewResults(input()).budget.totals).toBeNull()
  })

  it('counts the quarter’s messages and the share replied within the SLA limit', () => {
    const calendar = {
      timezone: 'Europe/Helsinki',
      start: '09:00',
      end: '17:00',
      workdays: [1, 2, 3, 4, 5],
      holidays: [],
    }
    const message = (receivedAt: string, repliedAt: string | null) => ({
      clientId: CLIENT,
      receivedAt,
      repliedAt,
      deletedAt: null,
    })
    const communications = [
      message('2026-10-05T07:00:00.000Z', '2026-10-05T08:00:00.000Z'), // Mon 10:00 → 11:00: within target
      message('2026-10-05T07:00:00.000Z', '2026-10-05T11:30:00.000Z'), // 4.5 h: within limit
      message('2026-10-05T07:00:00.000Z', '2026-10-06T12:00:00.000Z'), // next day: late
      message('2026-11-16T07:00:00.000Z', null), // unanswered for a week: late
      message('2026-11-23T09:00:00.000Z', null), // an hour ago: open
      message('2026-08-20T07:00:00.000Z', null), // before the quarter
    ]
    const results = reviewResults(
      input({ communications, sla: { calendar, policy: { targetHours: 3, limitHours: 6 } } }),
    )
    expect(results.communications).toEqual({
      received: 5,
      repliedWithinTarget: 1,
      repliedWithinLimit: 2,
      late: 2,
      open: 1,
      shareWithinLimit: 0.5,
    })
    expect(reviewResults(input({ communications })).communications).toMatchObject({
      received: 5,
      shareWithinLimit: null,
    })
  })
})
