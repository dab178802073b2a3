import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InvalidExportError } from './export-format'
import { backupFileName, backupTakenAt, listBackups, readBackup, writeBackup } from './backup-folder'

/** A small export in dexie-export-import's format. */
function exportOf(clients: number, version = 2): string {
  const rows = Array.from({ length: clients }, (_, i) => ({ id: `c${i}`, name: `Client ${i} – Łódź Оу` }))
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'cadence',
      databaseVersion: version,
      tables: [
        { name: 'clients', schema: 'id', rowCount: clients },
        { name: 'tasks', schema: 'id', rowCount: 0 },
      ],
      data: [
        { tableName: 'clients', inbound: true, rows },
        { tableName: 'tasks', inbound: true, rows: [] },
      ],
    },
  })
}

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cadence-backups-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('backup files', () => {
  it('names a backup by its local time and reads the time back', () => {
    const now = new Date(2026, 10, 23, 17, 5, 9)
    expect(backupFileName(now)).toBe('cadence-2026-11-23_170509.json.gz')
    expect(backupTakenAt(backupFileName(now))).toEqual(now)
    expect(backupTakenAt('holiday.jpg')).toBeNull()
    expect(backupTakenAt('cadence-2026-13-45_999999.json.gz')).toBeNull()
  })

  it('writes a compressed backup that reads back with the same records', async () => {
    const written = await writeBackup(folder, exportOf(3), new Date(2026, 10, 23, 9))
    expect(written.summary).toEqual({ databaseVersion: 2, rowCounts: { clients: 3, tasks: 0 } })
    const { text, summary } = await readBackup(written.path)
    expect(text).toBe(exportOf(3))
    expect(summary).toEqual(written.summary)
    expect(written.bytes).toBeLessThan(Buffer.byteLength(text))
  })

  it('refuses an export whose tables do not hold what they declare, writing nothing', async () => {
    const lying = exportOf(2).replace('"rowCount":2', '"rowCount":5')
    await expect(writeBackup(folder, lying, new Date())).rejects.toThrow(InvalidExportError)
    expect(await readdir(folder)).toEqual([])
  })

  it.each([
    ['truncated', exportOf(2).slice(0, 60)],
    ['not an export', JSON.stringify({ hello: 'world' })],
    ['wrong types', exportOf(1).replace('"databaseVersion":2', '"databaseVersion":"2"')],
  ])('reads a %s file as invalid', async (_case, text) => {
    const path = join(folder, 'cadence-2026-11-01_120000.json.gz')
    await writeFile(path, text)
    await expect(readBackup(path)).rejects.toThrow(InvalidExportError)
  })

  it('prunes older backups by the rotation policy only after the new one is verified', async () => {
    const days = [1, 2, 3]
    for (const day of days) await writeFile(join(folder, backupFileName(new Date(2026, 10, 23, 8, day))), 'x')
    await writeFile(join(folder, 'notes.txt'), 'not a backup')
    await writeBackup(folder, exportOf(1), new Date(2026, 10, 23, 12), {
      keepToday: 2,
      dailyDays: 14,
      weeklyWeeks: 13,
    })
    const kept = (await listBackups(folder)).map((entry) => entry.name)
    expect(kept).toEqual(['cadence-2026-11-23_120000.json.gz', 'cadence-2026-11-23_080300.json.gz'])
    expect(await readdir(folder)).toContain('notes.txt')
  })
})
