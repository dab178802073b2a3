/**
 * "Import into": merging a colleague's export into this database, record by record, by id and
 * last change. The newer record wins; a soft delete is a change like any other (it moves
 * `updatedAt` and sets `deletedAt`), so a newer deletion deletes here and an older one does not
 * undo a later edit. A record that would collide with a different local record on a unique index
 * (the same client's budget month under another id) keeps the local one: the merge never
 * replaces a record it cannot match by id.
 */
import type { StoredRecord } from './records'

/** What happens to one incoming record. */
export type MergeDecision = 'add' | 'replace' | 'keep'

function lastChange(record: StoredRecord): number {
  const updated = Date.parse(record.updatedAt)
  const deleted = record.deletedAt === null ? Number.NEGATIVE_INFINITY : Date.parse(record.deletedAt)
  return Math.max(Number.isNaN(updated) ? Number.NEGATIVE_INFINITY : updated, deleted)
}

/** The decision for one incoming record against the local record with its id (if any). */
export function decideMerge(local: StoredRecord | undefined, incoming: StoredRecord): MergeDecision {
  if (local === undefined) return 'add'
  // Ties keep the local record: the same change on both sides, or nothing to prefer.
  return lastChange(incoming) > lastChange(local) ? 'replace' : 'keep'
}

/** The unique indexes of a Dexie stores string, as key paths: `&[clientId+month]` → ['clientId', 'month']. */
export function uniqueIndexes(stores: string): string[][] {
  return stores
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('&'))
    .map((part) =>
      part
        .slice(1)
        .replace(/^\[|\]$/g, '')
        .split('+'),
    )
}

/** The value a unique index holds for a record, or null when IndexedDB would not index it. */
function indexKey(record: StoredRecord, keyPath: readonly string[]): string | null {
  const values: unknown[] = []
  for (const path of keyPath) {
    const value = (record as Record<string, unknown>)[path]
    // Only strings and finite numbers are valid keys in these records; null leaves the record out.
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) values.push(value)
    else return null
  }
  return `${keyPath.join('+')}=${JSON.stringify(values)}`
}

/** One table's merge: the records to write and what happened to the rest. */
export type TableMergePlan = {
  /** Records to put (added and replaced). */
  put: StoredRecord[]
  added: number
  replaced: number
  /** Incoming records that were older or the same. */
  unchanged: number
  /** Incoming records that collide with another local record on a unique index (local kept). */
  conflicts: number
}

/** Plans one table's merge; pure, so it is tested without a database. */
export function planTableMerge(
  local: readonly StoredRecord[],
  incoming: readonly StoredRecord[],
  unique: readonly (readonly string[])[] = [],
): TableMergePlan {
  const byId = new Map(local.map((record) => [record.id, record]))
  // Which record id holds each unique key after the merge so far.
  const owners = new Map<string, string>()
  const claim = (record: StoredRecord) => {
    for (const keyPath of unique) {
      const key = indexKey(record, keyPath)
      if (key !== null) owners.set(key, record.id)
    }
  }
  const release = (record: StoredRecord) => {
    for (const keyPath of unique) {
      const key = indexKey(record, keyPath)
      if (key !== null && owners.get(key) === record.id) owners.delete(key)
    }
  }
  for (const record of local) claim(record)

  const plan: TableMergePlan = { put: [], added: 0, replaced: 0, unchanged: 0, conflicts: 0 }
  for (const record of incoming) {
    const current = byId.get(record.id)
    const decision = decideMerge(current, record)
    if (decision === 'keep') {
      plan.unchanged += 1
      continue
    }
    const collides = unique.some((keyPath) => {
      const key = indexKey(record, keyPath)
      const owner = key === null ? undefined : owners.get(key)
      return owner !== undefined && owner !== record.id
    })
    if (collides) {
      plan.conflicts += 1
      continue
    }
    if (current) release(current)
    claim(record)
    byId.set(record.id, record)
    plan.put.push(record)
    if (decision === 'add') plan.added += 1
    else plan.replaced += 1
  }
  return plan
}
