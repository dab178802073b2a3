/**
 * Where an exported report lands: `<reports folder>/<client>/<period> <Kind> report.pdf`. The
 * names sort by period in any file manager and read well in a mail attachment; the period key is
 * checked against its kind so a malformed period can never become a path.
 */
import { join } from 'node:path'
import { safeBaseName } from '../files/file-names'

/** The report kinds main can name. */
export type ReportFileKind = 'monthly' | 'quarterly' | 'annual' | 'weekly'

/** Each kind's period key pattern and the words after it in the file name. */
const KINDS: Record<ReportFileKind, { pattern: RegExp; suffix: string }> = {
  monthly: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, suffix: 'Monthly report' },
  // Reviews may follow the quarters and years of the cooperation (`coop-Y1-Q2`, `coop-Y1`).
  quarterly: { pattern: /^(\d{4}|coop-Y\d{1,2})-Q[1-4]$/, suffix: 'Quarterly report' },
  annual: { pattern: /^(\d{4}|coop-Y\d{1,2})$/, suffix: 'Annual report' },
  weekly: { pattern: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, suffix: 'Weekly summary' },
}

/** The extension of every exported report. */
export const REPORT_EXTENSION = 'pdf'

/** The file name (without extension) of a report: `2026-10 Monthly report`, `2026-Q4 Quarterly report`. */
export function reportBaseName(kind: ReportFileKind, period: string): string {
  const { pattern, suffix } = KINDS[kind]
  if (!pattern.test(period)) throw new RangeError(`"${period}" is not a period of a ${kind} report`)
  return `${period} ${suffix}`
}

/** The client's folder name inside the reports folder: the client's name made safe. */
export function clientFolderName(clientName: string): string {
  return safeBaseName(clientName)
}

/** The n-th candidate name of a file: `name.pdf`, then `name (2).pdf`, `name (3).pdf`, … */
export function numberedFileName(baseName: string, n: number, extension = REPORT_EXTENSION): string {
  return n <= 1 ? `${baseName}.${extension}` : `${baseName} (${n}).${extension}`
}

/** The folder and base name a report is saved under. */
export function reportLocation(
  reportsFolder: string,
  report: { kind: ReportFileKind; period: string; clientName: string },
): { folder: string; baseName: string } {
  return {
    folder: join(reportsFolder, clientFolderName(report.clientName)),
    baseName: reportBaseName(report.kind, report.period),
  }
}
