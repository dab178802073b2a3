/**
 * Checks on the rows themselves: duplicates, currency mismatches, impossible ratios, and
 * months or channels that are missing.
 *
 * Policy:
 * - Duplicates: two live rows for the same month, channel and campaign — a campaign being our
 *   id or, for an imported row known only by the platform's name, that name (`name:<name>`),
 *   so an export's campaign rows are neither each other's duplicates nor the channel total's.
 * - Impossible ratios, per row: clicks above impressions, reach above impressions,
 *   conversions above clicks. (Platforms that count view-through conversions can exceed
 *   clicks legitimately — that is what acknowledging with a reason is for.)
 * - A currency mismatch is a row with money (spend or conversion value) in another currency
 *   than the client's, or a budget month in another currency. A row without money (organic
 *   reach, say) has nothing the currency could be wrong about.
 * - A month of the cooperation without any row is missing; a channel is missing when it had
 *   rows in any of the trailing months (default 3) but has none in the month.
 */
import type { BudgetMonthInput } from '../schemas/budget-month'
import type { Channel } from '../schemas/enums'
import type { FindingDraft } from './findings'
import { addMonths, monthRange } from './months'
import { campaignKeyOf, channelsIn, type ResultRow, type ResultsClient, type ResultsIndex } from './rows'

/** A budget month as stored (record fields optional). */
export type ResultBudget = BudgetMonthInput & { deletedAt?: string | null }

const RATIO_RULES = [
  { metric: 'clicks', limit: 'impressions' },
  { metric: 'reach', limit: 'impressions' },
  { metric: 'conversions', limit: 'clicks' },
] as const

/** Duplicate rows of a month (same channel and campaign). */
export function duplicateFindings(rows: readonly ResultRow[], month: string): FindingDraft[] {
  const groups = new Map<string, { channel: Channel; campaignId: string | null; count: number }>()
  for (const row of rows) {
    if (row.month !== month) continue
    const campaignId = campaignKeyOf(row)
    const key = `${row.channel}|${campaignId ?? ''}`
    const group = groups.get(key) ?? { channel: row.channel, campaignId, count: 0 }
    group.count += 1
    groups.set(key, group)
  }
  return [...groups.values()]
    .filter((g) => g.count > 1)
    .map((g) => ({
      kind: 'duplicate',
      month,
      channel: g.channel,
      campaignId: g.campaignId,
      details: { count: g.count },
    }))
}

/** Rows of a month whose counts cannot be (clicks above impressions, …). */
export function impossibleRatioFindings(rows: readonly ResultRow[], month: string): FindingDraft[] {
  return rows.flatMap((row) => {
    if (row.month !== month) return []
    return RATIO_RULES.flatMap(({ metric, limit }): FindingDraft[] => {
      const value = row[metric]
      const bound = row[limit]
      if (value === null || bound === null || value <= bound) return []
      return [
        {
          kind: 'impossible-ratio',
          month,
          channel: row.channel,
          campaignId: campaignKeyOf(row),
          metric,
          details: { rule: `${metric}-above-${limit}`, value, limit: bound },
        },
      ]
    })
  })
}

/** Rows and the budget of a month in another currency than the client's. */
export function currencyFindings(
  rows: readonly ResultRow[],
  budget: ResultBudget | undefined,
  client: ResultsClient,
  month: string,
): FindingDraft[] {
  const found: FindingDraft[] = rows.flatMap((row): FindingDraft[] =>
    row.month === month &&
    row.currency !== client.currency &&
    (row.spendMinor !== null || row.conversionValueMinor !== null)
      ? [
          {
            kind: 'currency-mismatch',
            month,
            channel: row.channel,
            campaignId: row.campaignId,
            details: { currency: row.currency, expected: client.currency },
          },
        ]
      : [],
  )
  const budgetCurrencies = budget ? [budget.mediaPlanned.currency, budget.mediaSpent.currency] : []
  const foreign = budgetCurrencies.find((c) => c !== client.currency)
  if (foreign !== undefined) {
    found.push({
      kind: 'currency-mismatch',
      month,
      metric: 'mediaBudget',
      details: { currency: foreign, expected: client.currency },
    })
  }
  return found
}

/** A missing month, or the channels that went missing against the trailing months. */
export function missingFindings(
  index: ResultsIndex,
  month: string,
  cooperationMonth: string,
  trailingMonths: number,
): FindingDraft[] {
  if (!index.entries.has(month)) {
    return month >= cooperationMonth ? [{ kind: 'missing-month', month }] : []
  }
  const present = new Set(channelsIn(index, [month]))
  const trailing = monthRange(addMonths(month, -trailingMonths), addMonths(month, -1))
  return channelsIn(index, trailing)
    .filter((channel) => !present.has(channel))
    .map((channel) => ({
      kind: 'missing-channel',
      month,
      channel,
      details: {
        lastSeen: [...trailing].reverse().find((m) => channelsIn(index, [m]).includes(channel)) ?? null,
      },
    }))
}
