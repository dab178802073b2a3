/**
 * Loading the demo agency. All tables are written in one transaction, chunked, so a failure
 * leaves the database as it was; ids are deterministic, so loading twice changes nothing. The
 * large agency (170 000 records) goes the same way: bulk writes of `BULK_CHUNK` rows, with
 * progress reported between chunks so the caller can show how far it got.
 *
 * Touchpoints are the exception to "the demo's record wins": a touchpoint whose identity
 * (client, kind, period) is stored already keeps the stored row — its status may be the PM's,
 * and a second row would break the unique index or, for the agency's rows (client null, which
 * the index does not reach), show the same weekly twice.
 */
import { touchpointIdentity } from '@shared/cadence'
import type { DemoAgency } from '@shared/demo'
import { db, TABLE_NAMES, type TableName } from './db'
import { BULK_CHUNK } from './repository'

/** How far a load got: records written so far of the total. */
export type DemoProgress = { written: number; total: number }

/** Writes every record of the demo agency into the database. */
export async function loadDemoAgency(
  agency: DemoAgency,
  onProgress?: (progress: DemoProgress) => void,
): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const stored = new Set<string>()
    // Only the identities are needed: read the touchpoints without keeping the table in memory.
    await db.touchpoints.each((row) => void stored.add(touchpointIdentity(row)))
    const rows: Record<TableName, readonly object[]> = {
      ...agency,
      settings: [agency.settings],
      touchpoints:
        stored.size === 0
          ? agency.touchpoints
          : agency.touchpoints.filter((row) => !stored.has(touchpointIdentity(row))),
    }
    const total = TABLE_NAMES.reduce((sum, name) => sum + rows[name].length, 0)
    let written = 0
    onProgress?.({ written, total })
    for (const name of TABLE_NAMES) {
      const table = db.table<object, string>(name)
      const records = rows[name]
      for (let start = 0; start < records.length; start += BULK_CHUNK) {
        const chunk = records.slice(start, start + BULK_CHUNK)
        await table.bulkPut(chunk)
        written += chunk.length
        onProgress?.({ written, total })
      }
    }
  })
}

/** True when the PM has no clients yet (first run): the app then offers the demo agency. */
export async function hasNoClients(): Promise<boolean> {
  return (await db.clients.count()) === 0
}
