/**
 * The shape of a database export as dexie-export-import writes it, read defensively: a backup
 * file is untrusted input (it may be truncated, edited or hostile), so it is parsed with zod and
 * every table's rows are counted against the count the export declares.
 */
import { dexieExportSchema } from '@shared/backups/format'

// One definition of the format for both sides: main checks what it writes with the schema the
// renderer checks what it restores with.
export { dexieExportSchema }

/** What a valid export holds: its schema version and the rows of each table. */
export type ExportSummary = { databaseVersion: number; rowCounts: Record<string, number> }

/** Why an export is not a usable backup. */
export class InvalidExportError extends Error {
  override name = 'InvalidExportError'
}

/** Parses an export's JSON text and checks every table's rows against its declared count. */
export function summarizeExport(text: string): ExportSummary {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new InvalidExportError('The file is not complete JSON (truncated or corrupted)')
  }
  const parsed = dexieExportSchema.safeParse(json)
  if (!parsed.success) throw new InvalidExportError('The file is not a Cadence database export')
  const { tables, data, databaseVersion } = parsed.data.data
  // Table names come from the file: a null prototype keeps any name a plain key.
  const rowCounts = Object.create(null) as Record<string, number>
  for (const { name, rowCount } of tables) {
    const rows = data.find((table) => table.tableName === name)?.rows.length ?? 0
    if (rows !== rowCount)
      throw new InvalidExportError(`Table ${name} declares ${rowCount} records but holds ${rows}`)
    rowCounts[name] = rowCount
  }
  return { databaseVersion, rowCounts }
}
