import { describe, expect, it } from 'vitest'
import type { TouchpointKind } from '../schemas/enums'
import { DEFAULT_SETTINGS } from '../schemas/settings'
import { touchpointInputSchema, type TouchpointInput } from '../schemas/touchpoint'
import {
  CadenceInputError,
  generateTouchpoints,
  quarterAim,
  type CadenceClient,
  type CadenceSettings,
} from './index'

/** Finnish public holidays (and the de facto Midsummer Eve) 2026–2027. */
const FINNISH_HOLIDAYS = [
  '2026-01-01',
  '2026-01-06',
  '2026-04-03', // Good Friday
  '2026-04-06', // Easter Monday
  '2026-05-01',
  '2026-05-14', // Ascension
  '2026-06-19', // Midsummer Eve
  '2026-06-20',
  '2026-10-31', // All Saints' Day (a Saturday)
  '2026-12-06',
  '2026-12-24',
  '2026-12-25',
  '2026-12-26',
  '2027-01-01',
  '2027-01-06',
  '2027-03-26',
  '2027-03-29',
  '2027-05-06',
  '2027-06-25',
  '2027-06-26',
  '2027-11-06',
  '2027-12-06',
  '2027-12-24',
  '2027-12-25',
  '2027-12-26',
]

const FI: CadenceSettings = {
  workdays: [1, 2, 3, 4, 5],
  holidays: FINNISH_HOLIDAYS,
  monthlyReportBusinessDay: 3,
}
/** Every day a business day: due dates equal the calendar anchors. */
const ALL_DAYS: CadenceSettings = {
  workdays: [1, 2, 3, 4, 5, 6, 7],
  holidays: [],
  monthlyReportBusinessDay: 1,
}
const MON_FRI: CadenceSettings = { workdays: [1, 2, 3, 4, 5], holidays: [], monthlyReportBusinessDay: 3 }

const ACTIVE = '00000000-0000-4000-8000-00000000000a'
const LIGHT = '00000000-0000-4000-8000-00000000000b'
const FUTURE = '00000000-0000-4000-8000-00000000000c'
const ARCHIVED = '00000000-0000-4000-8000-00000000000d'
const DELETED = '00000000-0000-4000-8000-00000000000e'

function client(id: string, cooperationStart: string, overrides: Partial<CadenceClient> = {}): CadenceClient {
  return { id, activityLevel: 'active', cooperationStart, archivedAt: null, deletedAt: null, ...overrides }
}

const line = (t: TouchpointInput): string => `${t.dueDate} ${t.clientId ?? 'agency'} ${t.kind} ${t.periodKey}`

function lines(clients: CadenceClient[], settings: CadenceSettings, from: string, to: string): string[] {
  return generateTouchpoints({ clients, settings, from, to }).map(line).sort()
}

function ofKind(
  clients: CadenceClient[],
  settings: CadenceSettings,
  from: string,
  to: string,
  kind: TouchpointKind,
): [string, string][] {
  return generateTouchpoints({ clients, settings, from, to })
    .filter((t) => t.kind === kind)
    .map((t) => [t.periodKey, t.dueDate])
}

describe('a realistic month: November 2026 with the Finnish holidays', () => {
  const clients = [
    client(ACTIVE, '2025-03-10'),
    client(LIGHT, '2025-08-31', { activityLevel: 'light' }),
    client(FUTURE, '2026-11-18'),
    client(ARCHIVED, '2024-01-15', { archivedAt: '2026-06-01T10:00:00+03:00' }),
    client(DELETED, '2024-01-15', { deletedAt: '2026-06-01T10:00:00+03:00' }),
  ]
  const november = generateTouchpoints({ clients, settings: FI, from: '2026-11-01', to: '2026-11-30' })

  it('yields exactly the rhythm of the month, date by date', () => {
    expect(november.map(line).sort()).toEqual(
      [
        // The agency's internal weekly on Fridays (Dec 4 is outside the month).
        '2026-11-06 agency internal-weekly 2026-W45',
        '2026-11-13 agency internal-weekly 2026-W46',
        '2026-11-20 agency internal-weekly 2026-W47',
        '2026-11-27 agency internal-weekly 2026-W48',
        // The active client: Monday mails, Friday summaries, October's report on the 3rd
        // business day, December's schedule on the 5th-last business day.
        `2026-11-02 ${ACTIVE} monday-plan-mail 2026-W45`,
        `2026-11-09 ${ACTIVE} monday-plan-mail 2026-W46`,
        `2026-11-16 ${ACTIVE} monday-plan-mail 2026-W47`,
        `2026-11-23 ${ACTIVE} monday-plan-mail 2026-W48`,
        `2026-11-30 ${ACTIVE} monday-plan-mail 2026-W49`,
        `2026-11-06 ${ACTIVE} friday-summary 2026-W45`,
        `2026-11-13 ${ACTIVE} friday-summary 2026-W46`,
        `2026-11-20 ${ACTIVE} friday-summary 2026-W47`,
        `2026-11-27 ${ACTIVE} friday-summary 2026-W48`,
        `2026-11-04 ${ACTIVE} monthly-report 2026-10`,
        `2026-11-24 ${ACTIVE} publishing-schedule 2026-12`,
        // The light client: no weekly mails, but the report, the schedule, and the first
        // quarter of its second cooperation year (Aug 31 + 15 months = Nov 30).
        `2026-11-04 ${LIGHT} monthly-report 2026-10`,
        `2026-11-24 ${LIGHT} publishing-schedule 2026-12`,
        `2026-11-30 ${LIGHT} quarterly-review coop-Y2-Q1`,
        // The client starting Wednesday Nov 18: nothing before, the welcome on its first day.
        `2026-11-18 ${FUTURE} welcome-contact coop-Y1`,
        `2026-11-20 ${FUTURE} friday-summary 2026-W47`,
        `2026-11-23 ${FUTURE} monday-plan-mail 2026-W48`,
        `2026-11-24 ${FUTURE} publishing-schedule 2026-12`,
        `2026-11-27 ${FUTURE} friday-summary 2026-W48`,
        `2026-11-30 ${FUTURE} monday-plan-mail 2026-W49`,
      ].sort(),
    )
  })

  it('produces valid touchpoints, all due, with no skip reason and no closing link', () => {
    for (const touchpoint of november) {
      expect(touchpointInputSchema.parse(touchpoint)).toEqual(touchpoint)
      expect(touchpoint).toMatchObject({ status: 'due', skipReason: null, closedBy: null })
    }
  })

  it('returns them ordered by due date, the agency first on a day', () => {
    const dates = november.map((t) => t.dueDate)
    expect(dates).toEqual([...dates].sort())
    const friday = november.filter((t) => t.dueDate === '2026-11-06')
    expect(friday[0]?.clientId).toBeNull()
  })

  it('gives the future client its onboarding steps in December', () => {
    expect(lines([client(FUTURE, '2026-11-18')], FI, '2026-12-01', '2026-12-31')).toEqual(
      expect.arrayContaining([
        `2026-12-01 ${FUTURE} onboarding-checklist coop-Y1`, // start + 13 days = Tue Dec 1
        `2026-12-08 ${FUTURE} onboarding-workshop coop-Y1`, // start + 20 days = Tue Dec 8
        `2026-12-03 ${FUTURE} monthly-report 2026-11`, // its first (partial) month is reported
      ]),
    )
  })
})

describe('weekly touchpoints around holidays', () => {
  const active = [client(ACTIVE, '2025-01-01')]

  it('moves the Monday mail to Tuesday after Easter Monday, and Friday to Thursday before Good Friday', () => {
    const weekly = lines(active, FI, '2026-03-30', '2026-04-12').filter((l) => /W\d\d$/.test(l))
    expect(weekly).toEqual(
      [
        '2026-04-02 agency internal-weekly 2026-W14',
        `2026-03-30 ${ACTIVE} monday-plan-mail 2026-W14`,
        `2026-04-02 ${ACTIVE} friday-summary 2026-W14`,
        '2026-04-10 agency internal-weekly 2026-W15',
        `2026-04-07 ${ACTIVE} monday-plan-mail 2026-W15`,
        `2026-04-10 ${ACTIVE} friday-summary 2026-W15`,
      ].sort(),
    )
  })

  it('moves the Friday touchpoints back over Christmas and New Year', () => {
    expect(ofKind(active, FI, '2026-12-21', '2027-01-10', 'friday-summary')).toEqual([
      ['2026-W52', '2026-12-23'], // Dec 24 and 25 are holidays
      ['2026-W53', '2026-12-31'], // Jan 1 is a holiday; 2026 has an ISO week 53
      ['2027-W01', '2027-01-08'],
    ])
    expect(ofKind(active, FI, '2026-12-21', '2027-01-10', 'monday-plan-mail')).toEqual([
      ['2026-W52', '2026-12-21'],
      ['2026-W53', '2026-12-28'],
      ['2027-W01', '2027-01-04'],
    ])
  })

  it('skips a week in which the office is closed every workday', () => {
    const closed: CadenceSettings = {
      ...MON_FRI,
      holidays: ['2026-07-13', '2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17'],
    }
    const weekly = generateTouchpoints({
      clients: active,
      settings: closed,
      from: '2026-07-06',
      to: '2026-07-26',
    })
      .filter(
        (t) => t.kind === 'monday-plan-mail' || t.kind === 'friday-summary' || t.kind === 'internal-weekly',
      )
      .map((t) => t.periodKey)
    expect(weekly).not.toContain('2026-W29')
    expect(new Set(weekly)).toEqual(new Set(['2026-W28', '2026-W30']))
  })

  it('gives a client starting on a Saturday its first Monday mail two days later', () => {
    const saturday = [client(ACTIVE, '2026-08-01')]
    expect(ofKind(saturday, MON_FRI, '2026-07-01', '2026-08-09', 'monday-plan-mail')).toEqual([
      ['2026-W32', '2026-08-03'],
    ])
    expect(ofKind(saturday, MON_FRI, '2026-07-01', '2026-08-09', 'friday-summary')).toEqual([
      ['2026-W32', '2026-08-07'],
    ])
  })
})

describe('the monthly report on the Nth business day', () => {
  const c = [client(ACTIVE, '2024-01-01')]

  it('skips the New Year and Epiphany holidays and the weekend', () => {
    // Jan 2027: Fri 1 holiday, weekend, Mon 4 (1st), Tue 5 (2nd), Wed 6 holiday, Thu 7 (3rd).
    expect(ofKind(c, FI, '2027-01-01', '2027-01-31', 'monthly-report')).toEqual([['2026-12', '2027-01-07']])
    expect(
      ofKind(c, { ...FI, monthlyReportBusinessDay: 1 }, '2027-01-01', '2027-01-31', 'monthly-report'),
    ).toEqual([['2026-12', '2027-01-04']])
  })

  it('skips May Day', () => {
    expect(
      ofKind(c, { ...FI, monthlyReportBusinessDay: 1 }, '2026-05-01', '2026-05-31', 'monthly-report'),
    ).toEqual([['2026-04', '2026-05-04']])
    expect(ofKind(c, FI, '2026-05-01', '2026-05-31', 'monthly-report')).toEqual([['2026-04', '2026-05-06']])
  })

  it('counts the 15th business day, the largest Settings allow', () => {
    // Feb 2026 starts on a Sunday: business days 2..6, 9..13, 16..20 → the 15th is Fri Feb 20.
    expect(
      ofKind(c, { ...MON_FRI, monthlyReportBusinessDay: 15 }, '2026-02-01', '2026-02-28', 'monthly-report'),
    ).toEqual([['2026-01', '2026-02-20']])
  })

  it('reports a month only once the cooperation has begun in it', () => {
    const late = [client(ACTIVE, '2026-03-31')]
    expect(ofKind(late, MON_FRI, '2026-01-01', '2026-06-30', 'monthly-report').map(([key]) => key)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
    ])
  })
})

describe('next month publishing schedule', () => {
  it('is due on the 5th-last business day of the month before', () => {
    const c = [client(LIGHT, '2024-01-01', { activityLevel: 'light' })]
    expect(ofKind(c, FI, '2026-11-01', '2027-01-31', 'publishing-schedule')).toEqual([
      ['2026-12', '2026-11-24'], // Nov 30, 27, 26, 25, 24
      ['2027-01', '2026-12-23'], // Dec 31, 30, 29, 28, (24, 25 holidays) 23
      ['2027-02', '2027-01-25'], // Jan 29, 28, 27, 26, 25
    ])
  })
})

describe('quarterly reviews at the end of each cooperation quarter', () => {
  const quarters = (start: string, to: string): [string, string][] =>
    ofKind([client(ACTIVE, start)], ALL_DAYS, start, to, 'quarterly-review')

  it('clamps a January 31 start to month ends without drifting', () => {
    expect(quarters('2025-01-31', '2026-08-01')).toEqual([
      ['coop-Y1-Q1', '2025-04-30'],
      ['coop-Y1-Q2', '2025-07-31'],
      ['coop-Y1-Q3', '2025-10-31'],
      ['coop-Y1-Q4', '2026-01-31'],
      ['coop-Y2-Q1', '2026-04-30'],
      ['coop-Y2-Q2', '2026-07-31'],
    ])
  })

  it('handles a February 29 start across common and leap years', () => {
    const all = quarters('2024-02-29', '2028-03-31')
    expect(all.slice(0, 5)).toEqual([
      ['coop-Y1-Q1', '2024-05-29'],
      ['coop-Y1-Q2', '2024-08-29'],
      ['coop-Y1-Q3', '2024-11-29'],
      ['coop-Y1-Q4', '2025-02-28'],
      ['coop-Y2-Q1', '2025-05-29'],
    ])
    expect(all).toContainEqual(['coop-Y2-Q4', '2026-02-28'])
    expect(all).toContainEqual(['coop-Y3-Q4', '2027-02-28'])
    expect(all.at(-1)).toEqual(['coop-Y4-Q4', '2028-02-29'])
    expect(all).toHaveLength(16)
  })

  it('handles an August 31 start (Q2 ends on the last day of February)', () => {
    expect(quarters('2023-08-31', '2024-09-30')).toEqual([
      ['coop-Y1-Q1', '2023-11-30'],
      ['coop-Y1-Q2', '2024-02-29'],
      ['coop-Y1-Q3', '2024-05-31'],
      ['coop-Y1-Q4', '2024-08-31'],
    ])
    expect(quarters('2025-08-31', '2026-08-31').map(([, due]) => due)).toEqual([
      '2025-11-30',
      '2026-02-28',
      '2026-05-31',
      '2026-08-31',
    ])
  })

  it('handles a November 30 start', () => {
    expect(quarters('2026-11-30', '2028-03-01')).toEqual([
      ['coop-Y1-Q1', '2027-02-28'],
      ['coop-Y1-Q2', '2027-05-30'],
      ['coop-Y1-Q3', '2027-08-30'],
      ['coop-Y1-Q4', '2027-11-30'],
      ['coop-Y2-Q1', '2028-02-29'],
    ])
  })

  it('holds the review by the quarter end: a weekend end moves to the Friday before', () => {
    // Jan 31 2025 + 12 months = Sat Jan 31 2026; + 3 months = Thu Apr 30 2025.
    const due = ofKind(
      [client(ACTIVE, '2025-01-31')],
      MON_FRI,
      '2025-01-31',
      '2026-02-28',
      'quarterly-review',
    )
    expect(due).toContainEqual(['coop-Y1-Q4', '2026-01-30'])
    expect(due).toContainEqual(['coop-Y1-Q1', '2025-04-30'])
  })

  it('carries the aims Q1..Q4 and restarts at Q1 in the second year (mid-week start, 3 years)', () => {
    const due = ofKind([client(ACTIVE, '2025-03-12')], FI, '2025-03-12', '2028-03-12', 'quarterly-review')
    expect(due.map(([key]) => quarterAim(key))).toEqual(
      Array.from({ length: 3 }, () => [
        'q1-close-startup',
        'q2-non-standard-actions',
        'q3-control-next-year',
        'q4-year-to-year',
      ]).flat(),
    )
    expect(due.map(([key]) => key).slice(3, 6)).toEqual(['coop-Y1-Q4', 'coop-Y2-Q1', 'coop-Y2-Q2'])
    // Jun 12 2026 (Y2-Q1) is a Friday; Dec 12 2026 (Y2-Q3) a Saturday → Friday Dec 11.
    expect(due).toContainEqual(['coop-Y2-Q1', '2026-06-12'])
    expect(due).toContainEqual(['coop-Y2-Q3', '2026-12-11'])
  })
})

describe('the annual review and report', () => {
  it('puts the report at the anniversary and the review two weeks before it', () => {
    const c = [client(ACTIVE, '2025-01-31')]
    const annual = generateTouchpoints({
      clients: c,
      settings: MON_FRI,
      from: '2025-01-31',
      to: '2027-02-28',
    })
      .filter((t) => t.kind === 'annual-review' || t.kind === 'annual-report')
      .map(line)
    expect(annual).toEqual([
      // Jan 31 2026 is a Saturday: report on Friday Jan 30; Jan 17 is a Saturday: review Monday Jan 19.
      `2026-01-19 ${ACTIVE} annual-review coop-Y1`,
      `2026-01-30 ${ACTIVE} annual-report coop-Y1`,
      // Jan 31 2027 is a Sunday: report Friday Jan 29; review from Sunday Jan 17 → Monday Jan 18.
      `2027-01-18 ${ACTIVE} annual-review coop-Y2`,
      `2027-01-29 ${ACTIVE} annual-report coop-Y2`,
    ])
  })

  it('uses February 28 as the anniversary of a February 29 start in common years', () => {
    const c = [client(LIGHT, '2024-02-29', { activityLevel: 'light' })]
    expect(ofKind(c, ALL_DAYS, '2024-01-01', '2028-12-31', 'annual-report')).toEqual([
      ['coop-Y1', '2025-02-28'],
      ['coop-Y2', '2026-02-28'],
      ['coop-Y3', '2027-02-28'],
      ['coop-Y4', '2028-02-29'],
    ])
    expect(ofKind(c, ALL_DAYS, '2024-01-01', '2025-12-31', 'annual-review')).toEqual([
      ['coop-Y1', '2025-02-14'],
    ])
  })

  it('lands the annual report on the day of the Q4 review', () => {
    const all = generateTouchpoints({
      clients: [client(ACTIVE, '2025-06-17')],
      settings: FI,
      from: '2025-06-17',
      to: '2028-06-30',
    })
    const reports = all.filter((t) => t.kind === 'annual-report')
    expect(reports).toHaveLength(3)
    for (const report of reports) {
      const q4 = all.find((t) => t.kind === 'quarterly-review' && t.periodKey === `${report.periodKey}-Q4`)
      expect(q4?.dueDate).toBe(report.dueDate)
    }
  })
})

describe('the onboarding sequence', () => {
  it('happens once, in the first three weeks, in order', () => {
    const all = generateTouchpoints({
      clients: [client(ACTIVE, '2026-03-02')],
      settings: FI,
      from: '2025-01-01',
      to: '2029-03-31',
    })
    const onboarding = all
      .filter((t) => ['welcome-contact', 'onboarding-checklist', 'onboarding-workshop'].includes(t.kind))
      .map(line)
    expect(onboarding).toEqual([
      `2026-03-02 ${ACTIVE} welcome-contact coop-Y1`,
      `2026-03-13 ${ACTIVE} onboarding-checklist coop-Y1`, // start + 13 = Sun Mar 15 → Fri
      `2026-03-20 ${ACTIVE} onboarding-workshop coop-Y1`, // start + 20 = Sun Mar 22 → Fri
    ])
  })

  it('welcomes on the first business day on or after the start', () => {
    // Start on Easter Monday 2026: welcome on Tuesday.
    expect(ofKind([client(ACTIVE, '2026-04-06')], FI, '2026-04-01', '2026-04-30', 'welcome-contact')).toEqual(
      [['coop-Y1', '2026-04-07']],
    )
  })

  it('is absent from ranges after the first weeks', () => {
    const kinds = generateTouchpoints({
      clients: [client(ACTIVE, '2026-03-02')],
      settings: FI,
      from: '2026-03-21',
      to: '2027-12-31',
    }).map((t) => t.kind)
    expect(kinds).not.toContain('welcome-contact')
    expect(kinds).not.toContain('onboarding-checklist')
    expect(kinds).not.toContain('onboarding-workshop')
  })
})

describe('which clients get what', () => {
  const year = (clients: CadenceClient[]): TouchpointInput[] =>
    generateTouchpoints({ clients, settings: FI, from: '2026-01-01', to: '2026-12-31' })

  it('gives light clients no Monday or Friday mails, but monthly reports and reviews', () => {
    const kinds = new Set(year([client(LIGHT, '2024-05-15', { activityLevel: 'light' })]).map((t) => t.kind))
    expect(kinds).not.toContain('monday-plan-mail')
    expect(kinds).not.toContain('friday-summary')
    for (const kind of [
      'monthly-report',
      'publishing-schedule',
      'quarterly-review',
      'annual-report',
    ] as const) {
      expect(kinds).toContain(kind)
    }
  })

  it('gives an active client a Monday mail and a Friday summary in every working week', () => {
    const all = year([client(ACTIVE, '2024-05-15')])
    // 2026 has 53 ISO weeks; W01's Monday is Dec 29 2025, outside the range.
    expect(all.filter((t) => t.kind === 'monday-plan-mail')).toHaveLength(52)
    // W01's Friday is Jan 2 2026, W53's Friday (Jan 1 2027 → Thu Dec 31) is in range too.
    expect(all.filter((t) => t.kind === 'friday-summary')).toHaveLength(53)
    expect(all.filter((t) => t.kind === 'monthly-report')).toHaveLength(12)
    expect(all.filter((t) => t.kind === 'quarterly-review')).toHaveLength(4)
  })

  it('gives archived and deleted clients nothing, while the agency weekly continues', () => {
    const all = year([
      client(ARCHIVED, '2024-05-15', { archivedAt: '2025-12-01T09:00:00Z' }),
      client(DELETED, '2024-05-15', { deletedAt: '2025-12-01T09:00:00Z' }),
    ])
    expect(all.filter((t) => t.clientId !== null)).toEqual([])
    expect(all.filter((t) => t.kind === 'internal-weekly')).toHaveLength(53)
  })

  it('gives a client nothing due before its cooperation starts', () => {
    const all = year([client(FUTURE, '2026-09-16')])
    const ofClient = all.filter((t) => t.clientId === FUTURE)
    expect(ofClient.length).toBeGreaterThan(0)
    expect(ofClient.every((t) => t.dueDate >= '2026-09-16')).toBe(true)
    expect(year([client(FUTURE, '2027-01-04')]).filter((t) => t.clientId !== null)).toEqual([])
  })

  it('stops a client switched from active to light getting weekly mails, from the next generation on', () => {
    const before = year([client(ACTIVE, '2024-05-15')])
    const after = year([client(ACTIVE, '2024-05-15', { activityLevel: 'light' })])
    const monthlyOnly = (list: TouchpointInput[]): TouchpointInput[] =>
      list.filter((t) => t.kind !== 'monday-plan-mail' && t.kind !== 'friday-summary')
    expect(monthlyOnly(after)).toEqual(monthlyOnly(before))
    expect(after.some((t) => t.kind === 'monday-plan-mail')).toBe(false)
  })
})

describe('determinism and input checks', () => {
  const clients = [client(ACTIVE, '2025-01-31'), client(LIGHT, '2024-02-29', { activityLevel: 'light' })]

  it('gives the same output for the same input, whatever the order of clients and holidays', () => {
    const input = { clients, settings: FI, from: '2025-06-01', to: '2027-06-30' }
    const first = generateTouchpoints(input)
    expect(generateTouchpoints(input)).toEqual(first)
    expect(
      generateTouchpoints({
        ...input,
        clients: [...clients].reverse(),
        settings: { ...FI, holidays: [...FINNISH_HOLIDAYS].reverse(), workdays: [5, 4, 3, 2, 1, 1] },
      }),
    ).toEqual(first)
  })

  it('works with the default settings of a fresh install', () => {
    const out = generateTouchpoints({
      clients,
      settings: DEFAULT_SETTINGS,
      from: '2026-01-01',
      to: '2026-01-31',
    })
    expect(out.length).toBeGreaterThan(0)
  })

  it('returns nothing for a reversed range', () => {
    expect(generateTouchpoints({ clients, settings: FI, from: '2026-02-01', to: '2026-01-31' })).toEqual([])
  })

  it('reads a settings record without workdays as a seven-day week rather than looping or vanishing', () => {
    const out = generateTouchpoints({
      clients: [client(ACTIVE, '2026-01-01')],
      settings: { ...MON_FRI, workdays: [] },
      from: '2026-02-01',
      to: '2026-02-28',
    })
    expect(out.filter((t) => t.kind === 'monthly-report')).toEqual([
      expect.objectContaining({ periodKey: '2026-01', dueDate: '2026-02-03' }),
    ])
  })

  it('names the faulty value of bad input', () => {
    const run =
      (overrides: Partial<Parameters<typeof generateTouchpoints>[0]>): (() => unknown) =>
      () =>
        generateTouchpoints({ clients, settings: FI, from: '2026-01-01', to: '2026-12-31', ...overrides })
    expect(run({ from: '2026-02-30' })).toThrow(CadenceInputError)
    expect(run({ from: '2026-02-30' })).toThrow('Range start "2026-02-30"')
    expect(run({ to: 'tomorrow' })).toThrow('Range end "tomorrow"')
    expect(run({ settings: { ...FI, holidays: ['2026-13-01'] } })).toThrow('Holiday "2026-13-01"')
    expect(run({ settings: { ...FI, monthlyReportBusinessDay: 0 } })).toThrow('Monthly report business day 0')
    expect(run({ clients: [client(ACTIVE, '31.01.2025')] })).toThrow(`Cooperation start of client ${ACTIVE}`)
  })
})
