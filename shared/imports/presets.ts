/**
 * The ad platforms' own exports, recognised by their header row. Each preset lists, per field,
 * the header spellings it accepts in order of preference (English and, where real exports were
 * seen, Portuguese (Brazil)). Matching is on folded text: case, spacing and Unicode form ignored.
 */
import type { Channel, StandardMetric } from '../schemas/enums'
import { foldText } from './cells'
import type { DateOrder } from './dates'
import type { ColumnRole, ImportMapping, ImportSource } from './mapping'

type HeaderPattern = string | RegExp

type FieldRule = { role: ColumnRole; headers: readonly HeaderPattern[] }

export type Preset = {
  source: Exclude<ImportSource, 'generic'>
  channel: Channel
  rules: readonly FieldRule[]
  /** Headers only this platform writes; one must be present for the preset to be chosen. */
  signature: readonly HeaderPattern[]
  /** Day/month order when a file's numeric dates cannot tell. */
  dateOrderFallback: DateOrder
  summaryRow: ImportMapping['summaryRow']
  /** GA4: the first column is the report's dimension when no rule claims it. */
  firstColumnIsDimension?: boolean
}

const metric = (name: StandardMetric, headers: readonly HeaderPattern[]): FieldRule => ({
  role: { kind: 'metric', metric: name },
  headers,
})
const field = (
  kind: 'campaign' | 'date' | 'period-start' | 'period-end' | 'currency',
  headers: readonly HeaderPattern[],
): FieldRule => ({
  role: { kind },
  headers,
})

/** "Amount spent (EUR)" / "Valor usado (BRL)": the currency sits in the header. */
const META_SPEND = /^(?:amount spent|valor usado|valor gasto) \(([a-z]{3})\)$/

const META: Preset = {
  source: 'meta',
  channel: 'meta',
  rules: [
    field('campaign', ['campaign name', 'nome da campanha']),
    field('period-start', ['reporting starts', 'início dos relatórios']),
    field('period-end', ['reporting ends', 'término dos relatórios']),
    field('date', ['day', 'dia', 'month', 'mês']),
    field('currency', ['currency', 'moeda']),
    metric('spend', [META_SPEND, 'amount spent', 'valor usado']),
    metric('impressions', ['impressions', 'impressões']),
    metric('reach', ['reach', 'alcance']),
    metric('clicks', ['link clicks', 'cliques no link', 'clicks (all)', 'cliques (todos)']),
    metric('conversions', ['purchases', 'website purchases', 'compras']),
    metric('conversionValue', [
      'purchases conversion value',
      'purchase conversion value',
      'valor de conversão das compras',
    ]),
    metric('leads', ['leads', 'website leads']),
    metric('engagements', ['post engagements', 'post engagement', 'engajamento com a publicação']),
  ],
  signature: [
    META_SPEND,
    'reporting starts',
    'início dos relatórios',
    'result indicator',
    'attribution setting',
  ],
  dateOrderFallback: 'mdy',
  summaryRow: 'empty-campaign',
}

const GOOGLE: Preset = {
  source: 'google-ads',
  channel: 'google-ads',
  rules: [
    field('campaign', ['campaign', 'campanha']),
    field('date', ['day', 'dia', 'date', 'data', 'month', 'mês']),
    field('currency', ['currency code', 'código da moeda', 'currency']),
    metric('spend', ['cost', 'custo']),
    metric('impressions', ['impr.', 'impressions', 'impressões']),
    metric('clicks', ['clicks', 'cliques']),
    metric('conversions', ['conversions', 'conversões']),
    metric('conversionValue', [
      'conv. value',
      'conversion value',
      'valor conv.',
      'valor da conv.',
      'valor de conv.',
    ]),
  ],
  signature: [
    'currency code',
    'código da moeda',
    'impr.',
    'campaign status',
    'status da campanha',
    'optimisation score',
    'optimization score',
  ],
  dateOrderFallback: 'mdy',
  summaryRow: 'none',
}

const MICROSOFT: Preset = {
  source: 'microsoft-ads',
  channel: 'microsoft-ads',
  rules: [
    field('campaign', ['campaignname', 'campaign name', 'campaign']),
    field('date', ['timeperiod', 'time period', 'gregoriandate', 'gregorian date', 'date', 'month']),
    field('currency', ['currencycode', 'currency code', 'currency']),
    metric('spend', ['spend']),
    metric('impressions', ['impressions', 'impr.']),
    metric('clicks', ['clicks']),
    metric('conversions', ['conversions', 'conv.']),
    metric('conversionValue', ['revenue']),
  ],
  signature: ['campaignname', 'timeperiod', 'spend', 'gregoriandate'],
  dateOrderFallback: 'mdy',
  summaryRow: 'none',
}

const LINKEDIN: Preset = {
  source: 'linkedin',
  channel: 'linkedin',
  rules: [
    field('campaign', ['campaign name', 'campaign']),
    field('date', ['start date (in utc)', 'start date']),
    field('currency', ['currency']),
    metric('spend', ['total spent', 'amount spent']),
    metric('impressions', ['impressions']),
    metric('reach', ['reach']),
    metric('clicks', ['clicks']),
    metric('conversions', ['conversions']),
    metric('leads', ['leads']),
    metric('engagements', ['total engagements']),
  ],
  signature: ['total spent', 'start date (in utc)', 'campaign group name', 'total engagements'],
  dateOrderFallback: 'mdy',
  summaryRow: 'none',
}

const GA4: Preset = {
  source: 'ga4',
  channel: 'website',
  rules: [
    field('date', ['date', 'month', 'year month']),
    metric('reach', ['total users', 'active users', 'users']),
    metric('conversions', ['key events', 'conversions']),
    metric('conversionValue', ['total revenue', 'purchase revenue']),
    metric('engagements', ['engaged sessions']),
  ],
  signature: [
    'total users',
    'active users',
    'new users',
    'event count',
    'key events',
    'engaged sessions',
    'sessions',
  ],
  dateOrderFallback: 'mdy',
  summaryRow: 'none',
  firstColumnIsDimension: true,
}

export const PRESETS: readonly Preset[] = [META, GOOGLE, MICROSOFT, LINKEDIN, GA4]

function matches(pattern: HeaderPattern, header: string): RegExpExecArray | boolean {
  return typeof pattern === 'string' ? pattern === header : (pattern.exec(header) ?? false)
}

/** A preset applied to one header row. */
export type PresetMatch = { preset: Preset; mapping: ImportMapping; score: number }

/** Maps a header row with a preset, or returns null when the row is not this platform's header. */
export function matchPreset(preset: Preset, headers: readonly string[]): PresetMatch | null {
  const folded = headers.map(foldText)
  if (!folded.some((header) => preset.signature.some((pattern) => matches(pattern, header)))) return null
  const taken = new Set<number>()
  const columns: ImportMapping['columns'] = []
  let currency: string | null = null
  for (const rule of preset.rules) {
    let found = false
    for (const pattern of rule.headers) {
      for (let index = 0; index < folded.length && !found; index++) {
        if (taken.has(index)) continue
        const match = matches(pattern, folded[index] ?? '')
        if (!match) continue
        taken.add(index)
        columns.push({ header: headers[index] ?? '', role: rule.role })
        if (typeof match !== 'boolean' && match[1]) currency = match[1].toUpperCase()
        found = true
      }
      if (found) break
    }
  }
  if (preset.firstColumnIsDimension && !taken.has(0) && headers[0]) {
    columns.unshift({ header: headers[0], role: { kind: 'campaign' } })
  }
  const metrics = columns.filter((column) => column.role.kind === 'metric').length
  if (metrics === 0) return null
  return {
    preset,
    score: columns.length,
    mapping: {
      version: 1,
      source: preset.source,
      columns,
      channel: preset.channel,
      channelValues: {},
      currency,
      decimalSeparator: 'auto',
      dateOrder: 'auto',
      summaryRow: preset.summaryRow,
    },
  }
}

/** The preset that explains a header row best, or null. */
export function bestPreset(headers: readonly string[]): PresetMatch | null {
  let best: PresetMatch | null = null
  for (const preset of PRESETS) {
    const match = matchPreset(preset, headers)
    if (match && match.score >= 2 && (!best || match.score > best.score)) best = match
  }
  return best
}

/** The preset of a source. */
export function presetOf(source: ImportSource): Preset | null {
  return PRESETS.find((preset) => preset.source === source) ?? null
}
