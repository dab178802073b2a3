import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { db } from './db'

// The schema guard: if a table or index disappears, existing users' queries break, so the
// snapshot must only ever grow. Review a snapshot change as a migration.
describe('the Dexie schema', () => {
  it('keeps every table and index of the snapshot', async () => {
    await db.open()
    const schema = db.tables
      .map((table) => ({
        table: table.name,
        primaryKey: table.schema.primKey.src,
        indexes: table.schema.indexes.map((index) => index.src).sort(),
      }))
      .sort((a, b) => a.table.localeCompare(b.table))
    expect({ version: db.verno, schema }).toMatchSnapshot()
  })
})
