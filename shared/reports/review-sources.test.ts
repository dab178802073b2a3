import { describe, expect, it } from 'vitest'
import { resolvePeriod } from '../results/periods'
import type { Commentary } from '../schemas/commentary'
import type { Meeting } from '../schemas/meeting'
import { commentaryForPeriod, dueReviewPeriods, periodDates, reviewMeetingForPeriod } from './review-sources'

const CLIENT = '11111111-1111-4111-8111-111111111111'
const OTHER = '22222222-2222-4222-8222-222222222222'

type C = Pick<Commentary, 'clientId' | 'periodKind' | 'period' | 'deletedAt'>
const commentary = (periodKind: C['periodKind'], period: string, extra: Partial<C> = {}): C => ({
  clientId: CLIENT,
  periodKind,
  period,
  deletedAt: null,
  ...extra,
})

type M = Pick<Meeting, 'kind' | 'clientIds' | 'startsAt' | 'deletedAt' | 'review'>
const meeting = (kind: M['kind'], startsAt: string, extra: Partial<M> = {}): M => ({
  kind,
  clientIds: [CLIENT],
  startsAt,
  deletedAt: null,
  review: null,
  ...extra,
})

describe('periodDates', () => {
  it('runs from the first day of the first month to the last day of the last', () => {
    expect(periodDates(['2024-01', '2024-02'])).toEqual({ from: '2024-01-01', to: '2024-02-29' })
    expect(periodDates(['2026-10', '2026-11', '2026-12'])).toEqual({ from: '2026-10-01', to: '2026-12-31' })
  })
})

describe('commentaryForPeriod', () => {
  const all = [
    commentary('year', '2025'),
    commentary('year', '2026'),
    commentary('quarter', '2026-Q2'),
    commentary('quarter', '2026-Q3'),
    commentary('year', '2024', { clientId: OTHER }),
    commentary('quarter', '2026-Q4', { deletedAt: '2026-11-01T00:00:00.000Z' }),
  ]

  it('takes a calendar period’s own commentary and nothing else', () => {
    expect(commentaryForPeriod(all, CLIENT, resolvePeriod('2026-Q3', '2025-01-01'))?.period).toBe('2026-Q3')
    expect(commentaryForPeriod(all, CLIENT, resolvePeriod('2026-Q4', '2025-01-01'))).toBeNull()
    expect(commentaryForPeriod(all, CLIENT, resolvePeriod('2024', '2025-01-01'))).toBeNull()
  })

  it('gives a cooperation period the calendar period sharing the most months', () => {
    // Cooperation year Dec 2025 – Nov 2026: eleven months of 2026.
    expect(commentaryForPeriod(all, CLIENT, resolvePeriod('coop-Y1', '2025-12-01'))?.period).toBe('2026')
    // Cooperation year Apr 2025 – Mar 2026: nine months of 2025.
    expect(commentaryForPeriod(all, CLIENT, resolvePeriod('coop-Y1', '2025-04-10'))?.period).toBe('2025')
    // Cooperation quarter Aug – Oct 2026: two months of Q3.
    expect(commentaryForPeriod(all, CLIENT, resolvePeriod('coop-Y1-Q2', '2026-05-01'))?.period).toBe(
      '2026-Q3',
    )
  })

  it('breaks a tie towards the later calendar period', () => {
    // Cooperation year Jul 2025 – Jun 2026: six months each.
    expect(commentaryForPeriod(all, CLIENT, resolvePeriod('coop-Y1', '2025-07-01'))?.period).toBe('2026')
  })
})

describe('reviewMeetingForPeriod', () => {
  const client = { id: CLIENT, cooperationStart: '2025-10-21', timezone: 'Europe/Helsinki' }

  it('finds the review held at the end of a cooperation quarter', () => {
    const q1 = meeting('quarterly-review', '2026-01-22T11:00:00.000Z')
    const q2 = meeting('quarterly-review', '2026-04-22T11:00:00.000Z')
    const period = resolvePeriod('coop-Y1-Q2', client.cooperationStart)
    expect(reviewMeetingForPeriod([q1, q2], client, period)).toBe(q2)
    expect(reviewMeetingForPeriod([q1, q2], client, resolvePeriod('coop-Y1-Q1', '2025-10-21'))).toBe(q1)
  })

  it('gives the fourth quarter the annual review, and the year only an annual review', () => {
    const q3 = meeting('quarterly-review', '2026-07-22T11:00:00.000Z')
    const annual = meeting('annual-review', '2026-10-23T11:00:00.000Z')
    expect(reviewMeetingForPeriod([q3, annual], client, resolvePeriod('coop-Y1-Q4', '2025-10-21'))).toBe(
      annual,
    )
    expect(reviewMeetingForPeriod([q3, annual], client, resolvePeriod('coop-Y1', '2025-10-21'))).toBe(annual)
    expect(reviewMeetingForPeriod([q3], client, resolvePeriod('coop-Y1', '2025-10-21'))).toBeNull()
  })

  it('matches a calendar quarter that shares most of its months with the review’s quarter', () => {
    // Cooperation from 1 Feb: quarter May – Jul 2026 reviewed in early August.
    const review = meeting('quarterly-review', '2026-08-03T11:00:00.000Z')
    const feb = { ...client, cooperationStart: '2026-02-01' }
    expect(reviewMeetingForPeriod([review], feb, resolvePeriod('2026-Q2', '2026-02-01'))).toBe(review)
    expect(reviewMeetingForPeriod([review], feb, resolvePeriod('2026-Q3', '2026-02-01'))).toBeNull()
  })

  it('ignores other clients’, deleted and non-review meetings, and takes the latest of two', () => {
    const first = meeting('quarterly-review', '2026-04-20T11:00:00.000Z')
    const again = meeting('quarterly-review', '2026-04-24T11:00:00.000Z')
    const others = [
      meeting('quarterly-review', '2026-04-21T11:00:00.000Z', { clientIds: [OTHER] }),
      meeting('quarterly-review', '2026-04-25T11:00:00.000Z', { deletedAt: '2026-04-26T00:00:00.000Z' }),
      meeting('monthly', '2026-04-26T11:00:00.000Z'),
    ]
    const period = resolvePeriod('coop-Y1-Q2', client.cooperationStart)
    expect(reviewMeetingForPeriod([first, again, ...others], client, period)).toBe(again)
  })
})

describe('dueReviewPeriods', () => {
  it('takes the latest cooperation quarter ended with the last complete month', () => {
    // From February: Feb–Apr, May–Jul, Aug–Oct ended by November.
    expect(dueReviewPeriods('2026-02-01', '2026-11-23').quarter).toBe('coop-Y1-Q3')
    expect(dueReviewPeriods('2025-02-04', '2026-11-23').quarter).toBe('coop-Y2-Q3')
    expect(dueReviewPeriods('2026-11-02', '2026-11-23').quarter).toBe('coop-Y1-Q1')
  })

  it('takes the year closing within two months, else the last one ended, else the first', () => {
    // Dec 2025 – Nov 2026: eleven months done, the annual review is coming.
    expect(dueReviewPeriods('2025-12-01', '2026-11-23').year).toBe('coop-Y1')
    // From August 2024: the second year ended in July 2026, the third has nine months to go.
    expect(dueReviewPeriods('2024-08-01', '2026-11-23').year).toBe('coop-Y2')
    expect(dueReviewPeriods('2025-02-04', '2026-11-23').year).toBe('coop-Y1')
    expect(dueReviewPeriods('2026-08-28', '2026-11-23').year).toBe('coop-Y1')
  })
})
