/**
 * The backup file format: dexie-export-import's JSON (format 1) with Cadence's own `cadence`
 * block (export time, app version). A backup file is untrusted input — it may be truncated,
 * edited, from a newer release or hostile — so it is checked here, before any of it touches the
 * database: size, nesting, forbidden keys (prototype pollution), shape, database name, schema
 * version and every table's row count. Records are checked later, one by one (records.ts).
 */
import { z } from 'zod'
import type { BackupProblem } from './problems'

/** The longest export text accepted (characters): well above a large agency, well below V8's limit. */
export const MAX_EXPORT_CHARS = 256 * 1024 * 1024
/** The most records one table may declare. */
export const MAX_TABLE_ROWS = 5_000_000
/** The longest string value inside a backup (a 5 MB logo is about 7 M base64 characters). */
export const MAX_STRING_CHARS = 12 * 1024 * 1024
/** The deepest nesting of objects and arrays a record may have. */
export const MAX_DEPTH = 48

/**
 * Keys that could reach an object's prototype when a file is read into objects: as a key or as a
 * component of a dexie-export-import `$types` key path (`a.__proto__.b`).
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** A table name as Dexie allows it, and never a prototype key. */
const tableNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'Expected a table name')
  .refine((name) => !FORBIDDEN_KEYS.has(name), 'Forbidden table name')

/** What Cadence adds to dexie-export-import's format. */
export const exportMetaSchema = z.object({
  exportedAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(50),
})
export type ExportMeta = z.infer<typeof exportMetaSchema>

/** dexie-export-import's JSON, as much of it as a backup check needs. */
export const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  cadence: exportMetaSchema.optional(),
  data: z.object({
    databaseName: z.string().max(200),
    databaseVersion: z.number().int().min(0).max(100_000),
    tables: z
      .array(
        z.object({
          name: tableNameSchema,
          schema: z.string().max(2000),
          rowCount: z.number().int().min(0).max(MAX_TABLE_ROWS),
        }),
      )
      .max(200),
    data: z
      .array(z.object({ tableName: tableNameSchema, inbound: z.literal(true), rows: z.array(z.unknown()) }))
      .max(200),
  }),
})
export type DexieExport = z.infer<typeof dexieExportSchema>

/** An export that passed the format check: its version, meta and rows by table (not yet validated). */
export type CheckedExport = {
  databaseVersion: number
  meta: ExportMeta | null
  /** Declared tables in file order, with their rows (still untrusted values). */
  tables: { name: string; rows: unknown[] }[]
}

/** What the format check needs to know about the running app. */
export type FormatExpectations = {
  databaseName: string
  /** The schema version the app runs on. */
  currentVersion: number
  /** Table names of each schema version the app knows (older backups are upgraded from these). */
  tablesOfVersion: (version: number) => readonly string[] | null
}

/** The result of a check: the value, or the first problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem }

const fail = (problem: BackupProblem): { ok: false; problem: BackupProblem } => ({ ok: false, problem })

/**
 * Walks a parsed JSON value without recursion (a hostile file may nest deeply) and returns the
 * first forbidden key, over-long string or over-deep nesting, with the path where it was found.
 */
export function findHostileContent(value: unknown): BackupProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }]
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === undefined) break
    const { value: current, path, depth } = item
    if (typeof current === 'string') {
      if (current.length > MAX_STRING_CHARS) return { kind: 'string-too-long', path, length: current.length }
      continue
    }
    if (current === null || typeof current !== 'object') continue
    if (depth > MAX_DEPTH) return { kind: 'too-deep', path }
    const entries = Array.isArray(current) ? current.entries() : Object.entries(current)
    for (const [key, child] of entries) {
      const name = String(key)
      if (!Array.isArray(current) && name.split('.').some((part) => FORBIDDEN_KEYS.has(part)))
        return { kind: 'forbidden-key', path: path === '' ? name : `${path}.${name}`, key: name }
      stack.push({ value: child, path: path === '' ? name : `${path}.${name}`, depth: depth + 1 })
    }
  }
  return null
}

function issuePath(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? issue.path.map(String).join('.') : ''
}

/** Checks an export's text and returns its rows by table, or the first problem (never throws). */
export function checkExport(text: string, expected: FormatExpectations): Checked<CheckedExport> {
  if (text.length > MAX_EXPORT_CHARS) return fail({ kind: 'too-large', limit: MAX_EXPORT_CHARS })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return fail({ kind: 'not-json' })
  }
  const hostile = findHostileContent(json)
  if (hostile) return fail(hostile)
  const parsed = dexieExportSchema.safeParse(json)
  if (!parsed.success) return fail({ kind: 'not-export', path: issuePath(parsed.error) })
  const { cadence, data } = parsed.data
  if (data.databaseName !== expected.databaseName)
    return fail({ kind: 'other-database', name: data.databaseName })
  if (data.databaseVersion > expected.currentVersion)
    return fail({ kind: 'newer-version', version: data.databaseVersion, current: expected.currentVersion })
  const known = expected.tablesOfVersion(data.databaseVersion)
  if (known === null) return fail({ kind: 'unsupported-version', version: data.databaseVersion })

  const rowsByTable = new Map<string, unknown[]>()
  for (const table of data.data) {
    if (rowsByTable.has(table.tableName)) return fail({ kind: 'not-export', path: 'data.data' })
    rowsByTable.set(table.tableName, table.rows)
  }
  const declared = new Set<string>()
  const tables: CheckedExport['tables'] = []
  for (const { name, rowCount } of data.tables) {
    if (declared.has(name)) return fail({ kind: 'not-export', path: 'data.tables' })
    declared.add(name)
    if (!known.includes(name)) return fail({ kind: 'unknown-table', table: name })
    const rows = rowsByTable.get(name) ?? []
    if (rows.length !== rowCount)
      return fail({ kind: 'count-mismatch', table: name, declared: rowCount, actual: rows.length })
    tables.push({ name, rows })
  }
  for (const name of rowsByTable.keys()) {
    if (!declared.has(name)) return fail({ kind: 'unknown-table', table: name })
  }
  return { ok: true, value: { databaseVersion: data.databaseVersion, meta: cadence ?? null, tables } }
}

/** How dexie-export-import starts every export; Cadence's block goes right after it. */
const EXPORT_PREFIX = '{"formatName":"dexie","formatVersion":1,'

/**
 * Adds Cadence's block to an export made by dexie-export-import without parsing it again (an
 * export can be tens of megabytes): the block is spliced in after the fixed opening.
 */
export function addExportMeta(exportText: string, meta: ExportMeta): string {
  if (!exportText.startsWith(EXPORT_PREFIX)) throw new Error('Unexpected export format')
  const block = JSON.stringify(exportMetaSchema.parse(meta))
  return `${EXPORT_PREFIX}"cadence":${block},${exportText.slice(EXPORT_PREFIX.length)}`
}
