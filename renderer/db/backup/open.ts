/**
 * Opening the database at start-up with a backup before any schema upgrade: the installed
 * version is read by opening the database without a schema (Dexie's dynamic mode); when it is
 * older than the app's, that old database is exported first and only then opened — and upgraded
 * — with the app's versions.
 */
import { Dexie } from 'dexie'
import type { ExportMeta } from '@shared/backups'
import { totalRecords } from '@shared/backups'
import { countRecords } from './counts'
import { exportDatabaseText } from './export'
import { CURRENT_VERSION } from './prepare'

/** The version of the database `name` as installed, or null when there is none yet. */
export async function installedVersion(name: string): Promise<number | null> {
  const probe = new Dexie(name)
  try {
    await probe.open()
    return probe.verno
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null
    throw error
  } finally {
    probe.close()
  }
}

/** What happened at opening. */
export type OpenOutcome = {
  /** The version the database was upgraded from, or null when no upgrade ran. */
  upgradedFrom: number | null
  /** Why the pre-upgrade backup failed, if it did (the upgrade itself keeps every record). */
  backupError: string | null
}

/**
 * Opens `database`; when an upgrade is due and the old database holds records, `backUp` gets
 * its export first.
 */
export async function openWithUpgradeBackup(
  database: Dexie,
  backUp: (exportText: string) => Promise<unknown>,
  meta: () => ExportMeta,
): Promise<OpenOutcome> {
  const installed = await installedVersion(database.name)
  let backupError: string | null = null
  if (installed !== null && installed < CURRENT_VERSION) {
    const old = new Dexie(database.name)
    try {
      await old.open()
      if (totalRecords(await countRecords(old)) > 0) await backUp(await exportDatabaseText(old, meta()))
    } catch (error) {
      backupError = error instanceof Error ? error.message : String(error)
    } finally {
      old.close()
    }
  }
  await database.open()
  return { upgradedFrom: installed !== null && installed < CURRENT_VERSION ? installed : null, backupError }
}
