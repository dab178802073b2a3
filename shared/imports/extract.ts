/**
 * One data row → an ImportRow (or the reason it is rejected), under a resolved mapping: column
 * positions, the file's decimal separator and date order, and the report period as a fallback.
 */
import { CHANNELS, type Channel, type StandardMetric } from '../schemas/enums'
import { minorDigits } from '../format'
import { excerpt, foldText, formulaRisk, isEmptyCell, neutraliseFormula, trimCell } from './cells'
import { parseDateCell, type DateOrder, type Period } from './dates'
import type { ImportWarning, RowRejection } from './issues'
import { METRIC_FIELD, MONEY_METRICS, type ImportMapping, type MetricField } from './mapping'
import { decimalToMinor, decimalToNumber, parseNumberCell, type DecimalSeparator } from './numbers'

/** Longest campaign name stored (the metric-month schema's limit, less room for an apostrophe). */
export const MAX_NAME_LENGTH = 499

/** Metric values of a row; a key present with null means "measured as missing" (` --`). */
export type MetricValues = Partial<Record<MetricField, number | null>>

/** One row of an export, read. Money is in minor units of `currency`. */
export type ImportRow = {
  /** Row number in the file (spreadsheet numbering). */
  row: number
  channel: Channel
  /** Campaign (or GA4 dimension value); null when the export has no campaign column. */
  campaignName: string | null
  /** The days the row covers, or null when neither the row nor the file says. */
  period: Period | null
  /** The row's currency, or null when the file names none. */
  currency: string | null
  metrics: MetricValues
  /** Custom KPI values by KPI id. */
  custom: Record<string, number | null>
}

/** A mapping with columns resolved to positions in the header row. */
export type ResolvedMapping = {
  mapping: ImportMapping
  headers: readonly string[]
  metrics: { index: number; metric: StandardMetric; header: string }[]
  custom: { index: number; key: string; header: string }[]
  campaign: { index: number; header: string } | null
  date: { index: number; header: string } | null
  periodStart: { index: number; header: string } | null
  periodEnd: { index: number; header: string } | null
  currency: { index: number; header: string } | null
  channel: { index: number; header: string } | null
  /** Highest mapped index: shorter rows are incomplete. */
  lastIndex: number
}

export function resolveMapping(mapping: ImportMapping, headers: readonly string[]): ResolvedMapping {
  const folded = headers.map(foldText)
  const resolved: ResolvedMapping = {
    mapping,
    headers,
    metrics: [],
    custom: [],
    campaign: null,
    date: null,
    periodStart: null,
    periodEnd: null,
    currency: null,
    channel: null,
    lastIndex: 0,
  }
  for (const column of mapping.columns) {
    const index = folded.indexOf(foldText(column.header))
    if (index < 0) continue
    const at = { index, header: headers[index] ?? column.header }
    resolved.lastIndex = Math.max(resolved.lastIndex, index)
    const role = column.role
    if (role.kind === 'metric') resolved.metrics.push({ ...at, metric: role.metric })
    else if (role.kind === 'custom') resolved.custom.push({ ...at, key: role.key })
    else if (role.kind === 'campaign') resolved.campaign = at
    else if (role.kind === 'date') resolved.date = at
    else if (role.kind === 'period-start') resolved.periodStart = at
    else if (role.kind === 'period-end') resolved.periodEnd = at
    else if (role.kind === 'currency') resolved.currency = at
    else resolved.channel = at
  }
  return resolved
}

const digitsCache = new Map<string, number>()
/** Minor-unit digits of a currency; cached, as Intl is slow to ask once per row. */
function digitsOf(currency: string | null): number {
  const code = currency ?? 'EUR'
  let digits = digitsCache.get(code)
  if (digits === undefined) {
    digits = minorDigits(code)
    digitsCache.set(code, digits)
  }
  return digits
}

/** Common names of channels in "channel" columns. */
const CHANNEL_ALIASES: Record<string, Channel> = {
  'google ads': 'google-ads',
  google: 'google-ads',
  adwords: 'google-ads',
  facebook: 'meta',
  instagram: 'meta',
  'meta ads': 'meta',
  'microsoft advertising': 'microsoft-ads',
  'microsoft ads': 'microsoft-ads',
  bing: 'microsoft-ads',
  'bing ads': 'microsoft-ads',
  'linkedin ads': 'linkedin',
  'tiktok ads': 'tiktok',
  'organic social': 'organic-social',
  web: 'website',
  'google analytics': 'website',
  ga4: 'website',
}

function channelOf(text: string, mapping: ImportMapping): Channel | null {
  const folded = foldText(text)
  const saved = mapping.channelValues[folded]
  if (saved) return saved
  const direct = CHANNELS.find((channel) => channel === folded.replace(/\s+/g, '-'))
  return direct ?? CHANNEL_ALIASES[folded] ?? null
}

export type RowContext = {
  resolved: ResolvedMapping
  decimal: DecimalSeparator
  dateOrder: DateOrder
  reportPeriod: Period | null
  /** Currency when neither the row nor the mapping names one. */
  defaultCurrency: string | null
}

export type RowOutcome =
  | {
      ok: true
      row: ImportRow
      warnings: ImportWarning[]
      /** No cell, column or mapping named the currency: the client's was used. */
      currencyAssumed: boolean
    }
  | { ok: false; rejection: RowRejection }

function cellPeriod(
  cell: string,
  header: string,
  row: number,
  order: DateOrder,
): { ok: true; period: Period | null } | { ok: false; rejection: RowRejection } {
  const parsed = parseDateCell(cell, order)
  if (parsed.kind === 'period') return { ok: true, period: { from: parsed.from, to: parsed.to } }
  if (parsed.kind === 'empty') return { ok: true, period: null }
  return { ok: false, rejection: { code: 'invalid-date', row, column: header, text: excerpt(cell) } }
}

/** The period of a row: its date cell, its start/end cells, or the file's report period. */
function rowPeriod(
  record: readonly string[],
  row: number,
  context: RowContext,
): { ok: true; period: Period | null } | { ok: false; rejection: RowRejection } {
  const { date, periodStart, periodEnd } = context.resolved
  if (date) {
    const result = cellPeriod(record[date.index] ?? '', date.header, row, context.dateOrder)
    if (!result.ok || result.period) return result
  }
  if (periodStart || periodEnd) {
    const start = periodStart
      ? cellPeriod(record[periodStart.index] ?? '', periodStart.header, row, context.dateOrder)
      : ({ ok: true, period: null } as const)
    if (!start.ok) return start
    const end = periodEnd
      ? cellPeriod(record[periodEnd.index] ?? '', periodEnd.header, row, context.dateOrder)
      : ({ ok: true, period: null } as const)
    if (!end.ok) return end
    const from = start.period?.from ?? end.period?.from
    const to = end.period?.to ?? start.period?.to
    if (from && to) return { ok: true, period: from <= to ? { from, to } : { from: to, to: from } }
  }
  return { ok: true, period: context.reportPeriod }
}

/** Reads a data row. `row` is its number in the file. */
export function extractRow(record: readonly string[], row: number, context: RowContext): RowOutcome {
  const { resolved } = context
  const warnings: ImportWarning[] = []

  if (record.length <= resolved.lastIndex) {
    return {
      ok: false,
      rejection: { code: 'row-incomplete', row, column: resolved.headers[record.length] ?? '' },
    }
  }

  let campaignName: string | null = null
  if (resolved.campaign) {
    const cell = record[resolved.campaign.index] ?? ''
    const text = trimCell(cell)
    if (text.length > MAX_NAME_LENGTH) {
      return {
        ok: false,
        rejection: {
          code: 'text-too-long',
          row,
          column: resolved.campaign.header,
          length: text.length,
          max: MAX_NAME_LENGTH,
        },
      }
    }
    if (text !== '') {
      const risk = formulaRisk(text)
      if (risk === 'reject') {
        return {
          ok: false,
          rejection: {
            code: 'formula-injection',
            row,
            column: resolved.campaign.header,
            text: excerpt(text),
          },
        }
      }
      if (risk === 'neutralise') {
        warnings.push({
          code: 'formula-neutralised',
          row,
          column: resolved.campaign.header,
          text: excerpt(text),
        })
        campaignName = neutraliseFormula(text)
      } else {
        campaignName = text
      }
    }
  }

  let channel = resolved.mapping.channel
  if (resolved.channel) {
    const cell = record[resolved.channel.index] ?? ''
    const named = isEmptyCell(cell) ? null : channelOf(cell, resolved.mapping)
    if (!named && !channel)
      return { ok: false, rejection: { code: 'unknown-channel', row, text: excerpt(cell) } }
    channel = named ?? channel
  }
  if (!channel) return { ok: false, rejection: { code: 'unknown-channel', row, text: '' } }

  const period = rowPeriod(record, row, context)
  if (!period.ok) return period

  let currency = resolved.mapping.currency
  if (resolved.currency) {
    const cell = trimCell(record[resolved.currency.index] ?? '').toUpperCase()
    if (/^[A-Z]{3}$/.test(cell)) currency = cell
  }

  const metrics: MetricValues = {}
  const parsedMoney: { field: MetricField; decimal: string }[] = []
  for (const column of resolved.metrics) {
    const cell = record[column.index] ?? ''
    const field = METRIC_FIELD[column.metric]
    const parsed = parseNumberCell(cell, context.decimal)
    if (parsed.kind === 'empty') {
      metrics[field] = null
      continue
    }
    if (parsed.kind === 'invalid') {
      return {
        ok: false,
        rejection: { code: 'invalid-number', row, column: column.header, text: excerpt(cell) },
      }
    }
    if (parsed.decimal.startsWith('-')) {
      return {
        ok: false,
        rejection: { code: 'negative-value', row, column: column.header, text: excerpt(cell) },
      }
    }
    if (MONEY_METRICS.has(column.metric)) {
      currency ??= parsed.currency
      parsedMoney.push({ field, decimal: parsed.decimal })
    } else {
      metrics[field] = decimalToNumber(parsed.decimal)
    }
  }
  const currencyAssumed = currency === null && context.defaultCurrency !== null
  currency ??= context.defaultCurrency
  const digits = digitsOf(currency)
  for (const money of parsedMoney) metrics[money.field] = decimalToMinor(money.decimal, digits)

  const custom: Record<string, number | null> = {}
  for (const column of resolved.custom) {
    const cell = record[column.index] ?? ''
    const parsed = parseNumberCell(cell, context.decimal)
    if (parsed.kind === 'invalid') {
      return {
        ok: false,
        rejection: { code: 'invalid-number', row, column: column.header, text: excerpt(cell) },
      }
    }
    custom[column.key] = parsed.kind === 'empty' ? null : decimalToNumber(parsed.decimal)
  }

  return {
    ok: true,
    row: { row, channel, campaignName, period: period.period, currency, metrics, custom },
    warnings,
    currencyAssumed,
  }
}

/** Reads the metric cells of a totals row; unreadable cells are left out rather than rejected. */
export function extractTotals(
  record: readonly string[],
  context: RowContext,
): { metrics: MetricValues; currency: string | null } {
  const metrics: MetricValues = {}
  let currency = context.resolved.mapping.currency
  if (context.resolved.currency) {
    const cell = trimCell(record[context.resolved.currency.index] ?? '').toUpperCase()
    if (/^[A-Z]{3}$/.test(cell)) currency = cell
  }
  currency ??= context.defaultCurrency
  const digits = digitsOf(currency)
  for (const column of context.resolved.metrics) {
    const parsed = parseNumberCell(record[column.index] ?? '', context.decimal)
    if (parsed.kind !== 'number') continue
    const field = METRIC_FIELD[column.metric]
    metrics[field] = MONEY_METRICS.has(column.metric)
      ? decimalToMinor(parsed.decimal, digits)
      : decimalToNumber(parsed.decimal)
  }
  return { metrics, currency }
}
