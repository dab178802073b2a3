/**
 * Everything between a backup file's text and records ready to restore: the format check, the
 * staging import (with upgrades for older versions) and every record through TABLE_SCHEMAS.
 * Nothing here writes to the app's database, so a bad file changes nothing.
 */
import {
  checkExport,
  summarizeBackup,
  validateRecords,
  type BackupProblem,
  type BackupSummary,
  type Checked,
  type CheckedExport,
  type FormatExpectations,
  type ValidRecords,
} from '@shared/backups'
import { TABLE_SCHEMAS } from '@shared/schemas'
import { DATABASE_NAME } from '../db'
import { DATABASE_VERSIONS } from '../versions'
import { stageExport } from './staging'

/** The schema version the app runs on. */
export const CURRENT_VERSION = DATABASE_VERSIONS.at(-1)?.version ?? 1

/** What the format check knows about this app's database. */
export const FORMAT_EXPECTATIONS: FormatExpectations = {
  databaseName: DATABASE_NAME,
  currentVersion: CURRENT_VERSION,
  tablesOfVersion: (version) => {
    const declared = DATABASE_VERSIONS.find((entry) => entry.version === version)
    return declared ? Object.keys(declared.stores) : null
  },
}

/** A backup checked and ready to restore or merge. */
export type PreparedBackup = { records: ValidRecords; summary: BackupSummary }

/**
 * Rows the staging import could not even store (no id, the same id twice) are named here, with
 * their table and position, instead of as IndexedDB's generic constraint error.
 */
function checkKeys(tables: CheckedExport['tables']): BackupProblem | null {
  for (const { name, rows } of tables) {
    const ids = new Set<string>()
    for (const [position, row] of rows.entries()) {
      const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined
      if (typeof id !== 'string' || id === '') {
        const message = 'Expected a record with an id'
        return { kind: 'invalid-record', table: name, index: position + 1, id: null, field: 'id', message }
      }
      if (ids.has(id)) return { kind: 'duplicate-id', table: name, id: id.slice(0, 100) }
      ids.add(id)
    }
  }
  return null
}

/** Checks a backup's text fully; resolves to the records and their summary, or the first problem. */
export async function prepareBackup(text: string): Promise<Checked<PreparedBackup>> {
  const checked = checkExport(text, FORMAT_EXPECTATIONS)
  if (!checked.ok) return checked
  const keyProblem = checkKeys(checked.value.tables)
  if (keyProblem) return { ok: false, problem: keyProblem }
  let staged
  try {
    staged = await stageExport(text, checked.value.databaseVersion)
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'import-failed', message: error instanceof Error ? error.message : String(error) },
    }
  }
  const validated = validateRecords(staged, TABLE_SCHEMAS)
  if (!validated.ok) return validated
  const summary = summarizeBackup(validated.value, {
    databaseVersion: checked.value.databaseVersion,
    exportedAt: checked.value.meta?.exportedAt ?? null,
  })
  return { ok: true, value: { records: validated.value, summary } }
}
