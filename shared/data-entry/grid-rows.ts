/**
 * The rows of a client's metric-month grid: month × channel, with the channel's campaign
 * breakdown rows grouped under it (shared/results/rows.ts: a row with neither campaignId nor
 * campaignName is the channel's total, the others break it down). Newest month first, channels
 * in CHANNELS order, campaigns by name. Derived metrics are computed per row from the row's own
 * values, so they change as the PM types; a division by zero is null, shown as "—".
 *
 * A channel with campaign rows but no total row of its own still gets a channel row (empty, so
 * typing into it creates the total); rows the PM added but has not filled yet come in as
 * `pending` keys and show as empty rows. Duplicates follow effectiveRows: the latest one shows.
 */
import type { CustomKpi } from '../schemas/client'
import type { Channel } from '../schemas/enums'
import type { MetricMonth } from '../schemas/metric-month'
import { deriveMetrics, type DerivedMetric, type MetricValues } from '../results/metrics'
import { campaignKeyOf, effectiveRows, sortChannels } from '../results/rows'
import { readField, STANDARD_FIELD, customField, type MeasuredFields } from './columns'
import { STANDARD_METRICS } from '../schemas/enums'

/** What identifies a grid row: month, channel and (for a breakdown) the campaign. */
export type GridRowKey = {
  month: string
  channel: Channel
  campaignId: string | null
  campaignName: string | null
}

/** One row of the grid. */
export type GridRow = {
  /** Stable across renders and saves: month, channel and campaign key. */
  id: string
  key: GridRowKey
  level: 'channel' | 'campaign'
  /** The month-and-channel group a campaign row belongs to (a channel row's own id). */
  groupId: string
  /** The stored row, or null when nothing is stored yet (pending, or a channel without a total). */
  record: MetricMonth | null
  /** A campaign row's name: the platform's name, or the linked Cadence campaign's. */
  label: string | null
  /** The currency of the row's money (the client's for new rows). */
  currency: string
  /** Typed values by column key (standard metric or `custom:<id>`). */
  values: MetricValues
  derived: Record<DerivedMetric, number | null>
  /** A month before the cooperation started: the baseline. */
  baseline: boolean
  /** The first row of its month (the grid prints the month there). */
  firstOfMonth: boolean
  /** A channel row's campaign rows, shown or not. */
  campaignCount: number
}

/** The client fields the grid needs. */
export type GridClient = { currency: string; cooperationStart: string; customKpis: readonly CustomKpi[] }

/** The stable id of a row key. */
export function rowIdOf(key: GridRowKey): string {
  return `${key.month}|${key.channel}|${campaignKeyOf(key) ?? ''}`
}

/** The group (month and channel) a key belongs to. */
export function groupIdOf(key: Pick<GridRowKey, 'month' | 'channel'>): string {
  return `${key.month}|${key.channel}|`
}

/** The key of a stored row. */
export function keyOfRecord(record: MetricMonth): GridRowKey {
  return {
    month: record.month,
    channel: record.channel,
    campaignId: record.campaignId,
    campaignName: record.campaignId === null ? record.campaignName?.trim() || null : null,
  }
}

/** The values of a stored row by column key. */
export function valuesOf(record: MeasuredFields | null, customKpis: readonly CustomKpi[]): MetricValues {
  const values: MetricValues = {}
  for (const metric of STANDARD_METRICS) values[metric] = record ? record[STANDARD_FIELD[metric]] : null
  for (const kpi of customKpis) {
    const field = customField(kpi.id)
    values[field] = record ? readField(record, field) : null
  }
  return values
}

type Entry = { key: GridRowKey; record: MetricMonth | null }

/** Builds the grid's rows; `expanded` says which channel groups show their campaign rows. */
export function buildGridRows(input: {
  client: GridClient
  clientId: string
  rows: readonly MetricMonth[]
  pending?: readonly GridRowKey[]
  campaignNames?: ReadonlyMap<string, string>
  expanded: (groupId: string) => boolean
}): GridRow[] {
  const { client } = input
  const baselineBefore = client.cooperationStart.slice(0, 7)
  const entries = new Map<string, Entry>()
  for (const record of effectiveRows(input.rows, input.clientId) as MetricMonth[]) {
    const key = keyOfRecord(record)
    entries.set(rowIdOf(key), { key, record })
  }
  for (const key of input.pending ?? []) {
    const id = rowIdOf(key)
    if (!entries.has(id)) entries.set(id, { key, record: null })
  }
  // Every channel that has campaign rows gets a channel row, stored or not.
  for (const { key } of [...entries.values()]) {
    if (campaignKeyOf(key) === null) continue
    const channelKey: GridRowKey = {
      month: key.month,
      channel: key.channel,
      campaignId: null,
      campaignName: null,
    }
    const id = rowIdOf(channelKey)
    if (!entries.has(id)) entries.set(id, { key: channelKey, record: null })
  }

  type Group = { total: Entry | null; campaigns: Entry[] }
  const months = new Map<string, Map<Channel, Group>>()
  for (const entry of entries.values()) {
    const channels = months.get(entry.key.month) ?? new Map<Channel, Group>()
    months.set(entry.key.month, channels)
    const group: Group = channels.get(entry.key.channel) ?? { total: null, campaigns: [] }
    channels.set(entry.key.channel, group)
    if (campaignKeyOf(entry.key) === null) group.total = entry
    else group.campaigns.push(entry)
  }

  const labelOf = (key: GridRowKey): string | null =>
    key.campaignName ?? (key.campaignId ? (input.campaignNames?.get(key.campaignId) ?? null) : null)
  const out: GridRow[] = []
  for (const month of [...months.keys()].sort().reverse()) {
    const channels = months.get(month) ?? new Map<Channel, Group>()
    let first = true
    for (const channel of sortChannels(channels.keys())) {
      const group = channels.get(channel)
      if (!group?.total) continue
      const groupId = groupIdOf({ month, channel })
      const campaigns = [...group.campaigns].sort((a, b) =>
        (labelOf(a.key) ?? '').localeCompare(labelOf(b.key) ?? ''),
      )
      const make = (entry: Entry, level: GridRow['level']): GridRow => {
        const values = valuesOf(entry.record, client.customKpis)
        const row: GridRow = {
          id: rowIdOf(entry.key),
          key: entry.key,
          level,
          groupId,
          record: entry.record,
          label: level === 'campaign' ? labelOf(entry.key) : null,
          currency: entry.record?.currency ?? client.currency,
          values,
          derived: deriveMetrics(values),
          baseline: month < baselineBefore,
          firstOfMonth: first,
          campaignCount: level === 'channel' ? campaigns.length : 0,
        }
        first = false
        return row
      }
      out.push(make(group.total, 'channel'))
      if (input.expanded(groupId)) for (const campaign of campaigns) out.push(make(campaign, 'campaign'))
    }
  }
  return out
}
