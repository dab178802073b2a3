/**
 * Exporting the whole database with dexie-export-import, in one read transaction (a consistent
 * snapshot), as the JSON text main compresses and writes. Images are data URLs inside the
 * records, so they travel with them.
 */
import type { Dexie } from 'dexie'
import { exportDB } from 'dexie-export-import'
import { addExportMeta, type ExportMeta } from '@shared/backups'

/** The export of `database` as text, with Cadence's block (export time, app version). */
export async function exportDatabaseText(database: Dexie, meta: ExportMeta): Promise<string> {
  const blob = await exportDB(database)
  return addExportMeta(await blob.text(), meta)
}
