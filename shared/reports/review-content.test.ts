import { describe, expect, it } from 'vitest'
import { resolvePeriod } from '../results/periods'
import type { Meeting } from '../schemas/meeting'
import {
  cooperationPeriodOf,
  nextYearProposal,
  periodLeanLoop,
  periodWork,
  reviewOfMeeting,
  type PeriodWorkSources,
} from './review-content'

const CLIENT = '11111111-1111-4111-8111-111111111111'
const PNG = 'data:image/png;base64,iVBORw0KGgo='
const SVG = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='

describe('cooperationPeriodOf', () => {
  it('reads a cooperation key as it is, with the quarter’s aim', () => {
    expect(cooperationPeriodOf(resolvePeriod('coop-Y2-Q3', '2025-03-15'), '2025-03-15')).toEqual({
      start: '2025-03-15',
      year: 2,
      quarter: 3,
      aim: 'q3-control-next-year',
    })
    expect(cooperationPeriodOf(resolvePeriod('coop-Y1', '2025-03-15'), '2025-03-15')).toEqual({
      start: '2025-03-15',
      year: 1,
      quarter: null,
      aim: null,
    })
  })

  it('gives a calendar quarter the cooperation quarter sharing most of its months', () => {
    // Cooperation from February: Q1 = Feb–Apr, Q2 = May–Jul; calendar Q2 (Apr–Jun) is mostly Q2.
    expect(cooperationPeriodOf(resolvePeriod('2026-Q2', '2026-02-01'), '2026-02-01')).toMatchObject({
      year: 1,
      quarter: 2,
      aim: 'q2-non-standard-actions',
    })
    // The fifth cooperation quarter is the second year's first.
    expect(cooperationPeriodOf(resolvePeriod('2027-Q1', '2026-02-01'), '2026-02-01')).toMatchObject({
      year: 2,
      quarter: 1,
      aim: 'q1-close-startup',
    })
  })

  it('takes the cooperation period a calendar period mostly falls in, none before the start', () => {
    expect(cooperationPeriodOf(resolvePeriod('2026', '2025-10-01'), '2025-10-01')).toMatchObject({ year: 1 })
    // Starting in December, the calendar quarter has one cooperation month: still quarter 1.
    expect(cooperationPeriodOf(resolvePeriod('2025-Q4', '2025-12-10'), '2025-12-10')).toMatchObject({
      year: 1,
      quarter: 1,
    })
    expect(cooperationPeriodOf(resolvePeriod('2025-Q3', '2025-12-10'), '2025-12-10')).toBeNull()
  })
})

describe('periodWork', () => {
  const sources: PeriodWorkSources = {
    clientId: CLIENT,
    timezone: 'Europe/Helsinki',
    tasks: [
      {
        id: 't1',
        clientId: CLIENT,
        title: 'A',
        status: 'done',
        doneAt: '2026-08-03T10:00:00.000Z',
        deletedAt: null,
      },
      {
        id: 't2',
        clientId: CLIENT,
        title: 'B',
        status: 'done',
        doneAt: '2026-10-03T10:00:00.000Z',
        deletedAt: null,
      },
      { id: 't3', clientId: CLIENT, title: 'C', status: 'todo', doneAt: null, deletedAt: null },
    ],
    campaigns: [
      {
        id: 'c1',
        clientId: CLIENT,
        name: 'Autumn sale',
        stage: 'learned',
        startDate: '2026-07-10',
        endDate: '2026-09-20',
        deletedAt: null,
      },
      {
        id: 'c2',
        clientId: CLIENT,
        name: 'Christmas',
        stage: 'planned',
        startDate: '2026-09-25',
        endDate: null,
        deletedAt: null,
      },
    ],
    experiments: [],
    budgetMonths: [
      {
        clientId: CLIENT,
        month: '2026-07',
        mediaPlanned: { amountMinor: 100_000, currency: 'EUR' },
        mediaSpent: { amountMinor: 90_000, currency: 'EUR' },
        workHoursPlanned: 20,
        workHoursUsed: 18,
        deletedAt: null,
      },
    ],
  }

  it('counts the quarter’s campaigns, tasks and budgets', () => {
    expect(
      periodWork(sources, ['2026-07', '2026-08', '2026-09'], '2026-11-23', '2026-11-23T08:00:00.000Z'),
    ).toEqual({
      campaignsLaunched: [{ name: 'Autumn sale', date: '2026-07-10' }],
      campaignsEnded: [{ name: 'Autumn sale', date: '2026-09-20' }],
      tasksDone: 1,
      budget: {
        mediaPlanned: { amountMinor: 100_000, currency: 'EUR' },
        mediaSpent: { amountMinor: 90_000, currency: 'EUR' },
        workHoursPlanned: 20,
        workHoursUsed: 18,
      },
    })
  })

  it('has no budget when no month of the period had one', () => {
    expect(
      periodWork(sources, ['2026-10', '2026-11', '2026-12'], '2026-11-23', '2026-11-23T08:00:00.000Z'),
    ).toMatchObject({
      tasksDone: 1,
      budget: null,
    })
  })
})

describe('periodLeanLoop', () => {
  it('gives the period’s tests as the client reads them', () => {
    const loop = periodLeanLoop(
      {
        clientId: CLIENT,
        timezone: 'Europe/Helsinki',
        experiments: [
          {
            id: 'e1',
            clientId: CLIENT,
            campaignId: null,
            hypothesis: 'Video beats stills',
            metric: 'CTR',
            startDate: '2026-07-01',
            endDate: '2026-08-01',
            result: '+20 %',
            learning: 'Use video',
            stage: 'learned',
            stageHistory: [
              { stage: 'testing', at: '2026-07-01T08:00:00.000Z' },
              { stage: 'learned', at: '2026-08-02T08:00:00.000Z' },
            ],
            createdAt: '2026-07-01T08:00:00.000Z',
            deletedAt: null,
          },
        ],
      },
      ['2026-07', '2026-08', '2026-09'],
      '2026-11-23',
    )
    expect(loop).toEqual({
      learned: [
        {
          hypothesis: 'Video beats stills',
          metric: 'CTR',
          campaign: null,
          stage: 'learned',
          startDate: '2026-07-01',
          endDate: '2026-08-01',
          result: '+20 %',
          learning: 'Use video',
          learnedOn: '2026-08-02',
        },
      ],
      running: [],
      next: [],
    })
  })
})

describe('reviewOfMeeting', () => {
  const meeting: Pick<Meeting, 'startsAt' | 'finishedAt' | 'decisions' | 'review'> = {
    startsAt: '2026-10-22T22:30:00.000Z',
    finishedAt: '2026-10-22T23:30:00.000Z',
    decisions: ['Budget approved', ' '],
    review: {
      nextYearPlans: ' Open a second shop ',
      strategyDraftReceived: true,
      clientAnswers: 'Happy with the leads',
      proposals: [{ id: '44444444-4444-4444-8444-444444444444', text: 'A contest', accepted: true }],
    },
  }

  it('gives a held review’s date in the client’s zone, decisions, answers and proposals', () => {
    expect(reviewOfMeeting(meeting, 'Europe/Helsinki')).toEqual({
      date: '2026-10-23',
      held: true,
      decisions: ['Budget approved'],
      clientAnswers: 'Happy with the leads',
      nextYearPlans: 'Open a second shop',
      strategyDraftReceived: true,
      proposals: [{ text: 'A contest', accepted: true }],
    })
  })

  it('shows a prepared review’s proposals but no decisions or answers yet', () => {
    expect(reviewOfMeeting({ ...meeting, finishedAt: null }, 'Europe/Helsinki')).toMatchObject({
      held: false,
      decisions: [],
      clientAnswers: '',
      proposals: [{ text: 'A contest', accepted: true }],
    })
  })
})

describe('nextYearProposal', () => {
  const item = (startMonth: string, endMonth: string) => ({
    id: '55555555-5555-4555-8555-555555555555',
    title: 'Loyalty programme',
    description: 'Points for regulars',
    startMonth,
    endMonth,
  })

  it('starts the timeline the month after the period and keeps only embeddable images', () => {
    const proposal = nextYearProposal(
      { proposal: { items: [item('2027-03', '2027-06')], creativeImages: [PNG, SVG] } },
      ['2026-01', '2026-12'],
    )
    expect(proposal).toEqual({
      from: '2027-01',
      items: [
        {
          title: 'Loyalty programme',
          description: 'Points for regulars',
          startMonth: '2027-03',
          endMonth: '2027-06',
        },
      ],
      creativeImages: [PNG],
    })
  })

  it('starts earlier when an item does, and is null without items or images', () => {
    expect(
      nextYearProposal({ proposal: { items: [item('2026-11', '2027-02')], creativeImages: [] } }, ['2026-12'])
        ?.from,
    ).toBe('2026-11')
    expect(nextYearProposal({ proposal: { items: [], creativeImages: [] } }, ['2026-12'])).toBeNull()
    expect(nextYearProposal({ proposal: null }, ['2026-12'])).toBeNull()
    expect(nextYearProposal(null, ['2026-12'])).toBeNull()
  })
})
