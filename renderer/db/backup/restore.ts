/**
 * Writing checked records into the app's database. Both ways are all-or-nothing: one read-write
 * transaction over every table, so a failure part-way (a full disk, a constraint) rolls back to
 * the database exactly as it was. dexie-export-import's own import is not used for this: its
 * `clearTablesBeforeImport` clears outside its transaction, and it reads its Blob asynchronously,
 * which cannot happen inside an IndexedDB transaction.
 */
import type { Dexie } from 'dexie'
import { planTableMerge, uniqueIndexes, type StoredRecord, type ValidRecords } from '@shared/backups'
import { BULK_CHUNK } from '../repository'
import { DATABASE_VERSIONS } from '../versions'

const CURRENT_STORES: Record<string, string> = DATABASE_VERSIONS.at(-1)?.stores ?? {}

async function putAll(table: Dexie['tables'][number], rows: readonly StoredRecord[]) {
  for (let start = 0; start < rows.length; start += BULK_CHUNK)
    await table.bulkPut(rows.slice(start, start + BULK_CHUNK))
}

/** Replaces everything in the database with the records. */
export async function replaceDatabase(database: Dexie, records: ValidRecords): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) await table.clear()
    for (const table of database.tables) await putAll(table, records[table.name] ?? [])
  })
}

/** What a merge did, summed over all tables. */
export type MergeReport = { added: number; replaced: number; unchanged: number; conflicts: number }

/** Merges the records into the database by id and last change (shared/backups/merge.ts). */
export async function mergeIntoDatabase(database: Dexie, records: ValidRecords): Promise<MergeReport> {
  const report: MergeReport = { added: 0, replaced: 0, unchanged: 0, conflicts: 0 }
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) {
      const incoming = records[table.name] ?? []
      if (incoming.length === 0) continue
      const local = (await table.toArray()) as StoredRecord[]
      const plan = planTableMerge(local, incoming, uniqueIndexes(CURRENT_STORES[table.name] ?? ''))
      await putAll(table, plan.put)
      report.added += plan.added
      report.replaced += plan.replaced
      report.unchanged += plan.unchanged
      report.conflicts += plan.conflicts
    }
  })
  return report
}
