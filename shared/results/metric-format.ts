/**
 * Metric values and changes as text for a language, for the results screens and the reports.
 *
 * Policy: not measured, or not computable (a ratio over zero, a change against nothing), reads
 * as an em dash — never "NaN", "∞" or "0 %". Money totals show whole currency units; costs per
 * unit (CPC, CPM, CPA) show the minor unit, rounded from the fraction the model keeps. Rates
 * (CTR, conversion rate) are percentages with two decimals; ROAS is a multiple ("4.25×").
 */
import { formatMoney, INTL_LOCALE } from '../format'
import type { Language } from '../schemas/primitives'
import type { MetricDefinition } from './metrics'
import { cachedNumberFormat } from '../intl'

/** What formatting needs of a metric. */
export type FormattableMetric = Pick<MetricDefinition, 'key' | 'kind' | 'aggregation' | 'unit'>

const DASH = '—'

function finite(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value)
}

function decimal(value: number, language: Language, options: Intl.NumberFormatOptions): string {
  return cachedNumberFormat(INTL_LOCALE[language], options).format(value)
}

/** A metric's value as text; money in minor units of `currency`. */
export function formatMetric(
  metric: FormattableMetric,
  value: number | null | undefined,
  currency: string,
  language: Language,
): string {
  if (!finite(value)) return DASH
  switch (metric.kind) {
    case 'money':
      return formatMoney(
        { amountMinor: Math.round(value), currency },
        language,
        metric.aggregation === 'derived' ? {} : { whole: true },
      )
    case 'count':
      return decimal(value, language, { maximumFractionDigits: 0 })
    case 'ratio':
      return metric.key === 'roas'
        ? `${decimal(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}×`
        : decimal(value, language, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
    case 'number': {
      const number = decimal(value, language, { maximumFractionDigits: 2 })
      return metric.unit ? `${number} ${metric.unit}` : number
    }
  }
}

/** A short axis label of a metric's value ("12K", "€1.2K", "2 %"). */
export function formatMetricAxis(
  metric: FormattableMetric,
  value: number,
  currency: string,
  language: Language,
): string {
  if (!Number.isFinite(value)) return DASH
  // No forced decimals: an axis reads "£400" and "€2.5k", never "£400.0" next to "£5.00".
  const compact: Intl.NumberFormatOptions = {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }
  switch (metric.kind) {
    case 'money': {
      const digits = cachedNumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits
      const major = value / 10 ** (digits ?? 2)
      return decimal(major, language, {
        style: 'currency',
        currency,
        ...compact,
        ...(Math.abs(major) < 10 ? { maximumFractionDigits: 2 } : {}),
      })
    }
    case 'ratio':
      return metric.key === 'roas'
        ? `${decimal(value, language, { maximumFractionDigits: 1 })}×`
        : decimal(value, language, { style: 'percent', maximumFractionDigits: 1 })
    default:
      return decimal(value, language, compact)
  }
}

/** A relative change as a signed percentage ("+12.3 %"); an em dash when there is none. */
export function formatChange(relative: number | null | undefined, language: Language): string {
  if (!finite(relative)) return DASH
  return decimal(relative, language, {
    style: 'percent',
    maximumFractionDigits: Math.abs(relative) >= 0.1 ? 0 : 1,
    signDisplay: 'exceptZero',
  })
}

/** A share as a percentage without sign ("82 %"); an em dash when there is none. */
export function formatShare(share: number | null | undefined, language: Language): string {
  if (!finite(share)) return DASH
  return decimal(share, language, { style: 'percent', maximumFractionDigits: 0 })
}
