/**
 * Main's side of backups: the folder (default `<Documents>/Cadence Backups`, changed only
 * through main's own dialog), writing verified and rotated backups, reading them back for a
 * restore, the marker of how many records the database had, and the last run's app version.
 * Plain Node with injected paths and clock, so the e2e harness and the tests run the very code
 * Electron runs.
 */
import { constants } from 'node:fs'
import { access, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { basename, isAbsolute, join } from 'node:path'
import { z } from 'zod'
import {
  backupInfoSchema,
  backupMarkerSchema,
  type BackupInfo,
  type BackupMarker,
  type BackupReason,
} from '@shared/backups/ipc'
import { totalRecords, type RecordCounts } from '@shared/backups/summary'
import { writeFileAtomically } from '../files/atomic-write'
import { backupTakenAt, listBackups, writeBackup } from './backup-folder'
import { readBackupText, type BackupRead } from './backup-reader'
import { summarizeExport } from './export-format'
import { DEFAULT_ROTATION, type RotationPolicy } from './rotation'

/** Where main keeps its backup state and what it needs to know. */
export type BackupServiceOptions = {
  /** `backup-state.json` in the app's data folder: chosen folder, last backup, last run's version. */
  stateFile: string
  /** `backup-marker.json` in the app's data folder. */
  markerFile: string
  /** The folder used until the PM chooses another one. */
  defaultFolder: string
  appVersion: string
  now: () => Date
  policy?: RotationPolicy
  /** Milliseconds main waits for the renderer's backup before quitting. */
  quitTimeoutMs?: number
}

const stateSchema = z.object({
  folder: z.string().nullable().default(null),
  lastRunVersion: z.string().nullable().default(null),
  last: backupInfoSchema.nullable().default(null),
})
type BackupState = z.infer<typeof stateSchema>

/** A backup in the folder, as the restore list shows it. */
export type ListedBackup = { name: string; takenAt: string; bytes: number }

/** A backup read for a restore. */
export type ReadBackup = BackupRead & { name: string; takenAt: string | null }

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch {
    return null // missing or damaged: start from defaults rather than refuse to start
  }
}

/** What the IPC handlers use of the service (the tests pass a fake of this shape). */
export type BackupService = {
  folder(): Promise<string>
  status(): Promise<{
    folder: string
    last: BackupInfo | null
    marker: BackupMarker | null
    appUpdated: boolean
  }>
  write(reason: BackupReason, exportText: string): Promise<BackupInfo>
  list(): Promise<ListedBackup[]>
  readByName(name: string): Promise<ReadBackup | null>
  readPath(path: string): Promise<ReadBackup>
  readLatest(maxTried?: number): Promise<ReadBackup | null>
  setFolder(path: string): Promise<boolean>
  marker(): Promise<BackupMarker | null>
  noteCounts(rowCounts: RecordCounts): Promise<boolean>
  resetMarker(): Promise<void>
  waitForQuitBackup(): Promise<'done' | 'timeout'>
  quitBackupDone(): void
}

/** Creates the service; state is read lazily and written atomically after every change. */
export function createBackupService(options: BackupServiceOptions): BackupService {
  const policy = options.policy ?? DEFAULT_ROTATION
  let loaded: Promise<BackupState> | null = null
  // Writes run one after another: two backups in the same second share a file name.
  let queue: Promise<unknown> = Promise.resolve()
  let quitWaiter: (() => void) | null = null

  const state = (): Promise<BackupState> => {
    loaded ??= readJson(options.stateFile).then((json) => {
      const parsed = stateSchema.safeParse(json ?? {})
      const value = parsed.success ? parsed.data : stateSchema.parse({})
      return value
    })
    return loaded
  }
  const saveState = async (next: BackupState) => {
    loaded = Promise.resolve(next)
    await writeFileAtomically(options.stateFile, JSON.stringify(next, null, 2))
  }
  const folder = async () => (await state()).folder ?? options.defaultFolder
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work)
    queue = run.catch(() => undefined)
    return run
  }

  const writeMarker = async (rowCounts: RecordCounts) => {
    const marker: BackupMarker = { rowCounts: { ...rowCounts }, updatedAt: options.now().toISOString() }
    await writeFileAtomically(options.markerFile, JSON.stringify(marker, null, 2))
  }

  const read = async (path: string): Promise<ReadBackup> => {
    const name = basename(path)
    const takenAt = backupTakenAt(name)
    return { ...(await readBackupText(path)), name, takenAt: takenAt?.toISOString() ?? null }
  }

  /** The marker, or null when there is none (or it is damaged). */
  const marker = async (): Promise<BackupMarker | null> => {
    const parsed = backupMarkerSchema.safeParse(await readJson(options.markerFile))
    return parsed.success ? parsed.data : null
  }

  /** The backups in the folder, newest first. */
  const list = async (): Promise<ListedBackup[]> => {
    const target = await folder()
    let entries
    try {
      entries = await listBackups(target)
    } catch {
      return [] // no folder yet: no backups yet
    }
    const listed: ListedBackup[] = []
    for (const entry of entries) {
      const info = await stat(join(target, entry.name)).catch(() => null)
      if (info?.isFile())
        listed.push({ name: entry.name, takenAt: entry.takenAt.toISOString(), bytes: info.size })
    }
    return listed
  }

  /** Reads a backup of the folder by its file name (never a path from the renderer). */
  const readByName = async (name: string): Promise<ReadBackup | null> => {
    if (backupTakenAt(name) === null || basename(name) !== name) return null
    const path = join(await folder(), name)
    return (await stat(path).catch(() => null)) ? read(path) : null
  }

  return {
    /** The backups folder in use. */
    folder,
    marker,
    list,
    readByName,

    /** What Settings and the start-up check need. */
    async status() {
      const current = await state()
      // The very first run has nothing to back up; later runs compare versions.
      if (current.lastRunVersion === null) await saveState({ ...current, lastRunVersion: options.appVersion })
      return {
        folder: await folder(),
        last: current.last,
        marker: await marker(),
        appUpdated: current.lastRunVersion !== null && current.lastRunVersion !== options.appVersion,
      }
    },

    /** Writes, verifies and rotates a backup of an export; records it and updates the marker. */
    write(reason: BackupReason, exportText: string): Promise<BackupInfo> {
      return serial(async () => {
        const target = await folder()
        await mkdir(target, { recursive: true })
        const now = options.now()
        const written = await writeBackup(target, exportText, now, policy)
        const info: BackupInfo = {
          name: basename(written.path),
          takenAt: now.toISOString(),
          bytes: written.bytes,
          rowCounts: { ...written.summary.rowCounts },
          databaseVersion: written.summary.databaseVersion,
          reason,
        }
        const current = await state()
        await saveState({
          ...current,
          last: info,
          lastRunVersion: reason === 'after-update' ? options.appVersion : current.lastRunVersion,
        })
        if (totalRecords(info.rowCounts) > 0) await writeMarker(info.rowCounts)
        return info
      })
    },

    /** Reads a file main's own open dialog returned. */
    readPath: read,

    /** The newest backup of the folder that holds records (an empty one cannot restore anything). */
    async readLatest(maxTried = 10): Promise<ReadBackup | null> {
      for (const entry of (await list()).slice(0, maxTried)) {
        const backup = await readByName(entry.name)
        if (!backup?.ok) continue
        try {
          if (totalRecords(summarizeExport(backup.text).rowCounts) > 0) return backup
        } catch {
          // A damaged backup is skipped for an older good one.
        }
      }
      return null
    },

    /**
     * Uses a folder the PM chose in main's dialog, after checking it is a folder main can write
     * to (a probe file is written and removed). Returns false when it is not.
     */
    async setFolder(path: string): Promise<boolean> {
      if (!isAbsolute(path)) return false
      try {
        if (!(await stat(path)).isDirectory()) return false
        await access(path, constants.W_OK)
        const probe = join(path, `.cadence-write-test-${process.pid}`)
        await writeFile(probe, 'ok')
        await rm(probe, { force: true })
      } catch {
        return false
      }
      await saveState({ ...(await state()), folder: path })
      return true
    },

    /**
     * Records the database's counts after changes. An all-zero note is ignored: an emptied
     * database is exactly what the marker guards against, so only an explicit reset clears it.
     */
    async noteCounts(rowCounts: RecordCounts): Promise<boolean> {
      if (totalRecords(rowCounts) === 0) return false
      await serial(() => writeMarker(rowCounts))
      return true
    },

    /** The PM chose to start empty: forget the marker. */
    async resetMarker(): Promise<void> {
      await serial(() => rm(options.markerFile, { force: true }))
    },

    /**
     * Waits until the renderer reports its quit backup done, or the timeout: a hung renderer
     * must not keep the app from quitting.
     */
    waitForQuitBackup(): Promise<'done' | 'timeout'> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          quitWaiter = null
          resolve('timeout')
        }, options.quitTimeoutMs ?? 10_000)
        quitWaiter = () => {
          clearTimeout(timer)
          quitWaiter = null
          resolve('done')
        }
      })
    },

    /** The renderer finished (or skipped) its quit backup. */
    quitBackupDone(): void {
      quitWaiter?.()
    },
  }
}
