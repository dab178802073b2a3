import { describe, expect, it } from 'vitest'
import type { TouchpointInput } from '../schemas/touchpoint'
import {
  generateTouchpoints,
  mergeTouchpoints,
  touchpointIdentity,
  type CadenceClient,
  type CadenceSettings,
  type StoredTouchpoint,
} from './index'

const ACTIVE = '00000000-0000-4000-8000-00000000000a'
const LIGHT = '00000000-0000-4000-8000-00000000000b'
const SETTINGS: CadenceSettings = { workdays: [1, 2, 3, 4, 5], holidays: [], monthlyReportBusinessDay: 3 }
const CLIENTS: CadenceClient[] = [
  { id: ACTIVE, activityLevel: 'active', cooperationStart: '2025-01-31', archivedAt: null, deletedAt: null },
  { id: LIGHT, activityLevel: 'light', cooperationStart: '2024-02-29', archivedAt: null, deletedAt: null },
]
const RANGE = { from: '2026-10-01', to: '2026-12-31' }

type Row = StoredTouchpoint & Pick<TouchpointInput, 'skipReason' | 'closedBy'>

/** A tiny in-memory store that applies a merge the way the repository would. */
function store(
  rows: Row[],
  generated: TouchpointInput[],
  range = RANGE,
): ReturnType<typeof mergeTouchpoints> {
  const merge = mergeTouchpoints(rows, generated, range)
  for (const update of merge.toUpdate) {
    const row = rows.find((r) => r.id === update.id)
    if (row) row.dueDate = update.dueDate
  }
  for (const item of merge.toAdd) rows.push({ ...item, id: `id-${String(rows.length)}`, deletedAt: null })
  return merge
}

const generate = (settings = SETTINGS, clients = CLIENTS, range = RANGE): TouchpointInput[] =>
  generateTouchpoints({ clients, settings, ...range })

describe('mergeTouchpoints', () => {
  it('adds everything into an empty store, and nothing on the second run', () => {
    const rows: Row[] = []
    const first = store(rows, generate())
    expect(first.toAdd).toHaveLength(generate().length)
    expect(first).toMatchObject({ toUpdate: [], unchanged: 0, stale: [] })
    const second = store(rows, generate())
    expect(second).toEqual({ toAdd: [], toUpdate: [], unchanged: rows.length, stale: [] })
  })

  it('keeps done and skipped statuses, and adds only touchpoints of a widened range', () => {
    const rows: Row[] = []
    store(rows, generate())
    const done = rows.find((r) => r.kind === 'monday-plan-mail')
    const skipped = rows.find((r) => r.kind === 'monthly-report')
    if (!done || !skipped) throw new Error('fixture lacks rows')
    Object.assign(done, { status: 'done', closedBy: { type: 'mail', refId: null } })
    Object.assign(skipped, { status: 'skipped', skipReason: 'Client on holiday' })
    const before = rows.length

    const wider = { from: '2026-10-01', to: '2027-01-31' }
    const merge = store(rows, generate(SETTINGS, CLIENTS, wider), wider)
    const januaryOnly = generate(SETTINGS, CLIENTS, { from: '2027-01-01', to: '2027-01-31' })
    expect(merge.toAdd).toEqual(januaryOnly)
    expect(merge.unchanged).toBe(before)
    expect(rows.find((r) => r.id === done.id)).toMatchObject({ status: 'done', closedBy: { type: 'mail' } })
    expect(rows.find((r) => r.id === skipped.id)).toMatchObject({
      status: 'skipped',
      skipReason: 'Client on holiday',
    })
    const identities = rows.map(touchpointIdentity)
    expect(new Set(identities).size).toBe(identities.length)
  })

  it('moves the due date of a still-due touchpoint when a holiday is added, never of a done one', () => {
    const rows: Row[] = []
    store(rows, generate())
    // Monday Nov 16 2026 becomes a holiday: W47's Monday mail moves to Tuesday.
    const mail = rows.find((r) => r.kind === 'monday-plan-mail' && r.periodKey === '2026-W47')
    expect(mail?.dueDate).toBe('2026-11-16')
    const withHoliday = { ...SETTINGS, holidays: ['2026-11-16'] }

    const merge = mergeTouchpoints(rows, generate(withHoliday), RANGE)
    expect(merge.toUpdate).toEqual([{ id: mail?.id, dueDate: '2026-11-17' }])
    expect(merge.toAdd).toEqual([])

    if (mail) mail.status = 'done'
    const afterDone = mergeTouchpoints(rows, generate(withHoliday), RANGE)
    expect(afterDone.toUpdate).toEqual([])
    expect(afterDone.unchanged).toBe(rows.length)
  })

  it('never re-adds a soft-deleted touchpoint nor updates it', () => {
    const rows: Row[] = []
    store(rows, generate())
    const deleted = rows[0]
    if (!deleted) throw new Error('fixture lacks rows')
    deleted.deletedAt = '2026-10-02T10:00:00Z'
    deleted.dueDate = '2000-01-01'
    const merge = mergeTouchpoints(rows, generate(), RANGE)
    expect(merge.toAdd).toEqual([])
    expect(merge.toUpdate).toEqual([])
    expect(merge.stale).toEqual([])
  })

  it('matches agency rows (clientId null) by kind and period', () => {
    const generated = generate().filter((t) => t.clientId === null)
    const rows: Row[] = []
    store(rows, generated)
    expect(rows.length).toBeGreaterThan(0)
    expect(mergeTouchpoints(rows, generated).toAdd).toEqual([])
    // Agency rows escape Dexie's unique index, so twins can exist; both are kept in step.
    const twin = { ...rows[0], id: 'twin', dueDate: '2000-01-01' } as Row
    const withTwin = mergeTouchpoints([...rows, twin], generated)
    expect(withTwin.toUpdate).toEqual([{ id: 'twin', dueDate: rows[0]?.dueDate }])
  })

  it('adds a generated item only once even when the list repeats it', () => {
    const generated = generate()
    const merge = mergeTouchpoints([], [...generated, ...generated])
    expect(merge.toAdd).toEqual(generated)
  })

  it('reports, but never deletes, due rows the engine no longer generates', () => {
    const rows: Row[] = []
    store(rows, generate())
    const doneMail = rows.find((r) => r.clientId === ACTIVE && r.kind === 'friday-summary')
    if (doneMail) doneMail.status = 'done'
    const light = CLIENTS.map((c) => ({ ...c, activityLevel: 'light' as const }))
    const merge = mergeTouchpoints(rows, generate(SETTINGS, light), RANGE)
    const staleRows = rows.filter((r) => merge.stale.includes(r.id))
    expect(staleRows.length).toBeGreaterThan(0)
    expect(staleRows.every((r) => r.clientId === ACTIVE && r.status === 'due')).toBe(true)
    expect(new Set(staleRows.map((r) => r.kind))).toEqual(new Set(['monday-plan-mail', 'friday-summary']))
    expect(merge.stale).not.toContain(doneMail?.id)
    expect(merge.toAdd).toEqual([])
    // Without a range nothing can be called stale.
    expect(mergeTouchpoints(rows, generate(SETTINGS, light)).stale).toEqual([])
  })
})
