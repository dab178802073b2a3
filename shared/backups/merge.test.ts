import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideMerge, planTableMerge, uniqueIndexes } from './merge'

const at = (hour: number) => `2026-11-23T${String(hour).padStart(2, '0')}:00:00.000Z`
const rec = (
  id: string,
  updated: number,
  extra: Record<string, unknown> = {},
  deleted: number | null = null,
) => ({
  id,
  updatedAt: at(updated),
  deletedAt: deleted === null ? null : at(deleted),
  ...extra,
})

describe('decideMerge', () => {
  it('adds records this database does not have, deleted ones too (the deletion travels)', () => {
    expect(decideMerge(undefined, rec('a', 9))).toBe('add')
    expect(decideMerge(undefined, rec('a', 9, {}, 9))).toBe('add')
  })

  it('lets the newer record win and keeps the local one on a tie', () => {
    expect(decideMerge(rec('a', 9), rec('a', 10))).toBe('replace')
    expect(decideMerge(rec('a', 10), rec('a', 9))).toBe('keep')
    expect(decideMerge(rec('a', 10), rec('a', 10))).toBe('keep')
  })

  it('compares instants, not strings (offsets differ)', () => {
    const local = { id: 'a', updatedAt: '2026-11-23T10:30:00+02:00', deletedAt: null } // 08:30Z
    const incoming = { id: 'a', updatedAt: '2026-11-23T09:00:00Z', deletedAt: null }
    expect(decideMerge(local, incoming)).toBe('replace')
  })

  it('respects soft deletes: a newer deletion deletes, an older one does not undo a later edit', () => {
    expect(decideMerge(rec('a', 9), rec('a', 11, {}, 11))).toBe('replace')
    expect(decideMerge(rec('a', 12), rec('a', 11, {}, 11))).toBe('keep')
    expect(decideMerge(rec('a', 11, {}, 11), rec('a', 10))).toBe('keep')
  })
})

describe('uniqueIndexes', () => {
  it('reads the unique indexes of a stores string', () => {
    expect(uniqueIndexes('id, clientId, month, &[clientId+month]')).toEqual([['clientId', 'month']])
    expect(uniqueIndexes('id, clientId, &campaignId, status')).toEqual([['campaignId']])
    expect(uniqueIndexes('id, name')).toEqual([])
  })
})

describe('planTableMerge', () => {
  it('counts what was added, replaced and left unchanged', () => {
    const local = [rec('a', 9), rec('b', 12)]
    const incoming = [rec('a', 10, { name: 'newer' }), rec('b', 11), rec('c', 8)]
    const plan = planTableMerge(local, incoming)
    expect(plan).toMatchObject({ added: 1, replaced: 1, unchanged: 1, conflicts: 0 })
    expect(plan.put.map((r) => r.id)).toEqual(['a', 'c'])
  })

  it('keeps the local record when an incoming one collides on a unique index under another id', () => {
    const unique = uniqueIndexes('id, &[clientId+month]')
    const local = [rec('mine', 9, { clientId: 'k', month: '2026-10' })]
    const incoming = [
      rec('theirs', 12, { clientId: 'k', month: '2026-10' }),
      rec('other', 12, { clientId: 'k', month: '2026-11' }),
      rec('agency', 12, { clientId: null, month: '2026-10' }), // not indexed: no collision
    ]
    const plan = planTableMerge(local, incoming, unique)
    expect(plan).toMatchObject({ added: 2, conflicts: 1 })
    expect(plan.put.map((r) => r.id)).toEqual(['other', 'agency'])
  })

  it('lets a record move its unique key when it is the same record', () => {
    const unique = uniqueIndexes('id, &[clientId+month]')
    const local = [
      rec('a', 9, { clientId: 'k', month: '2026-10' }),
      rec('b', 9, { clientId: 'k', month: '2026-11' }),
    ]
    // b moves to December, a then takes November: both are newer and neither collides in the end.
    const incoming = [
      rec('b', 10, { clientId: 'k', month: '2026-12' }),
      rec('a', 10, { clientId: 'k', month: '2026-11' }),
    ]
    expect(planTableMerge(local, incoming, unique)).toMatchObject({ replaced: 2, conflicts: 0 })
  })

  it('merging is idempotent and never loses a newer record (property)', () => {
    const record = fc
      .record({ id: fc.constantFrom('a', 'b', 'c', 'd'), hour: fc.integer({ min: 0, max: 23 }) })
      .map(({ id, hour }) => rec(id, hour))
    const table = fc.uniqueArray(record, { selector: (r) => r.id })
    fc.assert(
      fc.property(table, table, (local, incoming) => {
        const plan = planTableMerge(local, incoming)
        const merged = new Map(local.map((r) => [r.id, r]))
        for (const r of plan.put) merged.set(r.id, r)
        for (const r of [...local, ...incoming]) {
          const kept = merged.get(r.id)
          expect(kept && Date.parse(kept.updatedAt)).toBeGreaterThanOrEqual(Date.parse(r.updatedAt))
        }
        const again = planTableMerge([...merged.values()], incoming)
        expect(again.put).toEqual([])
      }),
    )
  })
})
