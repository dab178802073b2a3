/**
 * Whether a report period is verified (seed 002: "verify every number before the report").
 *
 * Policy: acknowledgements live on the commentary of the period they were given in (client,
 * period kind, calendar key). A period counts its own acknowledgements and those given in the
 * periods inside it — a finding of October acknowledged while verifying October stays
 * acknowledged when the fourth quarter or the year is verified — but never those of a longer
 * period it belongs to: the month's report is checked on its own. The period is verified when
 * no finding is open.
 */
import type { PeriodKind } from '../schemas/enums'
import type { FindingAcknowledgement } from '../schemas/commentary'
import type { Finding } from './findings'
import { resolvePeriod } from './periods'

/** A commentary as far as verification is concerned. */
export type AcknowledgingCommentary = {
  clientId: string
  periodKind: PeriodKind
  period: string
  /** Optional: commentaries stored before acknowledgements existed have none. */
  acknowledgements?: readonly FindingAcknowledgement[] | undefined
  deletedAt?: string | null
}

/** A report period named by its calendar key (`2026-10`, `2026-Q4`, `2026`). */
export type PeriodRef = { clientId: string; periodKind: PeriodKind; period: string }

const RANK: Record<PeriodKind, number> = { month: 0, quarter: 1, year: 2 }

function monthsOf(kind: PeriodKind, key: string): string[] | null {
  try {
    const period = resolvePeriod(key, '2000-01-01')
    return period.kind === kind && period.scheme === 'calendar' ? period.months : null
  } catch {
    return null
  }
}

/** Whether `inner` lies within `outer` (a period lies within itself). */
export function isWithinPeriod(
  inner: Omit<PeriodRef, 'clientId'>,
  outer: Omit<PeriodRef, 'clientId'>,
): boolean {
  if (RANK[inner.periodKind] > RANK[outer.periodKind]) return false
  const innerMonths = monthsOf(inner.periodKind, inner.period)
  const outerMonths = monthsOf(outer.periodKind, outer.period)
  if (!innerMonths || !outerMonths) return false
  return innerMonths.every((m) => outerMonths.includes(m))
}

/** The acknowledgements that count for a period: its own and those of the periods inside it. */
export function periodAcknowledgements(
  commentaries: readonly AcknowledgingCommentary[],
  ref: PeriodRef,
): FindingAcknowledgement[] {
  return commentaries
    .filter((c) => c.clientId === ref.clientId && (c.deletedAt ?? null) === null && isWithinPeriod(c, ref))
    .flatMap((c) => c.acknowledgements ?? [])
}

/** A finding with its acknowledgement, if it has one. */
export type CheckedFinding = { finding: Finding; acknowledgement: FindingAcknowledgement | null }

/** A period's findings split into open and acknowledged ones. */
export type PeriodStatus = {
  findings: CheckedFinding[]
  open: Finding[]
  acknowledged: number
  verified: boolean
}

/** The status of a period's findings under its acknowledgements (the latest one per finding counts). */
export function periodStatus(
  findings: readonly Finding[],
  acknowledgements: readonly FindingAcknowledgement[],
): PeriodStatus {
  const byFinding = new Map<string, FindingAcknowledgement>()
  for (const acknowledgement of acknowledgements) {
    if (acknowledgement.reason.trim() === '') continue
    const current = byFinding.get(acknowledgement.findingId)
    if (!current || acknowledgement.at >= current.at)
      byFinding.set(acknowledgement.findingId, acknowledgement)
  }
  const checked = findings.map((finding) => ({
    finding,
    acknowledgement: byFinding.get(finding.id) ?? null,
  }))
  const open = checked.filter((c) => c.acknowledgement === null).map((c) => c.finding)
  return {
    findings: checked,
    open,
    acknowledged: checked.length - open.length,
    verified: open.length === 0,
  }
}
