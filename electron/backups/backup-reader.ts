/**
 * Reading a backup file for a restore: the file is untrusted, so its size is checked before it
 * is read, decompression stops at a limit (a small gzip can unpack into gigabytes) and the text
 * must be valid UTF-8. What the text says is checked by the renderer (shared/backups), which
 * can then name the table, record and field that are wrong.
 */
import { readFile, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { MAX_EXPORT_CHARS } from '@shared/backups/format'

const decompress = promisify(gunzip)

/** The text of a backup file, or why it could not be read. */
export type BackupRead = { ok: true; text: string } | { ok: false; reason: 'unreadable' | 'too-large' }

/** Bytes a backup may take: UTF-8 needs up to two bytes for the letters of our four languages. */
export const MAX_BACKUP_BYTES = MAX_EXPORT_CHARS * 2

/** Reads a compressed or plain backup file within the limits. */
export async function readBackupText(path: string, maxBytes = MAX_BACKUP_BYTES): Promise<BackupRead> {
  let raw: Buffer
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, reason: 'unreadable' }
    if (info.size > maxBytes) return { ok: false, reason: 'too-large' }
    raw = await readFile(path)
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  let bytes: Buffer = raw
  if (raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      bytes = await decompress(raw, { maxOutputLength: maxBytes })
    } catch (error) {
      const tooLarge =
        (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError
      return { ok: false, reason: tooLarge ? 'too-large' : 'unreadable' }
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  if (text.length > MAX_EXPORT_CHARS) return { ok: false, reason: 'too-large' }
  return { ok: true, text }
}
