/**
 * The `backup:*` IPC handlers. Paths never come from the renderer: backups are named by file
 * name inside the folder, other files and folders come from main's dialogs (injected, so the e2e
 * harness answers them without Electron).
 */
import { format } from 'date-fns'
import type { IpcHandlers } from '../ipc/router'
import type { BackupService } from './backup-service'

/** What the backup handlers need besides the service. */
export type BackupHandlerDeps = {
  service: BackupService
  /** The folder dialog, opened at the current folder; null when cancelled. */
  chooseFolder: (current: string) => Promise<string | null>
  /** The open dialog for a backup or export file, opened at the backups folder; null when cancelled. */
  chooseBackupFile: (folder: string) => Promise<string | null>
  /** The save dialog for "Export all data" (starting with `fileName`) and the write; null when cancelled. */
  saveExport: (fileName: string, text: string) => Promise<string | null>
  /** Shows a folder in the system's file manager. */
  openFolder: (folder: string) => Promise<void>
  now: () => Date
}

/** The channels this module answers. */
type BackupChannel = Extract<keyof IpcHandlers, `backup:${string}`>

/** Builds the handlers of the backup channels. */
export function createBackupHandlers(deps: BackupHandlerDeps): Pick<IpcHandlers, BackupChannel> {
  const { service } = deps
  return {
    'backup:get-status': () => service.status(),
    'backup:write-file': ({ reason, text }) => service.write(reason, text),
    'backup:list-files': async () => ({ backups: await service.list() }),
    'backup:read-file': async ({ source }) => {
      let backup
      if (source.kind === 'folder') backup = await service.readByName(source.name)
      else if (source.kind === 'latest') backup = await service.readLatest()
      else {
        const path = await deps.chooseBackupFile(await service.folder())
        if (path === null) return { read: false, reason: 'cancelled' }
        backup = await service.readPath(path)
      }
      if (backup === null) return { read: false, reason: 'none' }
      if (!backup.ok) return { read: false, reason: backup.reason }
      return { read: true, name: backup.name, takenAt: backup.takenAt, text: backup.text }
    },
    'backup:choose-folder': async () => {
      const chosen = await deps.chooseFolder(await service.folder())
      if (chosen === null) return { changed: false, reason: 'cancelled' }
      if (!(await service.setFolder(chosen))) return { changed: false, reason: 'not-writable' }
      return { changed: true, folder: await service.folder() }
    },
    'backup:open-folder': async () => {
      await deps.openFolder(await service.folder())
      return { opened: true }
    },
    'backup:export-file': async ({ text }) => {
      const path = await deps.saveExport(`cadence-export-${format(deps.now(), 'yyyy-MM-dd')}.json`, text)
      return path === null ? { saved: false } : { saved: true, path }
    },
    'backup:note-counts': async ({ rowCounts }) => ({ noted: await service.noteCounts(rowCounts) }),
    'backup:reset-marker': async () => {
      await service.resetMarker()
      return { reset: true }
    },
    'backup:confirm-quit': () => {
      service.quitBackupDone()
      return { ok: true }
    },
  }
}
