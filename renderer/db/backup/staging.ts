/**
 * Reading a backup file into records the way dexie-export-import wrote them (its `$types`
 * encoding revived), and upgraded to the schema the app runs on: the file is imported into a
 * throw-away staging database declared at the file's own version, which is then opened with
 * every version of `versions.ts` so the same upgrades an installed database gets run on it.
 * The real database is not touched here.
 */
import { Dexie } from 'dexie'
import { importInto } from 'dexie-export-import'
import { CadenceDatabase } from '../db'
import { DATABASE_VERSIONS } from '../versions'

/** Staging databases are named with this prefix, so leftovers of a crash can be found and removed. */
export const STAGING_PREFIX = 'cadence-restore-'

/** The records of every table after importing and upgrading `text` (an export at `version`). */
export async function stageExport(
  text: string,
  version: number,
): Promise<{ name: string; rows: unknown[] }[]> {
  const name = `${STAGING_PREFIX}${crypto.randomUUID()}`
  const staging = new Dexie(name)
  for (const declared of DATABASE_VERSIONS.filter((entry) => entry.version <= version))
    staging.version(declared.version).stores(declared.stores)
  try {
    await staging.open()
    await importInto(staging, new Blob([text], { type: 'application/json' }), { acceptNameDiff: true })
    staging.close()
    const upgraded = new CadenceDatabase(name)
    try {
      await upgraded.open()
      const tables = []
      for (const table of upgraded.tables)
        tables.push({ name: table.name, rows: (await table.toArray()) as unknown[] })
      return tables
    } finally {
      upgraded.close()
    }
  } finally {
    staging.close()
    await Dexie.delete(name)
  }
}

/** Deletes staging databases a crash left behind. */
export async function removeStagingLeftovers(): Promise<void> {
  for (const name of await Dexie.getDatabaseNames())
    if (name.startsWith(STAGING_PREFIX)) await Dexie.delete(name)
}
