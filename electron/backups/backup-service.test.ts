import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFileName } from './backup-folder'
import { readBackupText } from './backup-reader'
import { createBackupService, type BackupServiceOptions } from './backup-service'

const compress = promisify(gzip)

function exportOf(clients: number): string {
  const rows = Array.from({ length: clients }, (_, i) => ({ id: `c${i}`, name: `Client ${i}` }))
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'cadence',
      databaseVersion: 2,
      tables: [{ name: 'clients', schema: 'id', rowCount: clients }],
      data: [{ tableName: 'clients', inbound: true, rows }],
    },
  })
}

let root: string
let clock: Date
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-backup-service-'))
  clock = new Date(2026, 10, 23, 9, 0, 0)
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function service(overrides: Partial<BackupServiceOptions> = {}) {
  return createBackupService({
    stateFile: join(root, 'backup-state.json'),
    markerFile: join(root, 'backup-marker.json'),
    defaultFolder: join(root, 'Cadence Backups'),
    appVersion: '1.0.0',
    now: () => clock,
    ...overrides,
  })
}

describe('the backup service', () => {
  it('starts with the default folder, no backup and no marker', async () => {
    expect(await service().status()).toEqual({
      folder: join(root, 'Cadence Backups'),
      last: null,
      marker: null,
      appUpdated: false,
    })
  })

  it('writes a backup into the folder (creating it), remembers it and marks the record counts', async () => {
    const backups = service()
    const info = await backups.write('manual', exportOf(3))
    expect(info).toMatchObject({
      name: 'cadence-2026-11-23_090000.json.gz',
      rowCounts: { clients: 3 },
      databaseVersion: 2,
      reason: 'manual',
    })
    expect(await readdir(join(root, 'Cadence Backups'))).toEqual([info.name])
    // A fresh service (the next start) reads the same state from disk.
    const status = await service().status()
    expect(status.last).toEqual(info)
    expect(status.marker).toEqual({ rowCounts: { clients: 3 }, updatedAt: clock.toISOString() })
  })

  it('does not lower the marker with an empty backup or an all-zero note; a reset clears it', async () => {
    const backups = service()
    await backups.write('manual', exportOf(2))
    await backups.write('manual', exportOf(0))
    expect(await backups.noteCounts({ clients: 0 })).toBe(false)
    expect((await backups.marker())?.rowCounts).toEqual({ clients: 2 })
    expect(await backups.noteCounts({ clients: 5, tasks: 1 })).toBe(true)
    expect((await backups.marker())?.rowCounts).toEqual({ clients: 5, tasks: 1 })
    await backups.resetMarker()
    expect(await backups.marker()).toBeNull()
  })

  it('notices an app update once, until the after-update backup is written', async () => {
    await service({ appVersion: '1.0.0' }).status()
    const updated = service({ appVersion: '1.1.0' })
    expect((await updated.status()).appUpdated).toBe(true)
    await updated.write('interval', exportOf(1))
    expect((await updated.status()).appUpdated).toBe(true)
    await updated.write('after-update', exportOf(1))
    expect((await service({ appVersion: '1.1.0' }).status()).appUpdated).toBe(false)
  })

  it('lists backups newest first with their sizes and reads one by file name only', async () => {
    const backups = service()
    await backups.write('manual', exportOf(1))
    clock = new Date(2026, 10, 23, 10, 0, 0)
    await backups.write('manual', exportOf(2))
    const listed = await backups.list()
    expect(listed.map((entry) => entry.name)).toEqual([
      'cadence-2026-11-23_100000.json.gz',
      'cadence-2026-11-23_090000.json.gz',
    ])
    expect(listed[0]?.bytes).toBeGreaterThan(0)
    expect(await backups.readByName('cadence-2026-11-23_090000.json.gz')).toMatchObject({
      ok: true,
      text: exportOf(1),
    })
    expect(await backups.readByName('../backup-state.json')).toBeNull()
    expect(await backups.readByName('cadence-2026-11-23_110000.json.gz')).toBeNull()
  })

  it('offers the newest backup that holds records, skipping empty and damaged ones', async () => {
    const backups = service()
    await backups.write('manual', exportOf(4))
    const folder = join(root, 'Cadence Backups')
    await writeFile(join(folder, backupFileName(new Date(2026, 10, 23, 11))), await compress(exportOf(0)))
    await writeFile(join(folder, backupFileName(new Date(2026, 10, 23, 12))), 'garbage')
    expect(await backups.readLatest()).toMatchObject({ ok: true, name: 'cadence-2026-11-23_090000.json.gz' })
    expect(await service({ defaultFolder: join(root, 'none') }).readLatest()).toBeNull()
  })

  it('uses a chosen folder only when it is an existing folder main can write to', async () => {
    const backups = service()
    const chosen = join(root, 'Shared drive')
    expect(await backups.setFolder('relative/folder')).toBe(false)
    expect(await backups.setFolder(join(root, 'missing'))).toBe(false)
    await writeFile(join(root, 'a-file'), 'x')
    expect(await backups.setFolder(join(root, 'a-file'))).toBe(false)
    await mkdir(chosen)
    expect(await backups.setFolder(chosen)).toBe(true)
    expect(await readdir(chosen)).toEqual([]) // the write probe is removed
    const info = await backups.write('manual', exportOf(1))
    expect(await readdir(chosen)).toEqual([info.name])
    expect((await service().status()).folder).toBe(chosen)
  })

  it('waits for the renderer quit backup until it is done or the wait times out', async () => {
    const backups = service({ quitTimeoutMs: 60_000 })
    const waiting = backups.waitForQuitBackup()
    backups.quitBackupDone()
    expect(await waiting).toBe('done')
    expect(await service({ quitTimeoutMs: 0 }).waitForQuitBackup()).toBe('timeout')
  })
})

describe('readBackupText', () => {
  it('reads compressed and plain backups', async () => {
    await writeFile(join(root, 'a.json.gz'), await compress(exportOf(1)))
    await writeFile(join(root, 'b.json'), exportOf(1))
    expect(await readBackupText(join(root, 'a.json.gz'))).toEqual({ ok: true, text: exportOf(1) })
    expect(await readBackupText(join(root, 'b.json'))).toEqual({ ok: true, text: exportOf(1) })
  })

  it('refuses a corrupted gzip, invalid UTF-8, a folder and a missing file', async () => {
    const good = await compress(exportOf(5))
    const corrupted = Buffer.concat([good.subarray(0, 20), Buffer.alloc(40, 7)])
    await writeFile(join(root, 'bad.json.gz'), corrupted)
    await writeFile(join(root, 'latin1.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))
    for (const name of ['bad.json.gz', 'latin1.json', '.', 'missing.json'])
      expect(await readBackupText(join(root, name)), name).toEqual({ ok: false, reason: 'unreadable' })
  })

  it('refuses a file above the limit and a small gzip that unpacks beyond it', async () => {
    await writeFile(join(root, 'big.json'), 'x'.repeat(2000))
    await writeFile(join(root, 'bomb.json.gz'), await compress(Buffer.alloc(100_000, 32)))
    expect(await readBackupText(join(root, 'big.json'), 1000)).toEqual({ ok: false, reason: 'too-large' })
    expect(await readBackupText(join(root, 'bomb.json.gz'), 1000)).toEqual({ ok: false, reason: 'too-large' })
  })
})
