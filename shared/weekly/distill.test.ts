import { describe, expect, it } from 'vitest'
import { budgetBurn } from '../budget'
import { distillClientSummary, sectionPoints } from './distill'
import type { WeeklyPrefill } from './prefill'

const AT = '2026-11-17T09:00:00Z'
const prefill: Pick<WeeklyPrefill, 'done' | 'nextWeek' | 'moves' | 'budget'> = {
  done: [{ taskId: 't1', title: 'Feed fixed', doneAt: AT, assigneeIds: ['anna'] }],
  nextWeek: [
    {
      assigneeId: 'mikko',
      tasks: [{ taskId: 't2', title: 'Banners', deadline: '2026-11-25', status: 'blocked', overdue: false }],
    },
    {
      assigneeId: 'anna',
      tasks: [{ taskId: 't3', title: 'Late report', deadline: '2026-11-18', status: 'todo', overdue: true }],
    },
  ],
  moves: [
    { kind: 'campaign', id: 'a', name: 'Spring sale', from: 'in-production', to: 'live', at: AT },
    { kind: 'campaign', id: 'b', name: 'Just an idea', from: null, to: 'idea', at: AT },
    { kind: 'campaign', id: 'c', name: 'Winter', from: null, to: 'planned', at: AT },
    { kind: 'experiment', id: 'd', name: 'Video wins', from: 'live', to: 'learned', at: AT },
  ],
  budget: budgetBurn(
    {
      month: '2026-11',
      mediaPlanned: { amountMinor: 100_000, currency: 'EUR' },
      mediaSpent: { amountMinor: 50_000, currency: 'EUR' },
      workHoursPlanned: 20,
      workHoursUsed: 10,
    },
    '2026-11-20',
  ),
}

describe('distillClientSummary', () => {
  it('passes written sections on line by line, without bullets, headings, loop lines or team names', () => {
    const card = {
      done: '• Launched the spring campaign (Anna Virtanen, Mikko)\n↻ Spring sale: Planned → Live\n- New landing page live (v2)\n\n* Weekly report sent\n1. Keyword review\n2) Feed fixed',
      nextWeek:
        'Anna Virtanen:\nAnna Virtanen: Creative refresh (27 Nov)\nMikko: Audience test, Budget check\nPlan Q1',
    }
    const points = distillClientSummary({
      card,
      drafted: { done: false, nextWeek: false },
      prefill,
      names: ['Anna Virtanen', 'Mikko'],
    })
    expect(points.done.map((p) => p.text)).toEqual([
      'Launched the spring campaign',
      'New landing page live (v2)',
      'Weekly report sent',
      'Keyword review',
    ])
    expect(points.next).toEqual([
      { text: 'Creative refresh (27 Nov)', date: null },
      { text: 'Audience test, Budget check', date: null },
      { text: 'Plan Q1', date: null },
    ])
  })

  it('re-reads sections still as drafted from the data, with dates and without task statuses', () => {
    const points = distillClientSummary({
      card: { done: 'whatever the draft said', nextWeek: 'Anna: Late report (overdue)' },
      drafted: { done: true, nextWeek: true },
      prefill,
      names: [],
    })
    expect(points.done).toEqual([{ text: 'Feed fixed', date: null }])
    expect(points.next).toEqual([
      { text: 'Late report', date: '2026-11-18' },
      { text: 'Banners', date: '2026-11-25' },
    ])
  })

  it('tells the client which campaigns moved past the idea stage, not the tests, and the budget', () => {
    const points = distillClientSummary({
      card: { done: '', nextWeek: '' },
      drafted: { done: false, nextWeek: false },
      prefill,
      names: [],
    })
    expect(points.campaigns).toEqual([
      { name: 'Spring sale', stage: 'live' },
      { name: 'Winter', stage: 'planned' },
    ])
    expect(points.budget?.media.share).toBe(0.5)
    const bare = distillClientSummary({
      card: { done: '', nextWeek: '' },
      drafted: { done: true, nextWeek: true },
      prefill: null,
      names: [],
    })
    expect(bare).toEqual({ done: [], next: [], campaigns: [], budget: null })
  })

  it('keeps at most four points a section and treats Windows line ends alike', () => {
    expect(sectionPoints('  • One\r\n  - Two\r\n')).toEqual(['One', 'Two'])
    const points = distillClientSummary({
      card: { done: 'a\nb\nc\nd\ne', nextWeek: '' },
      drafted: { done: false, nextWeek: false },
      prefill: null,
      names: [],
    })
    expect(points.done.map((p) => p.text)).toEqual(['a', 'b', 'c', 'd'])
  })
})
