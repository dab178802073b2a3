/**
 * Turns the rows read from an export into the metric months to write, compared with what the
 * client already has: each month is created, updated or left unchanged, so importing the same
 * file twice changes nothing and a corrected file updates exactly the months it covers.
 *
 * Row semantics follow the demo data (shared/demo/metrics.ts): per client, month and channel
 * there is one total row (no campaign), and breakdown rows per campaign (campaignName set,
 * campaignId set when the campaign is linked to a Cadence campaign). Daily rows are summed into
 * their month. Only the fields the export measures are written; an update keeps the others.
 */
import type { Channel } from '../schemas/enums'
import type { MetricMonth, MetricMonthInput } from '../schemas/metric-month'
import { monthOfPeriod } from './dates'
import type { ImportRow } from './extract'
import type { ImportWarning, RowRejection } from './issues'
import { NON_ADDITIVE_METRICS, METRIC_FIELD, type MetricField } from './mapping'

export type CustomAggregation = 'sum' | 'average' | 'last'

export type PlanContext = {
  clientId: string
  /** The client's currency: rows in another currency are rejected, rows naming none are read in it. */
  currency: string
  /**
   * The month for rows whose period spans several months or is unknown (a campaign export for
   * "11 Mar – 9 Apr"). Without it such rows are rejected.
   */
  bookToMonth?: string | null
  /** Platform campaign name → Cadence campaign id, for breakdown rows linked to a campaign. */
  campaignIds?: Readonly<Record<string, string>>
  /** How each custom KPI (by id) combines daily rows into a month; sum by default. */
  customAggregation?: Readonly<Record<string, CustomAggregation>>
  /** Also write one row per campaign under the channel total (default true). */
  breakdown?: boolean
}

export type MonthAction = 'create' | 'update' | 'unchanged'

export type FieldChange = {
  field: MetricField | `custom.${string}` | 'currency' | 'campaignId'
  before: number | string | null
  after: number | string | null
}

export type PlannedMonth = {
  action: MonthAction
  month: string
  channel: Channel
  /** Null on the channel's total. */
  campaignName: string | null
  /** The stored row it updates or matches. */
  existingId: string | null
  /** The full row to write (for `update`, the stored row with the export's fields replaced). */
  input: MetricMonthInput
  /** What an update changes (empty for create and unchanged). */
  changes: FieldChange[]
  /** File rows summed into it. */
  rows: number[]
}

export type ImportPlan = {
  months: PlannedMonth[]
  rejected: RowRejection[]
  warnings: ImportWarning[]
  counts: { create: number; update: number; unchanged: number; rejected: number }
  /** True when writing the plan would change anything. */
  hasChanges: boolean
}

const ALL_FIELDS = Object.values(METRIC_FIELD)
const NON_ADDITIVE_FIELDS: ReadonlySet<MetricField> = new Set(
  [...NON_ADDITIVE_METRICS].map((metric) => METRIC_FIELD[metric]),
)
const MONEY_FIELDS: ReadonlySet<MetricField> = new Set(['spendMinor', 'conversionValueMinor'])

type Booked = { row: ImportRow; month: string }

function keyOf(month: string, channel: Channel, campaignName: string | null): string {
  return JSON.stringify([month, channel, campaignName])
}

/** Sums a group's rows field by field; non-additive fields (reach) only survive a single row. */
function aggregate(group: readonly Booked[], context: PlanContext) {
  const metrics: Partial<Record<MetricField, number | null>> = {}
  for (const field of ALL_FIELDS) {
    const covering = group.filter(({ row }) => field in row.metrics)
    if (covering.length === 0) continue
    if (NON_ADDITIVE_FIELDS.has(field) && group.length > 1) {
      metrics[field] = null
      continue
    }
    const values = covering
      .map(({ row }) => row.metrics[field])
      .filter((value): value is number => typeof value === 'number')
    if (values.length === 0) {
      metrics[field] = null
      continue
    }
    const sum = values.reduce((total, value) => total + value, 0)
    metrics[field] = MONEY_FIELDS.has(field) ? sum : Math.round(sum * 1e6) / 1e6
  }
  const custom: Record<string, number | null> = {}
  const keys = new Set(group.flatMap(({ row }) => Object.keys(row.custom)))
  for (const key of keys) {
    const dated = group
      .filter(({ row }) => typeof row.custom[key] === 'number')
      .map(({ row }) => ({ value: row.custom[key] as number, to: row.period?.to ?? '', row: row.row }))
    if (dated.length === 0) {
      custom[key] = null
      continue
    }
    const how = context.customAggregation?.[key] ?? 'sum'
    if (how === 'last') {
      dated.sort((a, b) => (a.to === b.to ? a.row - b.row : a.to < b.to ? -1 : 1))
      custom[key] = dated[dated.length - 1]?.value ?? null
    } else {
      const sum = dated.reduce((total, entry) => total + entry.value, 0)
      custom[key] = Math.round((how === 'average' ? sum / dated.length : sum) * 1e6) / 1e6
    }
  }
  return { metrics, custom }
}

/** The name a stored row is matched by: its campaignName, or the name linked to its campaignId. */
function storedName(stored: MetricMonth, nameById: ReadonlyMap<string, string>): string | null {
  if (stored.campaignName) return stored.campaignName
  if (stored.campaignId) return nameById.get(stored.campaignId) ?? `\u0000${stored.campaignId}`
  return null
}

/** Compares an export's rows with the client's stored months and says what to write. */
export function planImport(
  rows: readonly ImportRow[],
  existing: readonly MetricMonth[],
  context: PlanContext,
): ImportPlan {
  const rejected: RowRejection[] = []
  const warnings: ImportWarning[] = []
  const booked: Booked[] = []
  const bookTo = context.bookToMonth ?? null
  let assumedCurrency = false

  for (const row of rows) {
    const currency = row.currency ?? context.currency
    if (row.currency === null) assumedCurrency = true
    if (currency !== context.currency) {
      rejected.push({ code: 'currency-mismatch', row: row.row, currency, expected: context.currency })
      continue
    }
    const month = row.period ? monthOfPeriod(row.period) : null
    if (month) booked.push({ row, month })
    else if (bookTo) booked.push({ row, month: bookTo })
    else if (row.period)
      rejected.push({ code: 'period-spans-months', row: row.row, from: row.period.from, to: row.period.to })
    else rejected.push({ code: 'no-period', row: row.row })
  }
  if (assumedCurrency && booked.length > 0)
    warnings.push({ code: 'currency-assumed', currency: context.currency })

  const groups = new Map<
    string,
    { month: string; channel: Channel; campaignName: string | null; rows: Booked[] }
  >()
  const add = (entry: Booked, campaignName: string | null): void => {
    const key = keyOf(entry.month, entry.row.channel, campaignName)
    const group = groups.get(key)
    if (group) group.rows.push(entry)
    else groups.set(key, { month: entry.month, channel: entry.row.channel, campaignName, rows: [entry] })
  }
  for (const entry of booked) {
    add(entry, null)
    if (context.breakdown !== false && entry.row.campaignName !== null) add(entry, entry.row.campaignName)
  }

  const nameById = new Map(Object.entries(context.campaignIds ?? {}).map(([name, id]) => [id, name]))
  const stored = new Map<string, MetricMonth>()
  for (const month of existing) {
    if (month.clientId !== context.clientId || month.deletedAt !== null) continue
    const key = keyOf(month.month, month.channel, storedName(month, nameById))
    if (!stored.has(key)) stored.set(key, month)
  }

  const months: PlannedMonth[] = []
  for (const [key, group] of groups) {
    const { metrics, custom } = aggregate(group.rows, context)
    const before = stored.get(key) ?? null
    const campaignId =
      group.campaignName === null
        ? null
        : (context.campaignIds?.[group.campaignName] ?? before?.campaignId ?? null)
    const base: MetricMonthInput = before
      ? {
          clientId: before.clientId,
          month: before.month,
          channel: before.channel,
          campaignId: before.campaignId,
          campaignName: before.campaignName ?? null,
          currency: before.currency,
          spendMinor: before.spendMinor,
          impressions: before.impressions,
          reach: before.reach,
          clicks: before.clicks,
          conversions: before.conversions,
          conversionValueMinor: before.conversionValueMinor,
          leads: before.leads,
          followers: before.followers,
          engagements: before.engagements,
          custom: { ...before.custom },
          source: before.source,
        }
      : {
          clientId: context.clientId,
          month: group.month,
          channel: group.channel,
          campaignId,
          campaignName: group.campaignName,
          currency: context.currency,
          spendMinor: null,
          impressions: null,
          reach: null,
          clicks: null,
          conversions: null,
          conversionValueMinor: null,
          leads: null,
          followers: null,
          engagements: null,
          custom: {},
          source: 'import',
        }

    const changes: FieldChange[] = []
    const input: MetricMonthInput = { ...base, custom: { ...base.custom } }
    for (const field of Object.keys(metrics) as MetricField[]) {
      const after = metrics[field] ?? null
      if (before && base[field] !== after) changes.push({ field, before: base[field], after })
      input[field] = after
    }
    for (const [name, value] of Object.entries(custom)) {
      const previous = base.custom[name] ?? null
      if (before && previous !== value)
        changes.push({ field: `custom.${name}`, before: previous, after: value })
      if (value === null) delete input.custom[name]
      else input.custom[name] = value
    }
    if (before && before.currency !== context.currency) {
      changes.push({ field: 'currency', before: before.currency, after: context.currency })
    }
    input.currency = context.currency
    if (before && campaignId !== before.campaignId) {
      changes.push({ field: 'campaignId', before: before.campaignId, after: campaignId })
      input.campaignId = campaignId
    }

    const action: MonthAction = !before ? 'create' : changes.length > 0 ? 'update' : 'unchanged'
    if (action !== 'unchanged') input.source = 'import'
    months.push({
      action,
      month: group.month,
      channel: group.channel,
      campaignName: group.campaignName,
      existingId: before?.id ?? null,
      input: action === 'unchanged' && before ? base : input,
      changes: action === 'update' ? changes : [],
      rows: group.rows.map(({ row }) => row.row),
    })
  }

  const byName = (a: string | null, b: string | null): number =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a.localeCompare(b)
  months.sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.channel.localeCompare(b.channel) ||
      byName(a.campaignName, b.campaignName),
  )
  const counts = {
    create: months.filter((month) => month.action === 'create').length,
    update: months.filter((month) => month.action === 'update').length,
    unchanged: months.filter((month) => month.action === 'unchanged').length,
    rejected: rejected.length,
  }
  return { months, rejected, warnings, counts, hasChanges: counts.create + counts.update > 0 }
}
