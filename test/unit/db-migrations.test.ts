import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { TABLE_SCHEMAS, type TableName } from '@shared/schemas'
import { CadenceDatabase } from '../../renderer/db/db'
import { DATABASE_VERSIONS } from '../../renderer/db/versions'

/** A database as an earlier release wrote it: its version and the records of each table. */
type Fixture = { version: number; tables: Partial<Record<TableName, Record<string, unknown>[]>> }

const FIXTURE_FOLDER = resolve(import.meta.dirname, '../fixtures/db')
const LATEST = DATABASE_VERSIONS.at(-1)?.version ?? 0

function readFixture(version: number): Fixture {
  return JSON.parse(readFileSync(resolve(FIXTURE_FOLDER, `v${version}.json`), 'utf8')) as Fixture
}

/** Writes a fixture into a database that knows only the versions up to the fixture's. */
async function writeAsRelease(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name)
  for (const { version, stores } of DATABASE_VERSIONS.filter((v) => v.version <= fixture.version))
    old.version(version).stores(stores)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

const opened: CadenceDatabase[] = []
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete()
})

describe('database migrations', () => {
  it('has a fixture for every released version before the current one', () => {
    const fixtures = readdirSync(FIXTURE_FOLDER).filter((file) => /^v\d+\.json$/.test(file))
    const expected = DATABASE_VERSIONS.filter((v) => v.version < LATEST).map((v) => `v${v.version}.json`)
    expect(fixtures.sort()).toEqual(expected.sort())
  })

  describe.each(DATABASE_VERSIONS.filter((v) => v.version < LATEST).map((v) => v.version))(
    'from version %i',
    (version) => {
      it('upgrades to the current version keeping every record, each valid for its schema', async () => {
        const fixture = readFixture(version)
        const name = `migration-from-v${version}`
        await writeAsRelease(name, fixture)

        const current = new CadenceDatabase(name)
        opened.push(current)
        await current.open()
        expect(current.verno).toBe(LATEST)
        for (const [table, rows] of Object.entries(fixture.tables) as [
          TableName,
          Record<string, unknown>[],
        ][]) {
          const stored = await current.table(table).toArray()
          expect(stored, table).toHaveLength(rows.length)
          for (const row of rows) {
            const upgraded = stored.find((record: { id: string }) => record.id === row.id) as unknown
            // Everything the old release stored is still there, and the record is valid today.
            expect(upgraded, `${table} ${String(row.id)}`).toMatchObject(row)
            expect(() => TABLE_SCHEMAS[table].parse(upgraded), `${table} ${String(row.id)}`).not.toThrow()
          }
        }
      })
    },
  )

  it('keeps a record the current schema refuses exactly as it was', async () => {
    const fixture = readFixture(1)
    const broken = { ...fixture.tables.clients?.[0], name: '' }
    await writeAsRelease('migration-broken', { version: 1, tables: { clients: [broken] } })
    const current = new CadenceDatabase('migration-broken')
    opened.push(current)
    expect(await current.clients.toArray()).toEqual([broken])
  })

  it('fills what version 2 added to meetings with its defaults', async () => {
    const fixture = readFixture(1)
    await writeAsRelease('migration-meetings', {
      version: 1,
      tables: { meetings: fixture.tables.meetings ?? [] },
    })
    const current = new CadenceDatabase('migration-meetings')
    opened.push(current)
    const meetings = await current.meetings.toArray()
    expect(meetings.length).toBeGreaterThan(0)
    for (const meeting of meetings) {
      expect(meeting).toMatchObject({ showAndTell: '', touchpointId: null, finishedAt: null, review: null })
      for (const card of meeting.weeklyCards) expect(card).toMatchObject({ notes: '', decisions: [] })
    }
  })

  it('gives campaigns and experiments of version 1 an empty stage history', async () => {
    const fixture = readFixture(1)
    await writeAsRelease('migration-stage-history', {
      version: 1,
      tables: { campaigns: fixture.tables.campaigns ?? [], experiments: fixture.tables.experiments ?? [] },
    })
    const current = new CadenceDatabase('migration-stage-history')
    opened.push(current)
    const rows = [...(await current.campaigns.toArray()), ...(await current.experiments.toArray())]
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.stageHistory).toEqual([])
  })

  it('adds the exported reports table in version 3, empty, beside the data of version 2', async () => {
    await writeAsRelease('migration-reports', readFixture(2))
    const current = new CadenceDatabase('migration-reports')
    opened.push(current)
    expect(await current.reports.count()).toBe(0)
    expect(await current.clients.count()).toBe(readFixture(2).tables.clients?.length)
    expect(current.reports.schema.indexes.map((index) => index.name)).toEqual(
      expect.arrayContaining(['clientId', 'exportedAt', '[clientId+kind+period]']),
    )
  })
})
