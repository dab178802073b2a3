/**
 * Repository of exported PDF reports. A record's id is the id main gave the file, so the screen
 * can ask main to open, reveal or read it by that id alone. Newest export first; a record is
 * only ever marked sent or not — what was written stays as it was.
 */
import {
  reportFileInputSchema,
  reportFileSchema,
  type ReportFile,
  type ReportFileInput,
} from '@shared/schemas'
import { z } from 'zod'
import { db } from '../db'
import { nowIso } from '../clock'
import { parseOrThrow, RecordNotFoundError } from '../errors'

const newest = (a: ReportFile, b: ReportFile) =>
  b.exportedAt.localeCompare(a.exportedAt) || b.createdAt.localeCompare(a.createdAt)

/** Reads and writes the exported reports. */
export const reportsRepository = {
  /** Records a file main just wrote, under main's id. */
  async record(id: string, input: Omit<ReportFileInput, 'sentAt'>): Promise<ReportFile> {
    const fields = parseOrThrow(reportFileInputSchema.omit({ sentAt: true }), input)
    const now = nowIso()
    const record = parseOrThrow(reportFileSchema, {
      ...fields,
      sentAt: null,
      id: parseOrThrow(z.uuid(), id),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    await db.transaction('rw', db.reports, () => db.reports.put(record))
    return record
  },

  /** Every exported report, newest first. */
  async list(): Promise<ReportFile[]> {
    const all = await db.reports.filter((r) => r.deletedAt === null).toArray()
    return all.sort(newest)
  },

  /** One client's exported reports, newest first. */
  async forClient(clientId: string): Promise<ReportFile[]> {
    const rows = await db.reports.where('clientId').equals(clientId).toArray()
    return rows.filter((r) => r.deletedAt === null).sort(newest)
  },

  /** Marks a report sent to the client (now), or not sent. */
  async setSent(id: string, sent: boolean): Promise<ReportFile> {
    return db.transaction('rw', db.reports, async () => {
      const current = await db.reports.get(id)
      if (!current || current.deletedAt !== null) throw new RecordNotFoundError('reports', id)
      const now = nowIso()
      const next = parseOrThrow(reportFileSchema, { ...current, sentAt: sent ? now : null, updatedAt: now })
      await db.reports.put(next)
      return next
    })
  },
}
