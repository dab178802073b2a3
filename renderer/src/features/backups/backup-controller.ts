/**
 * When backups happen, on the renderer's side: every few minutes while there were changes, when
 * main asks before quitting, after an app update, before a restore and on "Back up now". The
 * renderer exports (it owns the database); main writes, verifies and rotates. Also keeps main's
 * marker of record counts up to date after changes. A plain module with a tiny store, so the
 * start-up gate, Settings and the restore dialog share one state.
 */
import { useSyncExternalStore } from 'react'
import { totalRecords, type BackupInfo, type BackupMarker, type BackupReason } from '@shared/backups'
import { db, DATABASE_NAME } from '../../../db/db'
import { countRecords, exportDatabaseText, onDatabaseChange } from '../../../db/backup'
import { settingsRepository } from '../../../db/repositories'
import { cadence } from '../../lib/bridge'

/** What the UI shows about backups. */
export type BackupState = {
  folder: string | null
  last: BackupInfo | null
  marker: BackupMarker | null
  appUpdated: boolean
  /** The backup being written right now, if any. */
  running: BackupReason | null
}

let state: BackupState = { folder: null, last: null, marker: null, appUpdated: false, running: null }
const listeners = new Set<() => void>()

function setState(patch: Partial<BackupState>) {
  state = { ...state, ...patch }
  for (const listener of listeners) listener()
}

/** The backup state, live. */
export function useBackupState(): BackupState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => state,
  )
}

let appVersion = '0.0.0'

/** The app version written into every export. */
export function setExportAppVersion(version: string) {
  appVersion = version
}

function exportMeta() {
  return { exportedAt: new Date().toISOString(), appVersion }
}

/** The database's export as text (for backups and "Export all data"). */
export function exportAll(): Promise<string> {
  return exportDatabaseText(db, exportMeta())
}

/** Asks main for the folder, last backup, marker and update flag. */
export async function refreshBackupStatus(): Promise<BackupState> {
  const result = await cadence.getBackupStatus()
  if (!result.ok) throw new Error(result.error.message)
  setState(result.data)
  return state
}

/** Hands an export to main; throws with main's message when the write failed. */
export async function writeExport(reason: BackupReason, text: string): Promise<BackupInfo> {
  const result = await cadence.writeBackup({ reason, text })
  if (!result.ok) throw new Error(result.error.message)
  setState({ last: result.data })
  return result.data
}

let dirty = false
let lastBackupAt = Date.now()

/**
 * Backs the database up now. Resolves to null when the database is empty: an empty backup
 * protects nothing and would only push good ones out of the rotation.
 */
export async function backUpNow(reason: BackupReason): Promise<BackupInfo | null> {
  if (totalRecords(await countRecords(db)) === 0) return null
  // Cleared first: a change made while the export runs marks the database dirty again.
  dirty = false
  setState({ running: reason })
  try {
    const info = await writeExport(reason, await exportAll())
    lastBackupAt = Date.now()
    return info
  } catch (error) {
    dirty = true
    throw error
  } finally {
    setState({ running: null })
  }
}

const MINUTE = 60_000
/** How long after the last change the marker is updated (a burst of edits writes it once). */
const NOTE_DELAY_MS = 2000

async function noteCounts() {
  const result = await cadence.noteRecordCounts({ rowCounts: await countRecords(db) })
  if (result.ok && result.data.noted) void refreshBackupStatus().catch(() => undefined)
}

let stopSchedule: (() => void) | null = null

/**
 * Starts the automatic backups (once). Called by the start-up gate after the database is open
 * and the wiped-database check has passed, so an empty database never overwrites the marker.
 */
export function startBackupSchedule(onError: (message: string) => void): () => void {
  if (stopSchedule) return stopSchedule
  let noteTimer: ReturnType<typeof setTimeout> | undefined
  const stopWatching = onDatabaseChange(DATABASE_NAME, () => {
    dirty = true
    clearTimeout(noteTimer)
    noteTimer = setTimeout(() => void noteCounts().catch(() => undefined), NOTE_DELAY_MS)
  })
  const report = (error: unknown) => onError(error instanceof Error ? error.message : String(error))
  const tick = setInterval(() => {
    void (async () => {
      if (!dirty || state.running !== null) return
      const minutes = (await settingsRepository.get())?.backup.intervalMinutes ?? 15
      if (Date.now() - lastBackupAt < minutes * MINUTE) return
      await backUpNow('interval')
    })().catch(report)
  }, MINUTE)
  const stopQuit = cadence.on('backup:request', () => {
    void (async () => {
      try {
        if (dirty) await backUpNow('quit')
      } finally {
        await cadence.quitBackupDone()
      }
    })().catch(report)
  })
  stopSchedule = () => {
    stopWatching()
    stopQuit()
    clearInterval(tick)
    clearTimeout(noteTimer)
    stopSchedule = null
  }
  return stopSchedule
}
