import { describe, expect, it } from 'vitest'
import { createI18n } from '@shared/i18n'
import { budgetBurn } from '@shared/budget'
import { distillClientSummary, type WeeklyPrefill } from '@shared/weekly'
import { formatCardPrefill, formatClientSummary } from './format-card'

const names = new Map([
  ['anna', 'Anna'],
  ['mikko', 'Mikko'],
])
const memberName = (id: string) => names.get(id)

function context(language: 'en' | 'fi' | 'pl' | 'bg' = 'en') {
  return { t: createI18n(language).getFixedT(language, 'weekly'), language, memberName }
}

const budget = budgetBurn(
  {
    month: '2026-11',
    mediaPlanned: { amountMinor: 300_000, currency: 'EUR' },
    mediaSpent: { amountMinor: 190_000, currency: 'EUR' },
    workHoursPlanned: 40,
    workHoursUsed: 34,
  },
  '2026-11-19',
)

const prefill: WeeklyPrefill = {
  clientId: 'client',
  light: false,
  since: '2026-11-13T11:00:00.000Z',
  done: [
    { taskId: 't1', title: 'Feed fixed', doneAt: '2026-11-17T09:00:00Z', assigneeIds: ['anna', 'gone'] },
  ],
  moves: [
    {
      kind: 'campaign',
      id: 'c1',
      name: 'Spring sale',
      from: 'in-production',
      to: 'live',
      at: '2026-11-16T07:00:00Z',
    },
    { kind: 'experiment', id: 'e1', name: 'Video wins', from: null, to: 'idea', at: '2026-11-17T07:00:00Z' },
  ],
  learnings: [
    { experimentId: 'e2', hypothesis: 'Short copy', result: 'CTR +9 %', learning: 'Keep it short' },
  ],
  upcoming: [{ campaignId: 'c2', name: 'Winter', event: 'launch', date: '2026-11-24' }],
  nextWeek: [
    {
      assigneeId: 'mikko',
      tasks: [
        { taskId: 't2', title: 'Report', deadline: '2026-11-18', status: 'todo', overdue: true },
        { taskId: 't3', title: 'Banners', deadline: '2026-11-25', status: 'blocked', overdue: false },
      ],
    },
    {
      assigneeId: null,
      tasks: [{ taskId: 't4', title: 'Plan Q1', deadline: '2026-11-27', status: 'todo', overdue: false }],
    },
  ],
  budget,
  helpNeeded: true,
  isEmpty: false,
}

describe('formatCardPrefill', () => {
  it('drafts the five sections in the preparer’s language', () => {
    const text = formatCardPrefill(prefill, context())
    expect(text.done).toBe(
      ['• Feed fixed (Anna)', '↻ Spring sale: In production → Live', '↻ Test “Video wins”: new, Idea'].join(
        '\n',
      ),
    )
    expect(text.analysis).toBe('• Short copy — CTR +9 % · Keep it short')
    expect(text.direction).toBe('• Winter launches 24 Nov 2026')
    expect(text.budgets).toBe(
      [
        'Media: €1,900 of €3,000 (63%) — at this pace €3,000 by month end',
        'Work: 34 of 40 h (85%) — running low — at this pace 53.7 h by month end',
      ].join('\n'),
    )
    expect(text.nextWeek).toBe(
      [
        'Mikko:',
        '• Report (overdue, was due 18 Nov 2026)',
        '• Banners (25 Nov 2026) — blocked',
        'Unassigned:',
        '• Plan Q1 (27 Nov 2026)',
      ].join('\n'),
    )
    expect(text).toMatchObject({ helpNeeded: true, changesLine: '' })
  })

  it('writes a light client one line of changes instead', () => {
    const text = formatCardPrefill({ ...prefill, light: true }, context())
    expect(text.changesLine).toBe(
      '1 task done · Spring sale: In production → Live · Test “Video wins”: new, Idea · 3 tasks next week · media 63% used',
    )
    expect(text.done).toBe('')
    const quiet = { ...prefill, light: true, done: [], moves: [], nextWeek: [] }
    expect(formatCardPrefill(quiet, context()).changesLine).toBe('Media 63% used')
  })

  it('follows the preparer’s language', () => {
    const text = formatCardPrefill(prefill, context('fi'))
    expect(text.done).toContain('Spring sale: Tuotannossa → Käynnissä')
    expect(text.budgets).toMatch(/1\s900\s€/)
  })
})

describe('formatClientSummary', () => {
  it('writes the distilled card for the client, in the client’s language, without team names', () => {
    const card = formatCardPrefill(prefill, context())
    const written = { ...card, done: `${card.done}\n• Sent the November report` }
    const points = distillClientSummary({
      card: written,
      drafted: { done: false, nextWeek: true },
      prefill,
      names: [...names.values()],
    })
    const en = formatClientSummary(points, { t: context().t, language: 'en' })
    expect(en).toBe(
      [
        'Here is a short summary of the week.',
        'Done this week:\n• Campaign Spring sale: Live\n• Feed fixed\n• Sent the November report',
        'Planned for next week:\n• Report (18 Nov 2026)\n• Banners (25 Nov 2026)\n• Plan Q1 (27 Nov 2026)',
        'Media budget: 63% of this month’s budget used (€1,900 of €3,000).\nWork: 34 of 40 hours used this month.',
        'Everything is under control; we will go through the details in our next meeting.',
      ].join('\n\n'),
    )
    const pl = formatClientSummary(points, { t: context('pl').t, language: 'pl' })
    expect(pl).toContain('• Kampania Spring sale: Aktywne')
    expect(pl).toContain('• Banners (25 lis 2026)')
    expect(pl).toMatch(/3000\s€/)
  })

  it('says the week was quiet when the card has nothing for the client', () => {
    const text = formatClientSummary(
      { done: [], next: [], campaigns: [], budget: null },
      { t: context().t, language: 'en' },
    )
    expect(text).toBe('Here is a short summary of the week.\n\nA quiet week — everything is under control.')
  })
})
