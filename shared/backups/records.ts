/**
 * Every record of a backup through its table's zod schema before anything is restored: one bad
 * record refuses the whole file (restore is all-or-nothing), and the problem names the table, the
 * record (position and id) and the field.
 */
import type { z } from 'zod'
import type { Checked } from './format'
import { findHostileContent } from './format'

/** A record as every table stores it: an id and the fields merges compare. */
export type StoredRecord = { id: string; updatedAt: string; deletedAt: string | null }

/** Validated records by table name; every table of the database is present (maybe empty). */
export type ValidRecords = Record<string, StoredRecord[]>

function idOf(row: unknown): string | null {
  if (row === null || typeof row !== 'object') return null
  const id = (row as { id?: unknown }).id
  return typeof id === 'string' ? id.slice(0, 100) : null
}

/**
 * Parses every row with its table's schema and returns the parsed records (unknown keys are
 * dropped by the schemas, so only fields Cadence knows are restored).
 */
export function validateRecords(
  tables: readonly { name: string; rows: readonly unknown[] }[],
  schemas: Readonly<Record<string, z.ZodType>>,
): Checked<ValidRecords> {
  const valid: ValidRecords = {}
  for (const name of Object.keys(schemas)) valid[name] = []
  for (const { name, rows } of tables) {
    const schema = Object.hasOwn(schemas, name) ? schemas[name] : undefined
    if (schema === undefined) return { ok: false, problem: { kind: 'unknown-table', table: name } }
    const ids = new Set<string>()
    const out: StoredRecord[] = []
    for (const [position, row] of rows.entries()) {
      const hostile = findHostileContent(row)
      if (hostile) return { ok: false, problem: hostile }
      const parsed = schema.safeParse(row)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        return {
          ok: false,
          problem: {
            kind: 'invalid-record',
            table: name,
            index: position + 1,
            id: idOf(row),
            field: issue ? issue.path.map(String).join('.') : '',
            message: issue?.message ?? 'Invalid record',
          },
        }
      }
      const record = parsed.data as StoredRecord
      if (ids.has(record.id))
        return { ok: false, problem: { kind: 'duplicate-id', table: name, id: record.id } }
      ids.add(record.id)
      out.push(record)
    }
    valid[name] = out
  }
  return { ok: true, value: valid }
}
