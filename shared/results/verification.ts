/**
 * The data checker (seed 002: "verify every number before the report — technology plays
 * tricks"; PRODUCT.md "Before a report is exported"). For one client and report period it
 * lists, month by month: missing months and channels, duplicates, currency mismatches,
 * impossible ratios, spend above the media budget, outliers against the trailing months and
 * significant decreases the commentary does not explain yet. Each check's rule is documented
 * in checks-rows.ts and checks-trends.ts; ids and acknowledgement in findings.ts.
 */
import { calendarKeyOf } from './targets'
import {
  currencyFindings,
  duplicateFindings,
  impossibleRatioFindings,
  missingFindings,
  type ResultBudget,
} from './checks-rows'
import {
  decreaseFindings,
  outlierFindings,
  overBudgetFindings,
  type ResultCommentary,
  type TrendOptions,
} from './checks-trends'
import { FINDING_KINDS, toFinding, type Finding, type FindingDraft } from './findings'
import { cooperationStartMonth, resolvePeriod } from './periods'
import { indexRows, type ResultRow, type ResultsClient } from './rows'

export {
  acknowledgementSchema,
  FINDING_KINDS,
  findingId,
  findingSchema,
  isVerified,
  openFindings,
  type Acknowledgement,
  type Finding,
  type FindingKind,
  type FindingSeverity,
} from './findings'
export type { ResultBudget } from './checks-rows'
export type { ResultCommentary } from './checks-trends'

/** Thresholds of the checker. */
export type VerificationOptions = TrendOptions & {
  /** How many months back a channel counts as one the client has (missing-channel). */
  channelTrailingMonths: number
}

/** The checker's defaults: a 20 % fall needs explaining, outliers beyond 3 MADs and 50 % of 6 months' median. */
export const DEFAULT_VERIFICATION_OPTIONS: VerificationOptions = {
  decreaseThreshold: 0.2,
  includeDerivedDecreases: false,
  outlierWindow: 6,
  outlierMinMonths: 3,
  outlierMads: 3,
  outlierMinDeviation: 0.5,
  channelTrailingMonths: 3,
}

/** What the checker looks at: one client's rows (all months: the trailing ones count), budgets and commentaries. */
export type VerificationInput = {
  client: ResultsClient
  rows: readonly ResultRow[]
  budgets?: readonly ResultBudget[]
  commentaries?: readonly ResultCommentary[]
  /** The report period: `2026-10`, `2026-Q3`, `2026`, `coop-Y1-Q2` or `coop-Y1`. */
  period: string
  options?: Partial<VerificationOptions>
}

const KIND_ORDER = new Map<string, number>(FINDING_KINDS.map((k, i) => [k, i]))

function compareFindings(a: Finding, b: Finding): number {
  if (a.month !== b.month) return a.month < b.month ? -1 : 1
  const kind = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0)
  if (kind !== 0) return kind
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Every finding for the client and period, in month and kind order, each id once. */
export function verifyPeriod(input: VerificationInput): Finding[] {
  const options = { ...DEFAULT_VERIFICATION_OPTIONS, ...input.options }
  const { client } = input
  const period = resolvePeriod(input.period, client.cooperationStart)
  const startMonth = cooperationStartMonth(client.cooperationStart)
  const index = indexRows(client, input.rows)
  const live = input.rows.filter((r) => r.clientId === client.id && (r.deletedAt ?? null) === null)
  const budgets = new Map(
    (input.budgets ?? [])
      .filter((b) => b.clientId === client.id && (b.deletedAt ?? null) === null)
      .map((b) => [b.month, b]),
  )
  const periodKey = calendarKeyOf(period)
  const commentariesOf = (month: string): ResultCommentary[] =>
    (input.commentaries ?? []).filter(
      (c) =>
        c.clientId === client.id &&
        (c.deletedAt ?? null) === null &&
        ((c.periodKind === 'month' && c.period === month) ||
          (c.periodKind === period.kind && c.period === periodKey)),
    )

  const drafts: FindingDraft[] = period.months.flatMap((month) => {
    const budget = budgets.get(month)
    return [
      ...missingFindings(index, month, startMonth, options.channelTrailingMonths),
      ...duplicateFindings(live, month),
      ...currencyFindings(live, budget, client, month),
      ...impossibleRatioFindings(live, month),
      ...overBudgetFindings(index, budget, month),
      ...outlierFindings(index, month, options),
      ...decreaseFindings(index, month, commentariesOf(month), options),
    ]
  })
  const byId = new Map<string, Finding>()
  for (const draft of drafts) {
    const finding = toFinding(client.id, draft)
    if (!byId.has(finding.id)) byId.set(finding.id, finding)
  }
  return [...byId.values()].sort(compareFindings)
}
