import { describe, expect, it } from 'vitest'
import { cardState, hasCardContent, previousWeekly, weeklyClients } from './cards'

const empty = { done: '', analysis: '', direction: '', budgets: '', nextWeek: '', changesLine: '' }

describe('weekly cards', () => {
  it('is filled once saved with text, prefilled when the data drafts it, else empty', () => {
    expect(cardState({ ...empty, analysis: 'CPC up' }, { isEmpty: true })).toBe('filled')
    expect(cardState({ ...empty, changesLine: 'New contact person' }, { isEmpty: true })).toBe('filled')
    expect(cardState({ ...empty, done: '  \n ' }, { isEmpty: false })).toBe('prefilled')
    expect(cardState(undefined, { isEmpty: false })).toBe('prefilled')
    expect(cardState(undefined, { isEmpty: true })).toBe('empty')
    expect(hasCardContent(empty)).toBe(false)
  })

  it('lists active clients first, then light ones, each by name, without archived or deleted ones', () => {
    const client = (name: string, activityLevel: 'active' | 'light', archived = false, deleted = false) => ({
      id: name,
      name,
      activityLevel,
      archivedAt: archived ? '2026-01-01T00:00:00Z' : null,
      deletedAt: deleted ? '2026-01-01T00:00:00Z' : null,
    })
    const ordered = weeklyClients([
      client('Örebro', 'light'),
      client('Zeta', 'active'),
      client('Alpha', 'light'),
      client('Beta', 'active'),
      client('Gone', 'active', true),
      client('Deleted', 'light', false, true),
    ])
    expect(ordered.map((c) => c.name)).toEqual(['Beta', 'Zeta', 'Alpha', 'Örebro'])
  })

  it('finds the latest weekly before a start, comparing instants across offsets', () => {
    const weeklies = [
      { id: 'a', startsAt: '2026-11-06T13:00:00+02:00', deletedAt: null },
      { id: 'b', startsAt: '2026-11-13T11:00:00Z', deletedAt: null },
      { id: 'c', startsAt: '2026-11-13T12:30:00Z', deletedAt: '2026-11-14T00:00:00Z' },
      { id: 'd', startsAt: '2026-11-20T13:00:00+02:00', deletedAt: null },
    ]
    expect(previousWeekly(weeklies, '2026-11-20T11:00:00Z')?.id).toBe('b')
    expect(previousWeekly(weeklies, '2026-11-06T11:00:00Z')).toBeUndefined()
  })
})
