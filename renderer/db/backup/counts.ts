/** How many records each table holds: the marker main keeps, and the empty-database check. */
import type { Dexie } from 'dexie'
import type { RecordCounts } from '@shared/backups'

/** Record counts by table (deleted records included: they are data a backup must keep). */
export async function countRecords(database: Dexie): Promise<RecordCounts> {
  const counts: RecordCounts = {}
  for (const table of database.tables) counts[table.name] = await table.count()
  return counts
}
