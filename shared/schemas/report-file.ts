/**
 * A PDF report Cadence exported: which client and period it covers, where main wrote it and
 * under which id main knows the file (the renderer names files to main only by that id), whether
 * it went out as a draft, and whether the PM has sent it to the client.
 */
import { z } from 'zod'
import { dateSchema, idSchema, instantSchema, recordBaseSchema } from './primitives'

/** The kinds of report (as in shared/reports/report-input.ts, kept here so schemas stay leaf modules). */
export const REPORT_FILE_KINDS = ['monthly', 'quarterly', 'annual', 'weekly'] as const

/** A report's status on the Reports screen: sent beats draft beats verified. */
export const REPORT_FILE_STATUSES = ['draft', 'verified', 'sent'] as const
/** A report file's status. */
export type ReportFileStatus = (typeof REPORT_FILE_STATUSES)[number]

/** The fields of an exported report (its `id` is the id main gave the file). */
export const reportFileInputSchema = z.object({
  clientId: idSchema,
  kind: z.enum(REPORT_FILE_KINDS),
  /** The period key (`2026-10`, `2026-Q4`, `2026`, `2026-W43`) and its first and last day. */
  period: z.string().min(1),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  fileName: z.string().min(1),
  /** Where main wrote it, shown to the PM; never sent back to main. */
  path: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  /** Exported with open findings, marked "Draft" in the PDF. */
  draft: z.boolean(),
  verifiedAt: instantSchema.nullable(),
  exportedAt: instantSchema,
  /** When the PM marked it sent to the client. */
  sentAt: instantSchema.nullable(),
})
export type ReportFileInput = z.infer<typeof reportFileInputSchema>

/** The stored record. */
export const reportFileSchema = recordBaseSchema.extend(reportFileInputSchema.shape)
export type ReportFile = z.infer<typeof reportFileSchema>

/** A report file's status: sent once marked so, else draft or verified as exported. */
export function reportFileStatus(report: Pick<ReportFile, 'draft' | 'sentAt'>): ReportFileStatus {
  if (report.sentAt !== null) return 'sent'
  return report.draft ? 'draft' : 'verified'
}
