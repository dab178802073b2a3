import './node-env'
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Dexie } from 'dexie'
import fc from 'fast-check'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoAgency, type DemoAgency } from '@shared/demo'
import { TABLE_SCHEMAS, type TableName } from '@shared/schemas'
import { CadenceDatabase, TABLE_NAMES } from '../db'
import { DATABASE_VERSIONS } from '../versions'
import {
  countRecords,
  exportDatabaseText,
  mergeIntoDatabase,
  onDatabaseChange,
  openWithUpgradeBackup,
  prepareBackup,
  removeStagingLeftovers,
  replaceDatabase,
} from '.'

const META = { exportedAt: '2026-11-23T09:00:00.000Z', appVersion: '0.1.0' }
type Rows = Partial<Record<TableName, Record<string, unknown>[]>>

let agency: DemoAgency
beforeAll(() => {
  agency = generateDemoAgency({ seed: 8, today: '2026-11-23', clients: 2, years: 1 })
})

const opened: Dexie[] = []
/** A fresh, empty database at the current version (named "cadence" so exports match the app's). */
async function freshDatabase(name = 'cadence'): Promise<CadenceDatabase> {
  for (const database of opened.splice(0)) database.close()
  await Dexie.delete(name)
  const database = new CadenceDatabase(name)
  opened.push(database)
  await database.open()
  return database
}
afterEach(async () => {
  for (const database of opened.splice(0)) database.close()
  await Dexie.delete('cadence')
})

async function seed(database: Dexie, rows: Rows) {
  await database.transaction('rw', database.tables, async () => {
    for (const [name, records] of Object.entries(rows)) await database.table(name).bulkPut(records)
  })
}

/** Every table's records sorted by id: what "identical" compares. */
async function snapshot(database: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of database.tables) out[table.name] = await table.orderBy(':id').toArray()
  return out
}

function sampleRows(): Rows {
  return {
    settings: [agency.settings],
    clients: agency.clients.slice(0, 2),
    meetings: agency.meetings.slice(0, 3),
    metricMonths: agency.metricMonths.slice(0, 5),
    tasks: agency.tasks.slice(0, 3),
  }
}

/** Records the property test picks from: the demo agency's, and samples for tables it does not fill. */
function sourceRows(name: TableName): Record<string, unknown>[] {
  if (name === 'settings') return [agency.settings]
  if (name === 'reports') {
    return agency.clients.slice(0, 2).map((client, index) => ({
      id: `3f6c2a1e-5b4d-4c8e-9a7b-00000000000${index}`,
      createdAt: '2026-11-03T08:00:00.000Z',
      updatedAt: '2026-11-03T08:00:00.000Z',
      deletedAt: null,
      clientId: client.id,
      kind: 'monthly',
      period: '2026-10',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      fileName: `Report ${index}.pdf`,
      path: `/home/pm/Documents/Cadence Reports/Report ${index}.pdf`,
      bytes: 120_000 + index,
      draft: index === 0,
      verifiedAt: index === 0 ? null : '2026-11-02T12:00:00.000Z',
      exportedAt: '2026-11-03T08:00:00.000Z',
      sentAt: null,
    }))
  }
  return (agency as unknown as Record<string, Record<string, unknown>[] | undefined>)[name] ?? []
}

describe('a backup round trip', () => {
  it('random valid databases → export → wipe → import → identical (property)', async () => {
    const free = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('', 'Łódź – Оу “quotes” \\ \n\t', '🙂👩‍💻', '{"formatName":"dexie"}', '$types'),
    )
    const instant = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString())
    const tableArbitraries = Object.fromEntries(
      TABLE_NAMES.map((name) => {
        const source = sourceRows(name)
        // A table neither the demo nor the samples below fill stays empty rather than untested silently.
        if (source.length === 0) throw new Error(`No sample records for table ${name}`)
        const record = fc
          .record({ index: fc.nat(source.length - 1), notes: free, deletedAt: fc.option(instant) })
          .map(({ index, notes, deletedAt }) => {
            const row = structuredClone(source[index]) as Record<string, unknown>
            if (typeof row.notes === 'string') row.notes = notes
            return name === 'settings' ? row : { ...row, deletedAt }
          })
        return [
          name,
          fc.uniqueArray(record, { selector: (row) => row.id, maxLength: name === 'settings' ? 1 : 6 }),
        ]
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.record(tableArbitraries), async (rows) => {
        for (const [name, records] of Object.entries(rows))
          for (const record of records) TABLE_SCHEMAS[name as TableName].parse(record) // the generator makes valid data
        const database = await freshDatabase()
        await seed(database, rows)
        const before = await snapshot(database)
        const text = await exportDatabaseText(database, META)

        const wiped = await freshDatabase()
        expect(await countRecords(wiped).then((counts) => Object.values(counts).every((n) => n === 0))).toBe(
          true,
        )
        const prepared = await prepareBackup(text)
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem))
        await replaceDatabase(wiped, prepared.value.records)
        expect(await snapshot(wiped)).toEqual(before)
      }),
      { numRuns: 12 },
    )
  }, 300_000)

  it('summarises what a backup holds', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRows())
    const prepared = await prepareBackup(await exportDatabaseText(database, META))
    expect(prepared.ok && prepared.value.summary).toMatchObject({
      clients: 2,
      meetings: 3,
      metricMonths: 5,
      databaseVersion: DATABASE_VERSIONS.at(-1)?.version,
      exportedAt: META.exportedAt,
    })
  })

  it('restores a version 1 backup through the upgrades (every record valid today)', async () => {
    const fixture = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../test/fixtures/db/v1.json'), 'utf8'),
    ) as { tables: Rows }
    const old = new Dexie('cadence')
    old.version(1).stores(DATABASE_VERSIONS[0]?.stores ?? {})
    await old.open()
    await seed(old, fixture.tables)
    const text = await exportDatabaseText(old, META)
    old.close()
    await Dexie.delete('cadence')
    expect(JSON.parse(text)).toMatchObject({ data: { databaseVersion: 1 } })

    const prepared = await prepareBackup(text)
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem))
    expect(prepared.value.summary.databaseVersion).toBe(1)
    for (const meeting of prepared.value.records.meetings ?? [])
      expect(meeting).toMatchObject({ showAndTell: '', finishedAt: null, touchpointId: null }) // filled by v2's upgrade
    const database = await freshDatabase()
    await replaceDatabase(database, prepared.value.records)
    expect(await database.clients.count()).toBe(fixture.tables.clients?.length)
  })
})

describe('a bad backup changes nothing and says what is wrong', () => {
  async function seededWithExport() {
    const database = await freshDatabase()
    await seed(database, sampleRows())
    return { database, before: await snapshot(database), text: await exportDatabaseText(database, META) }
  }

  it.each<[string, (text: string) => string, object]>([
    ['truncated', (text) => text.slice(0, Math.floor(text.length / 2)), { kind: 'not-json' }],
    ['corrupted', (text) => text.replace('"formatName"', '"formatNam\u0000e'), { kind: 'not-json' }],
    [
      'of a newer schema',
      (text) => text.replace(/"databaseVersion":\d+/, '"databaseVersion":99'),
      { kind: 'newer-version', version: 99 },
    ],
    [
      'with a wrong type',
      (text) => text.replace(/"currency":"[A-Z]{3}"/, '"currency":42'),
      { kind: 'invalid-record', field: 'currency' },
    ],
    [
      'with a prototype-pollution key',
      (text) => text.replace('"rows":[{', '"rows":[{"__proto__":{"isAdmin":true},'),
      { kind: 'forbidden-key', key: '__proto__' },
    ],
    [
      'claiming a billion rows',
      (text) => text.replace(/"rowCount":\d+/, '"rowCount":1000000000'),
      { kind: 'not-export' },
    ],
  ])('refuses a backup %s', async (_case, damage, problem) => {
    const { database, before, text } = await seededWithExport()
    const damaged = damage(text)
    expect(damaged).not.toBe(text)
    const prepared = await prepareBackup(damaged)
    expect(prepared.ok).toBe(false)
    if (!prepared.ok && (problem as { kind: string }).kind !== 'not-json')
      expect(prepared.problem).toMatchObject(problem)
    expect(await snapshot(database)).toEqual(before)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('names the table, record and field of a record with a wrong type', async () => {
    const { database, before, text } = await seededWithExport()
    const json = JSON.parse(text) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] }
    }
    const clients = json.data.data.find((table) => table.tableName === 'clients')
    if (!clients?.rows[1]) throw new Error('no second client')
    clients.rows[1].currency = 42
    const prepared = await prepareBackup(JSON.stringify(json))
    expect(prepared).toMatchObject({
      ok: false,
      problem: {
        kind: 'invalid-record',
        table: 'clients',
        index: 2,
        id: clients.rows[1].id,
        field: 'currency',
      },
    })
    expect(await snapshot(database)).toEqual(before)
  })

  it('names a repeated id and a record without an id', async () => {
    const { text } = await seededWithExport()
    const json = JSON.parse(text) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] }
    }
    const tasks = json.data.data.find((table) => table.tableName === 'tasks')
    if (!tasks?.rows[0] || !tasks.rows[1]) throw new Error('no tasks')
    tasks.rows[1].id = tasks.rows[0].id
    expect(await prepareBackup(JSON.stringify(json))).toMatchObject({
      ok: false,
      problem: { kind: 'duplicate-id', table: 'tasks' },
    })
    delete tasks.rows[1].id
    expect(await prepareBackup(JSON.stringify(json))).toMatchObject({
      ok: false,
      problem: { kind: 'invalid-record', table: 'tasks', index: 2, field: 'id' },
    })
  })

  it('rolls a failing restore back completely (one transaction)', async () => {
    const { database, before } = await seededWithExport()
    const month = agency.budgetMonths[0]
    if (!month) throw new Error('no budget month')
    // Two records for the same client and month break the unique index part-way through.
    const clash = { ...month, id: '7b0c8d0e-8a57-4c8e-9d43-1f3a1b2c3d4e' }
    await expect(
      replaceDatabase(database, { clients: agency.clients, budgetMonths: [month, clash] }),
    ).rejects.toThrow()
    expect(await snapshot(database)).toEqual(before)
  })

  it('leaves no staging database behind', async () => {
    const { text } = await seededWithExport()
    await prepareBackup(text)
    await prepareBackup(
      text.replace('"tables":[', '"tables":[{"name":"clients","schema":"id","rowCount":0},'),
    )
    await removeStagingLeftovers()
    expect((await Dexie.getDatabaseNames()).filter((name) => name !== 'cadence')).toEqual([])
  })
})

describe('import into (merge)', () => {
  const client = () =>
    structuredClone(agency.clients[0]) as unknown as Record<string, unknown> & { id: string }

  it('adds new records, lets newer ones win and keeps newer local ones', async () => {
    const database = await freshDatabase()
    const mine = { ...client(), notes: 'mine', updatedAt: '2026-11-20T10:00:00.000Z' }
    const other = {
      ...(structuredClone(agency.clients[1]) as unknown as Record<string, unknown> & { id: string }),
      updatedAt: '2026-11-22T10:00:00.000Z',
    }
    await seed(database, { clients: [mine, other] })
    const report = await mergeIntoDatabase(database, {
      clients: [
        { ...mine, notes: 'theirs, newer', updatedAt: '2026-11-21T10:00:00.000Z' },
        { ...other, notes: 'theirs, older', updatedAt: '2026-11-01T10:00:00.000Z' },
      ],
      tasks: agency.tasks.slice(0, 2),
    } as never)
    expect(report).toEqual({ added: 2, replaced: 1, unchanged: 1, conflicts: 0 })
    expect((await database.clients.get(mine.id))?.notes).toBe('theirs, newer')
    expect((await database.clients.get(other.id))?.notes).not.toBe('theirs, older')
    expect(await database.tasks.count()).toBe(2)
  })

  it('respects soft deletes both ways', async () => {
    const database = await freshDatabase()
    const kept = { ...client(), updatedAt: '2026-11-20T10:00:00.000Z' }
    await seed(database, { clients: [kept] })
    const deletedLater = {
      ...kept,
      updatedAt: '2026-11-21T10:00:00.000Z',
      deletedAt: '2026-11-21T10:00:00.000Z',
    }
    await mergeIntoDatabase(database, { clients: [deletedLater] })
    expect((await database.clients.get(kept.id))?.deletedAt).toBe('2026-11-21T10:00:00.000Z')

    const olderEdit = { ...kept, notes: 'edited before the deletion', updatedAt: '2026-11-20T12:00:00.000Z' }
    expect(await mergeIntoDatabase(database, { clients: [olderEdit] } as never)).toMatchObject({
      unchanged: 1,
    })
    expect((await database.clients.get(kept.id))?.deletedAt).not.toBeNull()
  })

  it('keeps the local record when an incoming one collides on a unique index', async () => {
    const database = await freshDatabase()
    const month = structuredClone(agency.budgetMonths[0]) as unknown as Record<string, unknown> & {
      id: string
    }
    await seed(database, { budgetMonths: [month] })
    const theirs = {
      ...month,
      id: '7b0c8d0e-8a57-4c8e-9d43-1f3a1b2c3d4e',
      updatedAt: '2030-01-01T00:00:00.000Z',
    }
    expect(await mergeIntoDatabase(database, { budgetMonths: [theirs] } as never)).toMatchObject({
      conflicts: 1,
    })
    expect((await database.budgetMonths.toArray()).map((row) => row.id)).toEqual([month.id])
  })
})

describe('opening with a backup before an upgrade', () => {
  it('exports the old version first, then upgrades', async () => {
    await Dexie.delete('cadence')
    const old = new Dexie('cadence')
    old.version(1).stores(DATABASE_VERSIONS[0]?.stores ?? {})
    await old.open()
    await seed(old, { clients: agency.clients.slice(0, 1) })
    old.close()

    const backups: string[] = []
    const database = new CadenceDatabase('cadence')
    opened.push(database)
    const outcome = await openWithUpgradeBackup(
      database,
      (text) => Promise.resolve(backups.push(text)),
      () => META,
    )
    expect(outcome).toEqual({ upgradedFrom: 1, backupError: null })
    expect(backups).toHaveLength(1)
    expect(JSON.parse(backups[0] ?? '')).toMatchObject({ data: { databaseVersion: 1 }, cadence: META })
    expect(database.verno).toBe(DATABASE_VERSIONS.at(-1)?.version)
    expect(await database.clients.count()).toBe(1)
  })

  it('makes no backup for a new or current database', async () => {
    await Dexie.delete('cadence')
    const backups: string[] = []
    const first = new CadenceDatabase('cadence')
    opened.push(first)
    expect(
      await openWithUpgradeBackup(
        first,
        (text) => Promise.resolve(backups.push(text)),
        () => META,
      ),
    ).toEqual({
      upgradedFrom: null,
      backupError: null,
    })
    first.close()
    const again = new CadenceDatabase('cadence')
    opened.push(again)
    await openWithUpgradeBackup(
      again,
      (text) => Promise.resolve(backups.push(text)),
      () => META,
    )
    expect(backups).toEqual([])
  })
})

describe('change notifications', () => {
  it('tell about committed writes to the database, not to others', async () => {
    const database = await freshDatabase()
    let changes = 0
    const stop = onDatabaseChange('cadence', () => (changes += 1))
    const other = new Dexie('cadence-other')
    other.version(1).stores({ things: 'id' })
    await other.table('things').put({ id: 'x' })
    other.close()
    await Dexie.delete('cadence-other')
    expect(changes).toBe(0)
    await database.clients.put(agency.clients[0] as never)
    await expect.poll(() => changes).toBeGreaterThan(0)
    stop()
  })
})

describe('the schemas', () => {
  it('cover every table of the current database version (a backup validates every record)', () => {
    expect(Object.keys(DATABASE_VERSIONS.at(-1)?.stores ?? {}).sort()).toEqual(
      Object.keys(TABLE_SCHEMAS).sort(),
    )
  })
})
