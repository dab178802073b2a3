/** A backup service double for IPC tests: answers every call and records which effects ran. */
import type { BackupInfo } from '@shared/backups/ipc'
import type { BackupService } from './backup-service'
import type { BackupHandlerDeps } from './handlers'

const INFO: BackupInfo = {
  name: 'cadence-2026-11-23_090000.json.gz',
  takenAt: '2026-11-23T09:00:00.000Z',
  bytes: 120,
  rowCounts: { clients: 1 },
  databaseVersion: 2,
  reason: 'manual',
}

/** Backup handler deps whose effects only append to `calls`. */
export function fakeBackupDeps(): BackupHandlerDeps & { calls: string[] } {
  const calls: string[] = []
  const note = <T>(name: string, value: T): Promise<T> => {
    calls.push(name)
    return Promise.resolve(value)
  }
  const read = { ok: true as const, text: '{}', name: INFO.name, takenAt: INFO.takenAt }
  const service: BackupService = {
    folder: () => Promise.resolve('/home/pm/Documents/Cadence Backups'),
    status: () => Promise.resolve({ folder: '/b', last: INFO, marker: null, appUpdated: false }),
    write: () => note('write', INFO),
    list: () => Promise.resolve([{ name: INFO.name, takenAt: INFO.takenAt, bytes: INFO.bytes }]),
    readByName: () => Promise.resolve(read),
    readPath: () => Promise.resolve(read),
    readLatest: () => Promise.resolve(read),
    setFolder: () => note('setFolder', true),
    marker: () => Promise.resolve(null),
    noteCounts: () => note('noteCounts', true),
    resetMarker: () => note('resetMarker', undefined),
    waitForQuitBackup: () => Promise.resolve('done'),
    quitBackupDone: () => void calls.push('quitBackupDone'),
  }
  return {
    calls,
    service,
    chooseFolder: () => note('chooseFolder', '/home/pm/Backups'),
    chooseBackupFile: () => note('chooseBackupFile', '/home/pm/export.json'),
    saveExport: (fileName) => note('saveExport', `/home/pm/Documents/${fileName}`),
    openFolder: () => note('openFolder', undefined),
    now: () => new Date('2026-11-23T09:00:00Z'),
  }
}
