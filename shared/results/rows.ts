/**
 * From stored metric-month rows to monthly values of a client, its channels and its campaigns.
 *
 * Policy (the row semantics of shared/demo/metrics.ts, which imports follow too):
 * - A row with neither `campaignId` nor `campaignName` is the channel's total for the month.
 *   Rows with a campaign (an id of ours, or the platform's name an import carried) break a
 *   channel down and are a subset of its total, so they are never added to it; only
 *   when a channel has no total row in a month does the sum of its campaign rows stand in.
 * - The client's month is the sum of its channels' totals. Custom KPIs are client-level
 *   figures (usually on a `website` row): within a month, `sum` KPIs add up across rows,
 *   `average` KPIs take the mean, and `last` KPIs (levels, like followers) add up too.
 * - Duplicate rows (same month, channel and campaign) are the checker's to flag; here the one
 *   updated last wins (ties by id), so a re-entered row supersedes the old one.
 * - Money in another currency than the client's cannot be added to it: those rows' money
 *   fields count as not measured (the checker flags the mismatch), their counts still count.
 * - Soft-deleted rows and rows of other clients are ignored.
 */
import type { Client } from '../schemas/client'
import { CHANNELS, type Channel } from '../schemas/enums'
import type { MetricMonthInput } from '../schemas/metric-month'
import {
  baseDefinitions,
  metricDefinitions,
  type MetricDefinition,
  type MetricValues,
  type MonthValues,
} from './metrics'

/** What the results models need of a client. */
export type ResultsClient = Pick<Client, 'id' | 'currency' | 'cooperationStart' | 'customKpis'>

/** A metric-month row as stored (id, updatedAt and deletedAt optional so tests can build rows plainly). */
export type ResultRow = MetricMonthInput & { id?: string; updatedAt?: string; deletedAt?: string | null }

type CampaignMonth = { channels: Channel[]; values: MetricValues }
type MonthEntry = {
  client: MetricValues
  channels: Map<Channel, MetricValues>
  campaigns: Map<string, CampaignMonth>
}

/** A client's rows indexed by month, channel and campaign. */
export type ResultsIndex = {
  client: ResultsClient
  definitions: MetricDefinition[]
  /** Measured (not derived) metrics: standard metrics and custom KPIs. */
  bases: MetricDefinition[]
  /** Months that have at least one row, ascending. */
  dataMonths: string[]
  entries: Map<string, MonthEntry>
}

const FIELDS: Record<string, keyof MetricMonthInput> = {
  spend: 'spendMinor',
  impressions: 'impressions',
  reach: 'reach',
  clicks: 'clicks',
  conversions: 'conversions',
  conversionValue: 'conversionValueMinor',
  leads: 'leads',
  followers: 'followers',
  engagements: 'engagements',
}

/** The measured values of one row (money of a foreign currency counts as not measured). */
export function rowValues(
  row: ResultRow,
  client: ResultsClient,
  bases: readonly MetricDefinition[],
): MetricValues {
  const values: MetricValues = {}
  for (const definition of bases) {
    if (definition.source === 'custom') {
      const value = row.custom[definition.key]
      values[definition.key] = value === undefined || !Number.isFinite(value) ? null : value
      continue
    }
    const field = FIELDS[definition.key]
    const raw = field === undefined ? null : row[field]
    const foreignMoney = definition.kind === 'money' && row.currency !== client.currency
    values[definition.key] = typeof raw === 'number' && !foreignMoney ? raw : null
  }
  return values
}

/** Values of several rows of one month added up, following each metric's within-month rule. */
export function combineValues(
  list: readonly MetricValues[],
  bases: readonly MetricDefinition[],
): MetricValues {
  const out: MetricValues = {}
  for (const definition of bases) {
    let sum = 0
    let count = 0
    for (const values of list) {
      const value = values[definition.key]
      if (value === null || value === undefined) continue
      sum += value
      count += 1
    }
    out[definition.key] = count === 0 ? null : definition.aggregation === 'average' ? sum / count : sum
  }
  return out
}

/** Prefix of the campaign key of an imported row known only by the platform's campaign name. */
export const IMPORTED_CAMPAIGN_PREFIX = 'name:'

/** The campaign a row breaks down: our id, `name:<platform name>`, or null for a channel total. */
export function campaignKeyOf(row: Pick<ResultRow, 'campaignId' | 'campaignName'>): string | null {
  if (row.campaignId !== null) return row.campaignId
  const name = row.campaignName?.trim() ?? ''
  return name === '' ? null : `${IMPORTED_CAMPAIGN_PREFIX}${name}`
}

function newer(a: ResultRow, b: ResultRow): boolean {
  const au = a.updatedAt ?? ''
  const bu = b.updatedAt ?? ''
  return au !== bu ? au > bu : (a.id ?? '') > (b.id ?? '')
}

/** The rows that count: this client's, not deleted, one per month+channel+campaign (latest wins). */
export function effectiveRows(rows: readonly ResultRow[], clientId: string): ResultRow[] {
  const chosen = new Map<string, ResultRow>()
  for (const row of rows) {
    if (row.clientId !== clientId || (row.deletedAt ?? null) !== null) continue
    const key = `${row.month}|${row.channel}|${campaignKeyOf(row) ?? ''}`
    const current = chosen.get(key)
    if (!current || newer(row, current)) chosen.set(key, row)
  }
  return [...chosen.values()]
}

const CHANNEL_ORDER = new Map<string, number>(CHANNELS.map((c, i) => [c, i]))

/** Channels in the order of CHANNELS. */
export function sortChannels(channels: Iterable<Channel>): Channel[] {
  return [...new Set(channels)].sort((a, b) => (CHANNEL_ORDER.get(a) ?? 0) - (CHANNEL_ORDER.get(b) ?? 0))
}

/** Indexes a client's rows (rows of other clients are ignored). */
export function indexRows(client: ResultsClient, rows: readonly ResultRow[]): ResultsIndex {
  const definitions = metricDefinitions(client.customKpis)
  const bases = baseDefinitions(definitions)
  const byMonth = new Map<string, ResultRow[]>()
  for (const row of effectiveRows(rows, client.id)) {
    const list = byMonth.get(row.month)
    if (list) list.push(row)
    else byMonth.set(row.month, [row])
  }
  const entries = new Map<string, MonthEntry>()
  for (const [month, monthRows] of byMonth) entries.set(month, monthEntry(monthRows, client, bases))
  return { client, definitions, bases, dataMonths: [...entries.keys()].sort(), entries }
}

function monthEntry(
  rows: readonly ResultRow[],
  client: ResultsClient,
  bases: readonly MetricDefinition[],
): MonthEntry {
  const totals = new Map<Channel, MetricValues>()
  const parts = new Map<Channel, MetricValues[]>()
  const campaignRows = new Map<string, { channels: Channel[]; values: MetricValues[] }>()
  for (const row of rows) {
    const values = rowValues(row, client, bases)
    const campaignKey = campaignKeyOf(row)
    if (campaignKey === null) {
      totals.set(row.channel, values)
      continue
    }
    parts.set(row.channel, [...(parts.get(row.channel) ?? []), values])
    const campaign = campaignRows.get(campaignKey) ?? { channels: [], values: [] }
    campaign.channels.push(row.channel)
    campaign.values.push(values)
    campaignRows.set(campaignKey, campaign)
  }
  const channels = new Map<Channel, MetricValues>()
  for (const channel of sortChannels([...totals.keys(), ...parts.keys()])) {
    channels.set(channel, totals.get(channel) ?? combineValues(parts.get(channel) ?? [], bases))
  }
  const campaigns = new Map<string, CampaignMonth>()
  for (const [id, campaign] of campaignRows) {
    campaigns.set(id, {
      channels: sortChannels(campaign.channels),
      values: combineValues(campaign.values, bases),
    })
  }
  return { client: combineValues([...channels.values()], bases), channels, campaigns }
}

const EMPTY: MetricValues = {}

/** The client's values of a month (empty when the month has no rows). */
export function clientMonth(index: ResultsIndex, month: string): MonthValues {
  return { month, values: index.entries.get(month)?.client ?? EMPTY }
}

/** A channel's values of a month. */
export function channelMonth(index: ResultsIndex, channel: Channel, month: string): MonthValues {
  return { month, values: index.entries.get(month)?.channels.get(channel) ?? EMPTY }
}

/** A campaign's values of a month (summed over its channels). */
export function campaignMonth(index: ResultsIndex, campaignId: string, month: string): MonthValues {
  return { month, values: index.entries.get(month)?.campaigns.get(campaignId)?.values ?? EMPTY }
}

/** Whether a month has any row. */
export function hasData(index: ResultsIndex, month: string): boolean {
  return index.entries.has(month)
}

/** Channels with rows in any of the months, in CHANNELS order. */
export function channelsIn(index: ResultsIndex, months: readonly string[]): Channel[] {
  return sortChannels(months.flatMap((m) => [...(index.entries.get(m)?.channels.keys() ?? [])]))
}

/** Campaigns with rows in any of the months, with the channels they ran on, by id. */
export function campaignsIn(
  index: ResultsIndex,
  months: readonly string[],
): { id: string; channels: Channel[] }[] {
  const found = new Map<string, Channel[]>()
  for (const month of months) {
    for (const [id, campaign] of index.entries.get(month)?.campaigns ?? []) {
      found.set(id, [...(found.get(id) ?? []), ...campaign.channels])
    }
  }
  return [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, channels]) => ({ id, channels: sortChannels(channels) }))
}
