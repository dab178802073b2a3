/**
 * Regeneration without loss: merging freshly generated touchpoints into the stored ones.
 *
 * Policy (issue 5: "regenerating never duplicates or forgets a status"):
 * - A touchpoint's identity is (clientId, kind, periodKey). A generated item whose identity is
 *   stored already is never added again — even when the stored row is soft-deleted, since a
 *   PM's deletion must not be undone by the engine (and Dexie's unique index still holds it).
 * - The stored status, skip reason and closing link always win; only the due date of a row that
 *   is still 'due' follows the engine (a holiday added to Settings moves it). A done or skipped
 *   row keeps the date it had: it records history.
 * - Nothing is ever deleted. Rows the engine no longer produces (a client turned light or was
 *   archived) are reported as `stale` when the caller names the range it generated, so the
 *   repository can decide what to do with them (e.g. mark them skipped with a reason).
 */
import type { Touchpoint, TouchpointInput } from '../schemas/touchpoint'

/** What merging reads of a stored touchpoint. */
export type StoredTouchpoint = Pick<
  Touchpoint,
  'id' | 'clientId' | 'kind' | 'periodKey' | 'dueDate' | 'status' | 'deletedAt'
>

/** A due-date change of a stored touchpoint. */
export type TouchpointDueUpdate = { id: string; dueDate: string }

/** The writes regeneration needs: rows to add, due dates to move, and how many stayed as they were. */
export type TouchpointMerge = {
  toAdd: TouchpointInput[]
  toUpdate: TouchpointDueUpdate[]
  unchanged: number
  /** Ids of stored, live, still-'due' rows in the range that the engine no longer generates. */
  stale: string[]
}

/** The inclusive range of due dates a generated list covers. */
export type MergeRange = { from: string; to: string }

/**
 * The identity of a touchpoint as one string: client (empty for the agency), kind and period.
 * Joining with `|` is unambiguous: a uuid and a kind never contain it, and the period comes last.
 */
export function touchpointIdentity(
  touchpoint: Pick<TouchpointInput, 'clientId' | 'kind' | 'periodKey'>,
): string {
  return `${touchpoint.clientId ?? ''}|${touchpoint.kind}|${touchpoint.periodKey}`
}

/**
 * Merges generated touchpoints into stored ones: adds the new, moves the due dates of still-due
 * rows whose computed date changed, never deletes. With `range`, also lists the stale rows; a row
 * whose recomputed date moved *out of* the range also shows as stale, so pass the range that was
 * generated and treat stale rows with care near its edges.
 */
export function mergeTouchpoints(
  existing: readonly StoredTouchpoint[],
  generated: readonly TouchpointInput[],
  range?: MergeRange,
): TouchpointMerge {
  const stored = new IdentityIndex<StoredTouchpoint[]>()
  for (const row of existing) {
    const rows = stored.get(row)
    if (rows) rows.push(row)
    else stored.set(row, [row])
  }

  const result: TouchpointMerge = { toAdd: [], toUpdate: [], unchanged: 0, stale: [] }
  const seen = new IdentityIndex<true>()
  for (const item of generated) {
    if (seen.get(item)) continue
    seen.set(item, true)
    const rows = stored.get(item)
    if (!rows) {
      result.toAdd.push(item)
      continue
    }
    // Several stored rows can share an identity only where the unique index does not reach
    // (agency rows, clientId null); each live due one is kept in step.
    let moved = false
    for (const row of rows) {
      if (row.deletedAt === null && row.status === 'due' && row.dueDate !== item.dueDate) {
        result.toUpdate.push({ id: row.id, dueDate: item.dueDate })
        moved = true
      }
    }
    if (!moved) result.unchanged++
  }

  if (range) {
    for (const row of existing) {
      if (
        row.deletedAt === null &&
        row.status === 'due' &&
        row.dueDate >= range.from &&
        row.dueDate <= range.to &&
        !seen.get(row)
      ) {
        result.stale.push(row.id)
      }
    }
  }
  return result
}

type Identity = Pick<TouchpointInput, 'clientId' | 'kind' | 'periodKey'>

/**
 * Values by (clientId, kind, periodKey) in nested maps: several times faster than maps keyed by
 * joined strings at tens of thousands of rows, because no key string is built and hashed per look-up.
 */
class IdentityIndex<T> {
  private readonly byClient = new Map<string | null, Map<string, Map<string, T>>>()

  get(key: Identity): T | undefined {
    return this.byClient.get(key.clientId)?.get(key.kind)?.get(key.periodKey)
  }

  set(key: Identity, value: T): void {
    let byKind = this.byClient.get(key.clientId)
    if (!byKind) this.byClient.set(key.clientId, (byKind = new Map<string, Map<string, T>>()))
    let byPeriod = byKind.get(key.kind)
    if (!byPeriod) byKind.set(key.kind, (byPeriod = new Map<string, T>()))
    byPeriod.set(key.periodKey, value)
  }
}
