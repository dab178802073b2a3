import { describe, expect, it } from 'vitest'
import { addExportMeta, checkExport, MAX_DEPTH, MAX_STRING_CHARS, type FormatExpectations } from './format'

const EXPECTED: FormatExpectations = {
  databaseName: 'cadence',
  currentVersion: 2,
  tablesOfVersion: (version) => (version === 1 || version === 2 ? ['clients', 'tasks'] : null),
}

/** An export as dexie-export-import writes it, with `rows` clients. */
function exportText(rows: unknown[] = [{ id: 'c1', name: 'Kahvila Aalto Oy' }], version = 2): string {
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'cadence',
      databaseVersion: version,
      tables: [
        { name: 'clients', schema: 'id,name', rowCount: rows.length },
        { name: 'tasks', schema: 'id', rowCount: 0 },
      ],
      data: [
        { tableName: 'clients', inbound: true, rows },
        { tableName: 'tasks', inbound: true, rows: [] },
      ],
    },
  })
}

const problemOf = (text: string) => {
  const result = checkExport(text, EXPECTED)
  return result.ok ? null : result.problem
}

describe('checkExport', () => {
  it('accepts an export and returns its rows by table', () => {
    const result = checkExport(exportText(), EXPECTED)
    expect(result).toEqual({
      ok: true,
      value: {
        databaseVersion: 2,
        meta: null,
        tables: [
          { name: 'clients', rows: [{ id: 'c1', name: 'Kahvila Aalto Oy' }] },
          { name: 'tasks', rows: [] },
        ],
      },
    })
  })

  it('refuses a truncated file', () => {
    const text = exportText()
    expect(problemOf(text.slice(0, text.length - 20))).toEqual({ kind: 'not-json' })
    expect(problemOf('')).toEqual({ kind: 'not-json' })
  })

  it('refuses JSON that is not an export, naming where it stops being one', () => {
    expect(problemOf(JSON.stringify({ hello: 'world' }))).toMatchObject({ kind: 'not-export' })
    expect(problemOf(exportText().replace('"databaseVersion":2', '"databaseVersion":"2"'))).toEqual({
      kind: 'not-export',
      path: 'data.databaseVersion',
    })
    expect(problemOf(exportText().replace('"rows":[]', '"rows":{}'))).toEqual({
      kind: 'not-export',
      path: 'data.data.1.rows',
    })
  })

  it('refuses a "1 GB" row count claim and a count that does not match the rows', () => {
    expect(problemOf(exportText().replace('"rowCount":1', '"rowCount":1000000000'))).toEqual({
      kind: 'not-export',
      path: 'data.tables.0.rowCount',
    })
    expect(problemOf(exportText().replace('"rowCount":1', '"rowCount":3'))).toEqual({
      kind: 'count-mismatch',
      table: 'clients',
      declared: 3,
      actual: 1,
    })
  })

  it('refuses a backup of a newer schema, of an unknown version and of another database', () => {
    expect(problemOf(exportText(undefined, 3))).toEqual({ kind: 'newer-version', version: 3, current: 2 })
    expect(problemOf(exportText(undefined, 0))).toEqual({ kind: 'unsupported-version', version: 0 })
    expect(problemOf(exportText().replace('"databaseName":"cadence"', '"databaseName":"other"'))).toEqual({
      kind: 'other-database',
      name: 'other',
    })
  })

  it('accepts an older version whose tables it knows', () => {
    expect(checkExport(exportText(undefined, 1), EXPECTED).ok).toBe(true)
  })

  it('refuses tables the database does not have', () => {
    const text = exportText()
      .replace('{"name":"tasks"', '{"name":"secrets"')
      .replace('"tableName":"tasks"', '"tableName":"secrets"')
    expect(problemOf(text)).toEqual({ kind: 'unknown-table', table: 'secrets' })
    const undeclared = exportText().replace('"tableName":"tasks"', '"tableName":"ghosts"')
    expect(problemOf(undeclared)).toEqual({ kind: 'unknown-table', table: 'ghosts' })
  })

  it.each([
    ['__proto__', '{"id":"c1","__proto__":{"isAdmin":true}}', 'data.data.0.rows.0.__proto__'],
    [
      'constructor',
      '{"id":"c1","constructor":{"prototype":{"isAdmin":true}}}',
      'data.data.0.rows.0.constructor',
    ],
    [
      'a $types key path',
      '{"id":"c1","$types":{"a.__proto__.isAdmin":"date"}}',
      'data.data.0.rows.0.$types.a.__proto__.isAdmin',
    ],
  ])('refuses prototype-pollution keys (%s) and pollutes nothing', (_case, row, path) => {
    const text = exportText([{ id: 'placeholder' }]).replace('{"id":"placeholder"}', row)
    expect(problemOf(text)).toMatchObject({ kind: 'forbidden-key', path })
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('refuses a table named like a prototype key', () => {
    const text = exportText()
      .replace('{"name":"tasks"', '{"name":"__proto__"')
      .replace('"tableName":"tasks"', '"tableName":"__proto__"')
    expect(problemOf(text)).toEqual({ kind: 'not-export', path: 'data.tables.1.name' })
  })

  it('refuses huge strings and deep nesting', () => {
    const huge = exportText([{ id: 'c1', notes: 'x'.repeat(MAX_STRING_CHARS + 1) }])
    expect(problemOf(huge)).toEqual({
      kind: 'string-too-long',
      path: 'data.data.0.rows.0.notes',
      length: MAX_STRING_CHARS + 1,
    })
    let nested: unknown = 'bottom'
    for (let depth = 0; depth < MAX_DEPTH + 5; depth += 1) nested = { a: nested }
    expect(problemOf(exportText([{ id: 'c1', nested }]))).toMatchObject({ kind: 'too-deep' })
  })
})

describe('addExportMeta', () => {
  it('adds the export time and app version, which the check reads back', () => {
    const text = addExportMeta(exportText(), { exportedAt: '2026-11-23T09:00:00.000Z', appVersion: '0.1.0' })
    const result = checkExport(text, EXPECTED)
    expect(result.ok && result.value.meta).toEqual({
      exportedAt: '2026-11-23T09:00:00.000Z',
      appVersion: '0.1.0',
    })
    expect(JSON.parse(text)).toMatchObject(JSON.parse(exportText()) as object)
  })

  it('refuses text that is not a dexie export', () => {
    expect(() =>
      addExportMeta('{"hello":1}', { exportedAt: '2026-11-23T09:00:00Z', appVersion: '1' }),
    ).toThrow()
  })
})
