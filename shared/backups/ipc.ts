/**
 * The `backup:*` channels of the IPC contract (spread into shared/ipc.ts). The renderer exports
 * the database and hands main the text; main owns the folders, the files, the dialogs and the
 * marker. No channel takes a path from the renderer: a backup is named by its file name in the
 * backups folder, every other file comes from main's own dialogs.
 */
import { z } from 'zod'
import { MAX_EXPORT_CHARS } from './format'

/** Why a backup is taken; kept with the backup's record. */
export const BACKUP_REASONS = [
  'interval',
  'quit',
  'before-upgrade',
  'after-update',
  'manual',
  'before-restore',
] as const
export const backupReasonSchema = z.enum(BACKUP_REASONS)
export type BackupReason = z.infer<typeof backupReasonSchema>

/** A backup file name as main writes it: `cadence-YYYY-MM-DD_HHmmss.json.gz`. */
export const backupFileNameSchema = z.string().regex(/^cadence-\d{4}-\d{2}-\d{2}_\d{6}\.json\.gz$/)

const countsSchema = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), z.number().int().min(0))

/** A backup main wrote and verified. */
export const backupInfoSchema = z.object({
  name: z.string(),
  takenAt: z.string(),
  bytes: z.number().int().min(0),
  rowCounts: countsSchema,
  databaseVersion: z.number().int(),
  reason: backupReasonSchema,
})
export type BackupInfo = z.infer<typeof backupInfoSchema>

/** The marker: how many records the database had when main last heard. */
export const backupMarkerSchema = z.object({ rowCounts: countsSchema, updatedAt: z.string() })
export type BackupMarker = z.infer<typeof backupMarkerSchema>

/** Where a backup to read comes from. */
export const backupSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), name: backupFileNameSchema }).strict(),
  /** The newest backup in the folder that holds records (the restore offer's choice). */
  z.object({ kind: z.literal('latest') }).strict(),
  /** Any exported file, chosen in main's open dialog. */
  z.object({ kind: z.literal('file') }).strict(),
])
export type BackupSource = z.infer<typeof backupSourceSchema>

/** The invoke channels. */
export const backupContract = {
  'backup:get-status': {
    method: 'getBackupStatus',
    request: z.undefined(),
    response: z.object({
      folder: z.string(),
      last: backupInfoSchema.nullable(),
      marker: backupMarkerSchema.nullable(),
      /** The app version changed since the last run: the renderer backs up once. */
      appUpdated: z.boolean(),
    }),
  },
  'backup:write-file': {
    method: 'writeBackup',
    request: z.object({ reason: backupReasonSchema, text: z.string().min(2).max(MAX_EXPORT_CHARS) }).strict(),
    response: backupInfoSchema,
  },
  'backup:list-files': {
    method: 'listBackups',
    request: z.undefined(),
    response: z.object({
      backups: z.array(z.object({ name: z.string(), takenAt: z.string(), bytes: z.number() })),
    }),
  },
  'backup:read-file': {
    method: 'readBackup',
    request: z.object({ source: backupSourceSchema }).strict(),
    response: z.discriminatedUnion('read', [
      z.object({ read: z.literal(true), name: z.string(), takenAt: z.string().nullable(), text: z.string() }),
      z.object({ read: z.literal(false), reason: z.enum(['cancelled', 'none', 'unreadable', 'too-large']) }),
    ]),
  },
  'backup:choose-folder': {
    method: 'chooseBackupFolder',
    request: z.undefined(),
    response: z.discriminatedUnion('changed', [
      z.object({ changed: z.literal(true), folder: z.string() }),
      /** Cancelled, or the chosen folder cannot be written to (main checks by writing a probe). */
      z.object({ changed: z.literal(false), reason: z.enum(['cancelled', 'not-writable']) }),
    ]),
  },
  'backup:open-folder': {
    method: 'openBackupFolder',
    request: z.undefined(),
    response: z.object({ opened: z.literal(true) }),
  },
  'backup:export-file': {
    method: 'exportAllData',
    request: z.object({ text: z.string().min(2).max(MAX_EXPORT_CHARS) }).strict(),
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), path: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  'backup:note-counts': {
    method: 'noteRecordCounts',
    request: z.object({ rowCounts: countsSchema }).strict(),
    response: z.object({ noted: z.boolean() }),
  },
  'backup:reset-marker': {
    method: 'resetBackupMarker',
    request: z.undefined(),
    response: z.object({ reset: z.literal(true) }),
  },
  'backup:confirm-quit': {
    method: 'quitBackupDone',
    request: z.undefined(),
    response: z.object({ ok: z.literal(true) }),
  },
} as const

/** Events main sends: before closing, main asks the renderer to back up unsaved changes. */
export const backupEvents = {
  'backup:request': z.object({ reason: z.literal('quit') }),
} as const
