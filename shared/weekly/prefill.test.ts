import { describe, expect, it } from 'vitest'
import type { LeanStage } from '../schemas/enums'
import {
  prefillWeeklyCard,
  type PrefillCampaign,
  type PrefillExperiment,
  type PrefillTask,
  type WeeklyPrefillInput,
} from './prefill'
import { weeklyWeek } from './week'

const WEEK = weeklyWeek('2026-11-19', { workdays: [1, 2, 3, 4, 5], holidays: [] }) // weekly Fri 20 Nov
const SINCE = '2026-11-13T11:00:00.000Z' // last Friday's weekly
const UNTIL = '2026-11-19T15:00:00.000Z' // Thursday afternoon, card being prepared

let seq = 0
function task(overrides: Partial<PrefillTask> = {}): PrefillTask {
  seq += 1
  return {
    id: `t${seq}`,
    title: `Task ${seq}`,
    status: 'todo',
    deadline: null,
    doneAt: null,
    assigneeIds: ['anna'],
    deletedAt: null,
    ...overrides,
  }
}

function campaign(name: string, history: [LeanStage, string][], overrides: Partial<PrefillCampaign> = {}) {
  return {
    id: name,
    name,
    stage: history.at(-1)?.[0] ?? 'idea',
    startDate: null,
    endDate: null,
    deletedAt: null,
    stageHistory: history.map(([stage, at]) => ({ stage, at })),
    ...overrides,
  } satisfies PrefillCampaign
}

function experiment(
  hypothesis: string,
  history: [LeanStage, string][],
  overrides: Partial<PrefillExperiment> = {},
): PrefillExperiment {
  return {
    id: hypothesis,
    hypothesis,
    stage: history.at(-1)?.[0] ?? 'idea',
    result: '',
    learning: '',
    deletedAt: null,
    stageHistory: history.map(([stage, at]) => ({ stage, at })),
    ...overrides,
  }
}

function input(overrides: Partial<WeeklyPrefillInput> = {}): WeeklyPrefillInput {
  return {
    clientId: 'client',
    activityLevel: 'active',
    week: WEEK,
    since: SINCE,
    until: UNTIL,
    today: '2026-11-19',
    tasks: [],
    campaigns: [],
    experiments: [],
    budget: null,
    ...overrides,
  }
}

describe('prefillWeeklyCard', () => {
  it('lists the tasks done after the last weekly started and up to now, oldest first', () => {
    const prefill = prefillWeeklyCard(
      input({
        tasks: [
          task({ title: 'Before', status: 'done', doneAt: '2026-11-13T10:59:59.000Z' }),
          task({ title: 'At the weekly', status: 'done', doneAt: SINCE }),
          task({ title: 'Feed fixed', status: 'done', doneAt: '2026-11-18T09:00:00+02:00' }),
          task({ title: 'Ads live', status: 'done', doneAt: '2026-11-16T08:00:00.000Z' }),
          task({ title: 'Tomorrow?', status: 'done', doneAt: '2026-11-19T15:00:01.000Z' }),
          task({ title: 'Deleted', status: 'done', doneAt: '2026-11-17T08:00:00Z', deletedAt: UNTIL }),
          task({ title: 'Reopened', status: 'todo', doneAt: '2026-11-17T08:00:00Z' }),
        ],
      }),
    )
    expect(prefill.done.map((d) => d.title)).toEqual(['Ads live', 'Feed fixed'])
    expect(prefill.since).toBe(SINCE)
    expect(prefill.isEmpty).toBe(false)
  })

  it("looks back a week before the client's first weekly", () => {
    const prefill = prefillWeeklyCard(
      input({
        since: null,
        tasks: [
          task({ title: 'Eight days ago', status: 'done', doneAt: '2026-11-11T15:00:00.000Z' }),
          task({ title: 'Six days ago', status: 'done', doneAt: '2026-11-13T15:00:00.000Z' }),
        ],
      }),
    )
    expect(prefill.since).toBe('2026-11-12T15:00:00.000Z')
    expect(prefill.done.map((d) => d.title)).toEqual(['Six days ago'])
  })

  it('plans every open task due by next Sunday under its first assignee, overdue ones marked', () => {
    const prefill = prefillWeeklyCard(
      input({
        tasks: [
          task({ title: 'Late report', deadline: '2026-11-18', assigneeIds: ['mikko'] }),
          task({ title: 'Creative refresh', deadline: '2026-11-25', assigneeIds: ['anna', 'mikko'] }),
          task({ title: 'Due today', deadline: '2026-11-19', status: 'in-progress' }),
          task({ title: 'Sunday', deadline: '2026-11-29', assigneeIds: [] }),
          task({ title: 'Week after', deadline: '2026-11-30' }),
          task({ title: 'Done already', deadline: '2026-11-24', status: 'done', doneAt: UNTIL }),
          task({ title: 'No deadline' }),
        ],
      }),
    )
    expect(
      prefill.nextWeek.map((plan) => [plan.assigneeId, plan.tasks.map((t) => [t.title, t.overdue])]),
    ).toEqual([
      ['mikko', [['Late report', true]]],
      [
        'anna',
        [
          ['Due today', false],
          ['Creative refresh', false],
        ],
      ],
      [null, [['Sunday', false]]],
    ])
    expect(prefill.helpNeeded).toBe(false)
  })

  it('suggests asking for help when a task on the list is blocked', () => {
    const prefill = prefillWeeklyCard(input({ tasks: [task({ deadline: '2026-11-24', status: 'blocked' })] }))
    expect(prefill.helpNeeded).toBe(true)
  })

  it('tells each lean-loop move since the last weekly from where it stood before to where it is', () => {
    const prefill = prefillWeeklyCard(
      input({
        campaigns: [
          campaign('Spring sale', [
            ['planned', '2026-10-01T09:00:00Z'],
            ['in-production', '2026-11-02T09:00:00Z'],
            ['live', '2026-11-16T07:00:00Z'],
            ['testing', '2026-11-18T07:00:00Z'],
          ]),
          campaign('New idea', [['idea', '2026-11-17T10:00:00Z']]),
          campaign('There and back', [
            ['planned', '2026-10-01T09:00:00Z'],
            ['idea', '2026-11-16T09:00:00Z'],
            ['planned', '2026-11-17T09:00:00Z'],
          ]),
          campaign('Quiet', [['live', '2026-11-01T09:00:00Z']]),
          // Stored before histories existed: no stageHistory at all.
          { id: 'Old row', name: 'Old row', stage: 'live', startDate: null, endDate: null, deletedAt: null },
          campaign('Deleted', [['live', '2026-11-17T09:00:00Z']], { deletedAt: UNTIL }),
          campaign('Future move', [
            ['planned', '2026-10-01T09:00:00Z'],
            ['live', '2026-11-19T15:00:01Z'],
          ]),
        ],
        experiments: [
          experiment(
            'Video beats carousel',
            [
              ['live', '2026-11-01T09:00:00Z'],
              ['learned', '2026-11-18T12:00:00Z'],
            ],
            { result: 'CPL −18 %', learning: 'Use video for lead ads' },
          ),
          experiment('Quiet test', [['testing', '2026-11-01T09:00:00Z']], { result: 'Running' }),
          experiment('No words yet', [
            ['live', '2026-11-01T09:00:00Z'],
            ['testing', '2026-11-18T12:00:00Z'],
          ]),
        ],
      }),
    )
    expect(prefill.moves.map((m) => [m.kind, m.name, m.from, m.to])).toEqual([
      ['campaign', 'New idea', null, 'idea'],
      ['campaign', 'Spring sale', 'in-production', 'testing'],
      ['experiment', 'No words yet', 'live', 'testing'],
      ['experiment', 'Video beats carousel', 'live', 'learned'],
    ])
    expect(prefill.moves[1]?.at).toBe('2026-11-18T07:00:00Z')
    expect(prefill.learnings).toEqual([
      {
        experimentId: 'Video beats carousel',
        hypothesis: 'Video beats carousel',
        result: 'CPL −18 %',
        learning: 'Use video for lead ads',
      },
    ])
  })

  it('names launches and ends of the next two weeks for the direction', () => {
    const prefill = prefillWeeklyCard(
      input({
        campaigns: [
          campaign('Launching', [['in-production', '2026-11-01T09:00:00Z']], { startDate: '2026-11-24' }),
          campaign('Ending', [['live', '2026-11-01T09:00:00Z']], { endDate: '2026-12-04' }),
          campaign('Too far', [['planned', '2026-11-01T09:00:00Z']], { startDate: '2026-12-05' }),
          campaign('Launched today', [['planned', '2026-11-01T09:00:00Z']], { startDate: '2026-11-20' }),
          campaign('Idea', [['idea', '2026-11-01T09:00:00Z']], { startDate: '2026-11-25' }),
        ],
      }),
    )
    expect(prefill.upcoming.map((u) => [u.name, u.event, u.date])).toEqual([
      ['Launching', 'launch', '2026-11-24'],
      ['Ending', 'end', '2026-12-04'],
    ])
  })

  it("burns this month's media and work budget, and skips a budget with nothing in it", () => {
    const budget = {
      month: '2026-11',
      mediaPlanned: { amountMinor: 300_000, currency: 'EUR' },
      mediaSpent: { amountMinor: 190_000, currency: 'EUR' },
      workHoursPlanned: 40,
      workHoursUsed: 34,
    }
    const prefill = prefillWeeklyCard(input({ budget }))
    expect(prefill.budget).toMatchObject({
      month: '2026-11',
      currency: 'EUR',
      media: { planned: 300_000, used: 190_000, level: 'ok', forecast: 300_000 },
      work: { planned: 40, used: 34, level: 'warning', forecastLevel: 'over' },
    })
    expect(prefill.isEmpty).toBe(false)
    const nothing = {
      ...budget,
      mediaPlanned: { amountMinor: 0, currency: 'EUR' },
      mediaSpent: { amountMinor: 0, currency: 'EUR' },
      workHoursPlanned: 0,
      workHoursUsed: 0,
    }
    expect(prefillWeeklyCard(input({ budget: nothing })).budget).toBeNull()
    const mixed = { ...budget, mediaSpent: { amountMinor: 1, currency: 'PLN' } }
    expect(prefillWeeklyCard(input({ budget: mixed })).budget).toBeNull()
  })

  it('is empty for a quiet client, and marks light clients', () => {
    const prefill = prefillWeeklyCard(input({ activityLevel: 'light' }))
    expect(prefill).toMatchObject({ light: true, isEmpty: true, helpNeeded: false })
  })
})
