import { describe, expect, it } from 'vitest'
import type { LeanStage } from '../schemas/enums'
import { leanLoopOfPeriod, type LeanLoopExperiment, type LeanLoopInput } from './lean-loop'

const CLIENT = '11111111-1111-4111-8111-111111111111'
const OTHER = '22222222-2222-4222-8222-222222222222'
const CAMPAIGN = '33333333-3333-4333-8333-333333333333'

let next = 0
function test(history: [LeanStage, string][], extra: Partial<LeanLoopExperiment> = {}): LeanLoopExperiment {
  next++
  const last = history[history.length - 1]
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    clientId: CLIENT,
    campaignId: null,
    hypothesis: `Hypothesis ${String(next)}`,
    metric: 'CTR',
    startDate: null,
    endDate: null,
    result: '',
    learning: '',
    stage: last?.[0] ?? 'idea',
    stageHistory: history.map(([stage, at]) => ({ stage, at })),
    createdAt: history[0]?.[1] ?? '2026-01-01T10:00:00.000Z',
    deletedAt: null,
    ...extra,
  }
}

function input(experiments: LeanLoopExperiment[], overrides: Partial<LeanLoopInput> = {}): LeanLoopInput {
  return {
    clientId: CLIENT,
    timezone: 'Europe/Helsinki',
    from: '2026-07-01',
    to: '2026-09-30',
    today: '2026-11-23',
    experiments,
    campaigns: [{ id: CAMPAIGN, name: 'Autumn sale' }],
    ...overrides,
  }
}

describe('the lean loop of a period', () => {
  it('lists a test learned in the period with its learning and the day, and names its campaign', () => {
    const learned = test(
      [
        ['planned', '2026-06-01T08:00:00.000Z'],
        ['testing', '2026-07-05T08:00:00.000Z'],
        ['learned', '2026-08-20T08:00:00.000Z'],
      ],
      { campaignId: CAMPAIGN, result: 'CTR +18 %', learning: 'Faces beat products' },
    )
    const loop = leanLoopOfPeriod(input([learned]))
    expect(loop.learned).toEqual([
      expect.objectContaining({
        id: learned.id,
        campaign: 'Autumn sale',
        stage: 'learned',
        learnedOn: '2026-08-20',
        learning: 'Faces beat products',
      }),
    ])
    expect(loop.running).toEqual([])
    expect(loop.next).toEqual([])
  })

  it('reads running and next at the period end from the history, not the stage today', () => {
    // Testing at the end of September, learned only in October: running in Q3.
    const laterLearned = test([
      ['live', '2026-08-01T08:00:00.000Z'],
      ['testing', '2026-09-10T08:00:00.000Z'],
      ['learned', '2026-10-15T08:00:00.000Z'],
    ])
    // Planned in Q3, live only in November: next in Q3.
    const laterLive = test([
      ['idea', '2026-07-10T08:00:00.000Z'],
      ['planned', '2026-09-01T08:00:00.000Z'],
      ['live', '2026-11-02T08:00:00.000Z'],
    ])
    // Created after the quarter: not part of it.
    const newer = test([['idea', '2026-10-02T08:00:00.000Z']])
    const loop = leanLoopOfPeriod(input([laterLearned, laterLive, newer]))
    expect(loop.running.map((e) => [e.id, e.stage])).toEqual([[laterLearned.id, 'testing']])
    expect(loop.next.map((e) => [e.id, e.stage])).toEqual([[laterLive.id, 'planned']])
    expect(loop.learned).toEqual([])
  })

  it('takes the day of a move in the client’s time zone', () => {
    // 22:30 UTC on 30 September is already 1 October in Helsinki: learned after Q3.
    const late = test([
      ['testing', '2026-08-01T08:00:00.000Z'],
      ['learned', '2026-09-30T22:30:00.000Z'],
    ])
    const loop = leanLoopOfPeriod(input([late]))
    expect(loop.learned).toEqual([])
    expect(loop.running.map((e) => e.id)).toEqual([late.id])
    const newYork = leanLoopOfPeriod(input([late], { timezone: 'America/New_York' }))
    expect(newYork.learned.map((e) => e.learnedOn)).toEqual(['2026-09-30'])
  })

  it('leaves out tests learned before the period, deleted ones and other clients’', () => {
    const before = test([
      ['testing', '2026-03-01T08:00:00.000Z'],
      ['learned', '2026-05-01T08:00:00.000Z'],
    ])
    const deleted = test([['testing', '2026-07-01T08:00:00.000Z']], { deletedAt: '2026-07-02T08:00:00.000Z' })
    const other = test([['testing', '2026-07-01T08:00:00.000Z']], { clientId: OTHER })
    expect(leanLoopOfPeriod(input([before, deleted, other]))).toEqual({ learned: [], running: [], next: [] })
  })

  it('reads a period that is not over at today', () => {
    const learnedSoon = test([
      ['testing', '2026-10-01T08:00:00.000Z'],
      ['learned', '2026-11-20T08:00:00.000Z'],
    ])
    const loop = leanLoopOfPeriod(
      input([learnedSoon], { from: '2026-10-01', to: '2026-12-31', today: '2026-11-10' }),
    )
    expect(loop.running.map((e) => e.id)).toEqual([learnedSoon.id])
    expect(loop.learned).toEqual([])
  })

  it('falls back to the current stage and end date for a test without a history', () => {
    const old = test([], {
      stage: 'learned',
      endDate: '2026-08-31',
      createdAt: '2026-05-01T08:00:00.000Z',
      learning: 'Short copy wins',
    })
    const backlog = test([], { stage: 'idea', createdAt: '2026-06-01T08:00:00.000Z' })
    const loop = leanLoopOfPeriod(input([old, backlog]))
    expect(loop.learned.map((e) => [e.id, e.learnedOn])).toEqual([[old.id, '2026-08-31']])
    expect(loop.next.map((e) => e.id)).toEqual([backlog.id])
  })

  it('orders each list by date', () => {
    const second = test([
      ['testing', '2026-07-01T08:00:00.000Z'],
      ['learned', '2026-09-01T08:00:00.000Z'],
    ])
    const first = test([
      ['testing', '2026-07-01T08:00:00.000Z'],
      ['learned', '2026-08-01T08:00:00.000Z'],
    ])
    expect(leanLoopOfPeriod(input([second, first])).learned.map((e) => e.id)).toEqual([first.id, second.id])
  })
})
