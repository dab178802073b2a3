/** What main reads of a report input: the checked input itself, and the facts its file is named by. */
import type { z } from 'zod'
import { reportInputSchema, type ReportInput } from '@shared/reports/report-input'
import type { ReportIdentity } from './report-exporter'

/** Most schema issues named in one message; the rest are counted. */
const MAX_ISSUES = 3

/** A zod error as one readable line: `period.key: Required; draft: Expected boolean (and 2 more)`. */
export function describeIssues(error: z.ZodError): string {
  const named = error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '') + issue.message)
  const more = error.issues.length - named.length
  return `Not a valid report: ${named.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`
}

/** Parses an untrusted report input; throws an Error with a readable message when it is not one. */
export function parseReportInput(raw: unknown): ReportInput {
  const parsed = reportInputSchema.safeParse(raw)
  if (!parsed.success) throw new Error(describeIssues(parsed.error))
  return parsed.data
}

/** The kind, period key and client name a report's file is named by. */
export function identifyReport(input: ReportInput): ReportIdentity {
  return { kind: input.kind, period: input.period.key, clientName: input.client.name }
}
