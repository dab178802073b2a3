import { describe, expect, it } from 'vitest'
import type { Brief, BudgetMonth, Campaign, Task, Touchpoint } from './schemas'
import {
  budgetAlarms,
  daysWaiting,
  dueGroup,
  inScope,
  isMine,
  isReportTouchpoint,
  orderTouchpoints,
  splitDueTasks,
  waitingBriefs,
} from './today'

const T0 = '2026-11-01T08:00:00.000Z'
const base = (id: string) => ({ id, createdAt: T0, updatedAt: T0, deletedAt: null })

const owners = new Map<string, string | null>([
  ['c-anna', 'anna'],
  ['c-ben', 'ben'],
  ['c-nobody', null],
])

describe('whose work an item is', () => {
  it('is the client owner’s, an assignee’s, and everyone’s for agency-wide work', () => {
    expect(isMine({ clientId: 'c-anna' }, 'anna', owners)).toBe(true)
    expect(isMine({ clientId: 'c-anna' }, 'ben', owners)).toBe(false)
    expect(isMine({ clientId: 'c-anna', assigneeIds: ['ben'] }, 'ben', owners)).toBe(true)
    expect(isMine({ clientId: 'c-nobody', assigneeIds: [null] }, 'ben', owners)).toBe(false)
    expect(isMine({ clientId: null }, 'ben', owners)).toBe(true)
    expect(isMine({ clientId: 'c-unknown' }, 'ben', owners)).toBe(false)
  })

  it('filters for Mine, keeps everything for Everyone, and nothing while nobody is chosen', () => {
    const items = [
      { id: 1, clientId: 'c-anna' },
      { id: 2, clientId: 'c-ben' },
      { id: 3, clientId: null },
    ]
    const ids = (list: typeof items) => list.map((item) => item.id)
    expect(ids(inScope(items, 'everyone', null, owners, (item) => item))).toEqual([1, 2, 3])
    expect(ids(inScope(items, 'mine', 'ben', owners, (item) => item))).toEqual([2, 3])
    expect(ids(inScope(items, 'mine', null, owners, (item) => item))).toEqual([])
  })
})

function touchpoint(
  id: string,
  kind: Touchpoint['kind'],
  dueDate: string,
  clientId: string | null,
): Touchpoint {
  return {
    ...base(id),
    clientId,
    kind,
    periodKey: 'p',
    dueDate,
    status: 'due',
    skipReason: null,
    closedBy: null,
  }
}

describe('ordering the rhythm', () => {
  it('reads by due date, then the rhythm’s kind order, then client name', () => {
    const names = new Map([
      ['c-b', 'Beta'],
      ['c-a', 'Alpha'],
    ])
    const name = (clientId: string | null) => (clientId ? (names.get(clientId) ?? '') : '')
    const ordered = orderTouchpoints(
      [
        touchpoint('1', 'friday-summary', '2026-11-20', 'c-a'),
        touchpoint('2', 'monday-plan-mail', '2026-11-23', 'c-b'),
        touchpoint('3', 'monday-plan-mail', '2026-11-23', 'c-a'),
        touchpoint('4', 'friday-summary', '2026-11-18', 'c-b'),
        touchpoint('5', 'internal-weekly', '2026-11-20', null),
      ],
      name,
    )
    expect(ordered.map((t) => t.id)).toEqual(['4', '1', '5', '3', '2'])
  })

  it('groups by overdue, today and coming, and knows the reports', () => {
    expect(dueGroup('2026-11-22', '2026-11-23')).toBe('overdue')
    expect(dueGroup('2026-11-23', '2026-11-23')).toBe('today')
    expect(dueGroup('2026-11-24', '2026-11-23')).toBe('coming')
    expect(isReportTouchpoint({ kind: 'monthly-report' })).toBe(true)
    expect(isReportTouchpoint({ kind: 'annual-report' })).toBe(true)
    expect(isReportTouchpoint({ kind: 'annual-review' })).toBe(false)
  })
})

describe('tasks due', () => {
  const task = (title: string, deadline: string | null, priority: Task['priority']) => ({
    title,
    deadline,
    priority,
  })

  it('splits overdue (oldest first, then priority) from due today (by priority)', () => {
    const { overdue, dueToday } = splitDueTasks(
      [
        task('late low', '2026-11-20', 'low'),
        task('later urgent', '2026-11-21', 'urgent'),
        task('late urgent', '2026-11-20', 'urgent'),
        task('today normal', '2026-11-23', 'normal'),
        task('today high', '2026-11-23', 'high'),
        task('no deadline', null, 'urgent'),
        task('tomorrow', '2026-11-24', 'urgent'),
      ],
      '2026-11-23',
    )
    expect(overdue.map((t) => t.title)).toEqual(['late urgent', 'late low', 'later urgent'])
    expect(dueToday.map((t) => t.title)).toEqual(['today high', 'today normal'])
  })
})

function campaign(id: string, stage: Campaign['stage']): Campaign {
  return {
    ...base(id),
    clientId: 'c-anna',
    name: `Campaign ${id}`,
    channels: [],
    startDate: null,
    endDate: null,
    mediaBudget: null,
    stage,
    ownerId: null,
    stageHistory: [],
    milestones: [],
    notes: '',
  }
}

function brief(
  id: string,
  campaignId: string,
  status: Brief['status'],
  answers: (string | null)[] = [],
): Brief {
  return {
    ...base(id),
    clientId: 'c-anna',
    campaignId,
    goal: '',
    businessLogic: '',
    audience: '',
    kpis: [],
    budget: null,
    deadline: null,
    deliverables: [],
    channels: [],
    materials: [],
    openQuestions: answers.map((answeredAt, i) => ({
      id: `${id}-q${i}`,
      question: `Question ${i}`,
      answer: answeredAt ? 'Yes' : null,
      answeredAt,
    })),
    status,
    approvedAt: null,
  }
}

describe('briefs waiting for answers', () => {
  const campaigns = new Map(
    [campaign('idea', 'idea'), campaign('planned', 'planned'), campaign('live', 'live')].map((c) => [
      c.id,
      c,
    ]),
  )

  it('lists clarifying briefs and drafts past the idea stage, longest waiting first', () => {
    const waiting = waitingBriefs(
      [
        brief('clarifying', 'idea', 'clarifying', ['2026-11-10T09:00:00.000Z', null, null]),
        brief('draft-of-idea', 'idea', 'draft'),
        brief('draft-planned', 'planned', 'draft'),
        brief('approved', 'live', 'approved'),
        { ...brief('deleted', 'planned', 'clarifying'), deletedAt: T0 },
        brief('orphan', 'missing', 'clarifying'),
      ],
      campaigns,
    )
    expect(waiting.map((w) => w.brief.id)).toEqual(['draft-planned', 'clarifying'])
    expect(waiting[1]?.waitingSince).toBe('2026-11-10T09:00:00.000Z')
    expect(waiting[1]?.openQuestions).toBe(2)
    expect(waiting[0]?.campaign.id).toBe('planned')
  })

  it('counts whole days waiting', () => {
    expect(daysWaiting('2026-11-10T09:00:00.000Z', '2026-11-23T08:59:00.000Z')).toBe(12)
    expect(daysWaiting('2026-11-10T09:00:00.000Z', '2026-11-23T09:00:00.000Z')).toBe(13)
    expect(daysWaiting('2026-11-24T09:00:00.000Z', '2026-11-23T09:00:00.000Z')).toBe(0)
  })
})

function budget(id: string, month: string, media: [number, number], hours: [number, number]): BudgetMonth {
  return {
    ...base(id),
    clientId: `c-${id}`,
    month,
    mediaPlanned: { amountMinor: media[0], currency: 'EUR' },
    mediaSpent: { amountMinor: media[1], currency: 'EUR' },
    workHoursPlanned: hours[0],
    workHoursUsed: hours[1],
    workFee: null,
  }
}

describe('budgets past 80 %', () => {
  it('lists this month’s budgets past the warning line, over-budget first, then by share', () => {
    const alarms = budgetAlarms(
      [
        budget('calm', '2026-11', [100_000, 50_000], [10, 5]),
        budget('media-85', '2026-11', [100_000, 85_000], [10, 1]),
        budget('hours-95', '2026-11', [100_000, 10_000], [20, 19]),
        budget('media-over', '2026-11', [100_000, 101_000], [10, 2]),
        budget('hours-without-plan', '2026-11', [0, 0], [0, 3]),
        budget('last-month', '2026-10', [100_000, 150_000], [10, 20]),
        {
          ...budget('mixed-currency', '2026-11', [100_000, 120_000], [0, 0]),
          mediaSpent: { amountMinor: 120_000, currency: 'PLN' },
        },
      ],
      '2026-11-23',
    )
    expect(alarms.map((a) => [a.budget.id, a.level])).toEqual([
      ['hours-without-plan', 'over'],
      ['media-over', 'over'],
      ['hours-95', 'warning'],
      ['media-85', 'warning'],
    ])
  })

  it('warns at exactly 80 % of the work budget', () => {
    const [alarm] = budgetAlarms([budget('edge', '2026-11', [0, 0], [3, 2.4])], '2026-11-02')
    expect(alarm?.level).toBe('warning')
  })
})
