/**
 * Monthly reply-clock compliance per client and per handler (PM), for the Today view and the
 * agency's own follow-up of seed 003's 3–6 business-hour promise.
 *
 * Definitions (all "as of `now`"):
 * - An item belongs to the month it was **received** in, read in its client's time zone (the
 *   zone of `calendarFor(item)`), so a message sent late on the 31st UTC can be the 1st for a
 *   client in Helsinki and still the 31st for one in New York.
 * - `repliedWithinTarget` ⊆ `repliedWithinLimit`: replied items within target / within limit.
 * - `late`: replied after the limit, plus unanswered items already past the limit at `now` —
 *   they can no longer make it, so they count against the month at once.
 * - `open`: unanswered and not yet past the limit (they may still make it).
 * - So `total = repliedWithinLimit + late + open`, and `shareWithinLimit` is
 *   `repliedWithinLimit / (repliedWithinLimit + late)` — the share among decided items, null
 *   when nothing is decided yet (still-open items neither help nor hurt until decided).
 */
import { compileCalendar, localMonth, parseInstant, type BusinessCalendar } from './calendar'
import { policyMs, usage, type SlaPolicy } from './status'

/** The fields of a communication compliance reads. */
export type ComplianceItem = {
  receivedAt: string
  repliedAt: string | null
  clientId: string
  handlerId: string | null
}

/** Compliance counts of a group of communications (see the module comment for definitions). */
export type ComplianceCounts = {
  total: number
  repliedWithinTarget: number
  repliedWithinLimit: number
  late: number
  open: number
  /** repliedWithinLimit / (repliedWithinLimit + late), or null when nothing is decided yet. */
  shareWithinLimit: number | null
}

/** Compliance counts of one client or one handler (`key` null: communications with no handler). */
export type ComplianceRow<Key> = ComplianceCounts & { key: Key }

/** A month's compliance overall, per client and per handler, each list sorted by key. */
export type MonthlyCompliance = {
  month: string
  overall: ComplianceCounts
  byClient: ComplianceRow<string>[]
  byHandler: ComplianceRow<string | null>[]
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

type Tally = Omit<ComplianceCounts, 'shareWithinLimit'>

function emptyTally(): Tally {
  return { total: 0, repliedWithinTarget: 0, repliedWithinLimit: 0, late: 0, open: 0 }
}

function counts(tally: Tally): ComplianceCounts {
  const decided = tally.repliedWithinLimit + tally.late
  return { ...tally, shareWithinLimit: decided === 0 ? null : tally.repliedWithinLimit / decided }
}

function rows<Key extends string | null>(tallies: Map<Key, Tally>): ComplianceRow<Key>[] {
  return [...tallies.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([key, tally]) => ({ key, ...counts(tally) }))
}

/**
 * Compliance for `month` (`YYYY-MM`) as of `now`: per client and per handler, items counted by
 * the month they were received in their client's zone; unanswered items past the limit are late.
 */
export function monthlyCompliance<Item extends ComplianceItem>(
  items: readonly Item[],
  month: string,
  now: string,
  calendarFor: (item: Item) => BusinessCalendar,
  sla: SlaPolicy,
): MonthlyCompliance {
  if (!MONTH_RE.test(month)) throw new RangeError(`Month "${month}" is not a month as YYYY-MM`)
  const nowMs = parseInstant(now, 'now')
  const policy = policyMs(sla)
  const overall = emptyTally()
  const byClient = new Map<string, Tally>()
  const byHandler = new Map<string | null, Tally>()

  for (const item of items) {
    const calendar = compileCalendar(calendarFor(item))
    if (localMonth(parseInstant(item.receivedAt, 'receivedAt'), calendar.timezone) !== month) continue
    const { replied, used } = usage(item, nowMs, calendar)
    const client = byClient.get(item.clientId) ?? emptyTally()
    const handler = byHandler.get(item.handlerId) ?? emptyTally()
    byClient.set(item.clientId, client)
    byHandler.set(item.handlerId, handler)
    for (const tally of [overall, client, handler]) {
      tally.total++
      if (replied) {
        if (used <= policy.target) tally.repliedWithinTarget++
        if (used <= policy.limit) tally.repliedWithinLimit++
        else tally.late++
      } else if (used > policy.limit) tally.late++
      else tally.open++
    }
  }

  return { month, overall: counts(overall), byClient: rows(byClient), byHandler: rows(byHandler) }
}
