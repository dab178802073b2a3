/** What a backup contains, in the words a PM checks before restoring it. */
import type { StoredRecord, ValidRecords } from './records'
import { cachedNumberFormat } from '../intl'

/** The figures shown for a backup. Deleted records (soft deletes) are not counted as content. */
export type BackupSummary = {
  clients: number
  meetings: number
  metricMonths: number
  /** First and last month with results, or null when there are none. */
  monthsFrom: string | null
  monthsTo: string | null
  /** Every record of every table, deleted ones included (what the file holds). */
  records: number
  databaseVersion: number
  /** When the export was made, if the file says so (Cadence's block). */
  exportedAt: string | null
}

const live = (rows: readonly StoredRecord[] | undefined) =>
  (rows ?? []).filter((row) => row.deletedAt === null)

/** Summarises validated records. */
export function summarizeBackup(
  records: ValidRecords,
  { databaseVersion, exportedAt }: { databaseVersion: number; exportedAt: string | null },
): BackupSummary {
  const months = live(records.metricMonths)
    .map((row) => (row as StoredRecord & { month?: unknown }).month)
    .filter((month): month is string => typeof month === 'string')
    .sort()
  return {
    clients: live(records.clients).length,
    meetings: live(records.meetings).length,
    metricMonths: live(records.metricMonths).length,
    monthsFrom: months[0] ?? null,
    monthsTo: months.at(-1) ?? null,
    records: Object.values(records).reduce((sum, rows) => sum + rows.length, 0),
    databaseVersion,
    exportedAt,
  }
}

/** Record counts by table. */
export type RecordCounts = Record<string, number>

/** The number of records in all tables. */
export function totalRecords(counts: Readonly<RecordCounts>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0)
}

/**
 * The guard against silent loss: the database is empty although the marker main keeps says it
 * held records, so IndexedDB was wiped (a crash, a full disk, an origin change) and the app must
 * offer the latest backup instead of starting empty.
 */
export function looksWiped(
  current: Readonly<RecordCounts>,
  marker: { rowCounts: RecordCounts } | null,
): boolean {
  return totalRecords(current) === 0 && marker !== null && totalRecords(marker.rowCounts) > 0
}

/** A file size for people: `850 B`, `12 kB`, `3.4 MB` (decimal units, as file managers show). */
export function formatBytes(bytes: number, locale: string): string {
  const units = [
    ['byte', 1],
    ['kilobyte', 1e3],
    ['megabyte', 1e6],
    ['gigabyte', 1e9],
  ] as const
  const [unit, size] = [...units].reverse().find(([, threshold]) => bytes >= threshold) ?? units[0]
  const value = bytes / size
  return cachedNumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value)
}
