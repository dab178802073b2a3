import { describe, expect, it } from 'vitest'
import { formatChange, formatMetric, formatMetricAxis, formatShare } from './metric-format'
import { metricDefinitions, type MetricDefinition } from './metrics'

const definitions = metricDefinitions([
  {
    id: '00000000-0000-4000-8000-0000000000b1',
    name: 'Bookings',
    unit: 'pcs',
    higherIsBetter: true,
    aggregation: 'sum',
  },
])
const metric = (key: string): MetricDefinition => {
  const found = definitions.find((d) => d.key === key)
  if (!found) throw new Error(key)
  return found
}
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatMetric', () => {
  it('shows money totals in whole units and costs per unit with cents, per language', () => {
    expect(formatMetric(metric('spend'), 1_234_567, 'EUR', 'en')).toBe('€12,346')
    expect(nbsp(formatMetric(metric('spend'), 1_234_567, 'EUR', 'fi'))).toBe('12 346 €')
    // CPC of 85.4 cents rounds to the cent
    expect(formatMetric(metric('cpc'), 85.4, 'EUR', 'en')).toBe('€0.85')
    expect(nbsp(formatMetric(metric('cpa'), 2340.6, 'PLN', 'pl'))).toBe('23,41 zł')
  })

  it('shows rates as percentages and ROAS as a multiple', () => {
    expect(formatMetric(metric('ctr'), 0.023456, 'EUR', 'en')).toBe('2.35%')
    expect(nbsp(formatMetric(metric('conversionRate'), 0.041, 'EUR', 'fi'))).toBe('4,10 %')
    expect(formatMetric(metric('roas'), 4.256, 'EUR', 'en')).toBe('4.26×')
    expect(formatMetric(metric('roas'), 4.256, 'EUR', 'bg')).toBe('4,26×')
  })

  it('shows counts whole and custom KPIs with their unit', () => {
    expect(formatMetric(metric('impressions'), 1_234_567, 'EUR', 'en')).toBe('1,234,567')
    expect(formatMetric(metric('00000000-0000-4000-8000-0000000000b1'), 12.5, 'EUR', 'en')).toBe('12.5 pcs')
  })

  it('shows an em dash for anything not measured or not computable, never NaN or 0', () => {
    for (const key of ['spend', 'ctr', 'roas', 'clicks', 'cpa']) {
      expect(formatMetric(metric(key), null, 'EUR', 'en')).toBe('—')
      expect(formatMetric(metric(key), Number.NaN, 'EUR', 'en')).toBe('—')
      expect(formatMetric(metric(key), Number.POSITIVE_INFINITY, 'EUR', 'en')).toBe('—')
    }
  })
})

describe('formatMetricAxis', () => {
  it('shortens big numbers and money', () => {
    expect(formatMetricAxis(metric('impressions'), 120_000, 'EUR', 'en')).toBe('120k')
    expect(formatMetricAxis(metric('spend'), 250_000, 'EUR', 'en')).toBe('€2.5k')
    expect(formatMetricAxis(metric('cpc'), 85, 'EUR', 'en')).toBe('€0.85')
    expect(formatMetricAxis(metric('ctr'), 0.025, 'EUR', 'en')).toBe('2.5%')
  })

  it('writes round ticks without decimals, the way a reader expects an axis', () => {
    expect(formatMetricAxis(metric('spend'), 40_000, 'GBP', 'en')).toBe('£400')
    expect(formatMetricAxis(metric('cpa'), 500, 'GBP', 'en')).toBe('£5')
    expect(formatMetricAxis(metric('cpa'), 750, 'GBP', 'en')).toBe('£7.5')
    expect(formatMetricAxis(metric('spend'), 600_000, 'EUR', 'bg')).toBe('6\u00a0хил.\u00a0€')
  })
})

describe('formatChange and formatShare', () => {
  it('signs changes and drops decimals on big ones', () => {
    expect(formatChange(0.1234, 'en')).toBe('+12%')
    expect(formatChange(0.0567, 'en')).toBe('+5.7%')
    expect(formatChange(-0.25, 'en')).toBe('-25%')
    expect(nbsp(formatChange(-0.034, 'fi'))).toBe('−3,4 %')
    expect(formatChange(0, 'en')).toBe('0%')
  })

  it('shows an em dash for a change against nothing', () => {
    expect(formatChange(null, 'en')).toBe('—')
    expect(formatChange(Number.NaN, 'en')).toBe('—')
    expect(formatShare(null, 'en')).toBe('—')
    expect(formatShare(0.823, 'en')).toBe('82%')
  })
})
