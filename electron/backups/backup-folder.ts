/**
 * Automatic backups on disk: compressed, written atomically, read back and checked before any
 * older backup is pruned, so a failed write can never leave the folder with fewer good copies.
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { format, isValid, parse } from 'date-fns'
import { writeFileAtomically } from '../files/atomic-write'
import { summarizeExport, type ExportSummary } from './export-format'
import { backupsToPrune, DEFAULT_ROTATION, type BackupEntry, type RotationPolicy } from './rotation'

const compress = promisify(gzip)
const decompress = promisify(gunzip)

/** Backup file names: local time, sortable and readable in a file manager. */
const NAME_PATTERN = /^cadence-(\d{4}-\d{2}-\d{2}_\d{6})\.json\.gz$/
const NAME_TIME_FORMAT = 'yyyy-MM-dd_HHmmss'

/** The file name of a backup taken at `now`. */
export function backupFileName(now: Date): string {
  return `cadence-${format(now, NAME_TIME_FORMAT)}.json.gz`
}

/** When a backup file was taken, from its name; null for files that are not our backups. */
export function backupTakenAt(fileName: string): Date | null {
  const match = NAME_PATTERN.exec(fileName)
  if (!match?.[1]) return null
  const date = parse(match[1], NAME_TIME_FORMAT, new Date(0))
  return isValid(date) ? date : null
}

/** A backup that was written and verified. */
export type WrittenBackup = { path: string; bytes: number; summary: ExportSummary }

/** Reads a backup (compressed or plain JSON) and checks it; throws InvalidExportError when bad. */
export async function readBackup(path: string): Promise<{ text: string; summary: ExportSummary }> {
  const raw = await readFile(path)
  const isGzip = raw[0] === 0x1f && raw[1] === 0x8b
  const text = isGzip ? (await decompress(raw)).toString('utf8') : raw.toString('utf8')
  return { text, summary: summarizeExport(text) }
}

/**
 * Writes an export into the folder and verifies it (re-read, counted) against the export itself;
 * only then are older backups pruned by the rotation policy.
 */
export async function writeBackup(
  folder: string,
  exportText: string,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Promise<WrittenBackup> {
  const expected = summarizeExport(exportText)
  const path = join(folder, backupFileName(now))
  const compressed = await compress(Buffer.from(exportText, 'utf8'))
  await writeFileAtomically(path, compressed)
  const { summary } = await readBackup(path)
  if (JSON.stringify(summary) !== JSON.stringify(expected)) {
    await rm(path, { force: true })
    throw new Error('The backup read back differs from the database export; older backups were kept')
  }
  await pruneBackups(folder, now, policy)
  return { path, bytes: compressed.length, summary }
}

/** The backups in a folder, newest first (other files are ignored). */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  const names = await readdir(folder)
  return names
    .map((name) => ({ name, takenAt: backupTakenAt(name) }))
    .filter((entry): entry is BackupEntry => entry.takenAt !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
}

/** Deletes the backups the rotation policy no longer keeps; returns their names. */
export async function pruneBackups(folder: string, now: Date, policy: RotationPolicy = DEFAULT_ROTATION) {
  const pruned = backupsToPrune(await listBackups(folder), now, policy)
  for (const name of pruned) await rm(join(folder, name), { force: true })
  return pruned
}
