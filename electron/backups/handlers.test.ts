import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../ipc/handlers'
import { createIpcRouter, createTrustedSenderCheck } from '../ipc/router'
import { createBackupService } from './backup-service'
import { fakeReportExporter } from '../report-export/fake-exporter'

const APP = { url: 'app://cadence/index.html' }
const EXPORT = JSON.stringify({
  formatName: 'dexie',
  formatVersion: 1,
  data: {
    databaseName: 'cadence',
    databaseVersion: 2,
    tables: [{ name: 'clients', schema: 'id', rowCount: 1 }],
    data: [{ tableName: 'clients', inbound: true, rows: [{ id: 'c1' }] }],
  },
})

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-backup-handlers-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function setUp() {
  const dialogs = {
    files: [] as string[],
    folders: [] as string[],
    saved: [] as string[],
    opened: [] as string[],
  }
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Cadence', version: '1', platform: 'linux', locale: 'en', dataFolder: root }),
    setLanguage: () => undefined,
    openExternal: () => undefined,
    openMailto: () => undefined,
    saveTextFile: () => Promise.resolve(null),
    backups: {
      service: createBackupService({
        stateFile: join(root, 'state.json'),
        markerFile: join(root, 'marker.json'),
        defaultFolder: join(root, 'Cadence Backups'),
        appVersion: '1',
        now: () => new Date(2026, 10, 23, 9),
      }),
      chooseFolder: () => Promise.resolve(dialogs.folders.shift() ?? null),
      chooseBackupFile: () => Promise.resolve(dialogs.files.shift() ?? null),
      saveExport: (fileName) => {
        dialogs.saved.push(fileName)
        return Promise.resolve(join(root, fileName))
      },
      openFolder: (folder) => {
        dialogs.opened.push(folder)
        return Promise.resolve()
      },
      now: () => new Date(2026, 10, 23, 9),
    },
    reports: fakeReportExporter(),
  })
  const { dispatch } = createIpcRouter({
    handlers,
    isTrustedSender: createTrustedSenderCheck(['app://cadence']),
  })
  return { dialogs, dispatch }
}

describe('the backup channels', () => {
  it('writes a backup and reads it back by name', async () => {
    const { dispatch } = setUp()
    const written = await dispatch('backup:write-file', APP, { reason: 'manual', text: EXPORT })
    expect(written).toMatchObject({ ok: true, data: { name: 'cadence-2026-11-23_090000.json.gz' } })
    const read = await dispatch('backup:read-file', APP, {
      source: { kind: 'folder', name: 'cadence-2026-11-23_090000.json.gz' },
    })
    expect(read).toMatchObject({ ok: true, data: { read: true, text: EXPORT } })
  })

  it('refuses to write an export whose counts do not match, keeping the folder as it was', async () => {
    const { dispatch } = setUp()
    const result = await dispatch('backup:write-file', APP, {
      reason: 'manual',
      text: EXPORT.replace('"rowCount":1', '"rowCount":9'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } })
    expect(await dispatch('backup:list-files', APP, undefined)).toEqual({ ok: true, data: { backups: [] } })
  })

  it('reads any file only through the open dialog, and says when it was cancelled or unreadable', async () => {
    const { dialogs, dispatch } = setUp()
    expect(await dispatch('backup:read-file', APP, { source: { kind: 'file' } })).toEqual({
      ok: true,
      data: { read: false, reason: 'cancelled' },
    })
    await writeFile(join(root, 'colleague.json'), EXPORT)
    await writeFile(join(root, 'broken.json.gz'), Buffer.from([0x1f, 0x8b, 1, 2, 3]))
    dialogs.files.push(join(root, 'colleague.json'), join(root, 'broken.json.gz'))
    expect(await dispatch('backup:read-file', APP, { source: { kind: 'file' } })).toMatchObject({
      ok: true,
      data: { read: true, name: 'colleague.json', takenAt: null, text: EXPORT },
    })
    expect(await dispatch('backup:read-file', APP, { source: { kind: 'file' } })).toEqual({
      ok: true,
      data: { read: false, reason: 'unreadable' },
    })
    expect(await dispatch('backup:read-file', APP, { source: { kind: 'latest' } })).toEqual({
      ok: true,
      data: { read: false, reason: 'none' },
    })
  })

  it('changes the folder only to one the dialog chose and main can write to', async () => {
    const { dialogs, dispatch } = setUp()
    dialogs.folders.push(join(root, 'missing'))
    expect(await dispatch('backup:choose-folder', APP, undefined)).toEqual({
      ok: true,
      data: { changed: false, reason: 'not-writable' },
    })
    await mkdir(join(root, 'Dropbox'))
    dialogs.folders.push(join(root, 'Dropbox'))
    expect(await dispatch('backup:choose-folder', APP, undefined)).toEqual({
      ok: true,
      data: { changed: true, folder: join(root, 'Dropbox') },
    })
    await dispatch('backup:open-folder', APP, undefined)
    expect(dialogs.opened).toEqual([join(root, 'Dropbox')])
  })

  it('suggests a dated name for "Export all data"', async () => {
    const { dialogs, dispatch } = setUp()
    expect(await dispatch('backup:export-file', APP, { text: EXPORT })).toMatchObject({
      ok: true,
      data: { saved: true },
    })
    expect(dialogs.saved).toEqual(['cadence-export-2026-11-23.json'])
  })
})
