/**
 * Findings of the data checker and their acknowledgement (seed 002: "check every number
 * before the report").
 *
 * Policy: a finding's id is built from what it is about — client, kind, month, channel,
 * campaign, metric — and never from the numbers, so an acknowledgement (with its reason)
 * survives a re-check and a small correction of the data; the finding disappears only when
 * its cause does. A period is verified when every finding is fixed or acknowledged with a
 * non-empty reason.
 */
import { z } from 'zod'
import { channelSchema, type Channel } from '../schemas/enums'
import { monthSchema } from '../schemas/primitives'

/** What a finding is about, in the order the checker lists them within a month. */
export const FINDING_KINDS = [
  'missing-month',
  'missing-channel',
  'duplicate',
  'currency-mismatch',
  'impossible-ratio',
  'over-budget',
  'outlier',
  'unexplained-decrease',
] as const
/** A finding kind (an i18n key for the UI). */
export type FindingKind = (typeof FINDING_KINDS)[number]

/** Errors are wrong data; warnings may be right but must be looked at. */
export type FindingSeverity = 'error' | 'warning'

/** One finding of the checker; `details` carries the numbers a message needs. */
export const findingSchema = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(['error', 'warning']),
  month: monthSchema,
  channel: channelSchema.nullable(),
  campaignId: z.string().nullable(),
  metric: z.string().nullable(),
  details: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
})
export type Finding = z.infer<typeof findingSchema>

/** A finding acknowledged by the PM, with the reason it is fine. */
export const acknowledgementSchema = z.object({ findingId: z.string(), reason: z.string() })
export type Acknowledgement = z.infer<typeof acknowledgementSchema>

const SEVERITY: Record<FindingKind, FindingSeverity> = {
  'missing-month': 'warning',
  'missing-channel': 'warning',
  duplicate: 'error',
  'currency-mismatch': 'error',
  'impossible-ratio': 'error',
  'over-budget': 'warning',
  outlier: 'warning',
  'unexplained-decrease': 'warning',
}

/** The stable id of a finding. */
export function findingId(
  clientId: string,
  kind: FindingKind,
  month: string,
  channel: Channel | null,
  campaignId: string | null,
  metric: string | null,
): string {
  return [kind, clientId, month, channel ?? '-', campaignId ?? '-', metric ?? '-'].join(':')
}

/** What a check reports; the checker adds the id and severity. */
export type FindingDraft = {
  kind: FindingKind
  month: string
  channel?: Channel | null
  campaignId?: string | null
  metric?: string | null
  details?: Finding['details']
}

/** A finding from its draft. */
export function toFinding(clientId: string, draft: FindingDraft): Finding {
  const channel = draft.channel ?? null
  const campaignId = draft.campaignId ?? null
  const metric = draft.metric ?? null
  return {
    id: findingId(clientId, draft.kind, draft.month, channel, campaignId, metric),
    kind: draft.kind,
    severity: SEVERITY[draft.kind],
    month: draft.month,
    channel,
    campaignId,
    metric,
    details: draft.details ?? {},
  }
}

/** The findings not yet acknowledged with a reason. */
export function openFindings(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[],
): Finding[] {
  const acknowledged = new Set(acknowledgements.filter((a) => a.reason.trim() !== '').map((a) => a.findingId))
  return findings.filter((f) => !acknowledged.has(f.id))
}

/** Whether a period is verified: every finding acknowledged with a reason. */
export function isVerified(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[],
): boolean {
  return openFindings(findings, acknowledgements).length === 0
}
