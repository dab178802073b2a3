import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CustomKpi } from '../schemas/client'
import {
  aggregate,
  DERIVED_METRICS,
  DERIVED_RULES,
  deriveMetrics,
  metricDefinitions,
  perMonthValues,
  ratio,
  type MetricValues,
  type MonthValues,
} from './metrics'
import { addMonths } from './months'

const bookings: CustomKpi = {
  id: '00000000-0000-4000-8000-00000000000b',
  name: 'Bookings',
  unit: 'pcs',
  higherIsBetter: true,
  aggregation: 'sum',
}
const rating: CustomKpi = {
  ...bookings,
  id: '00000000-0000-4000-8000-00000000000c',
  name: 'Rating',
  aggregation: 'average',
}
const members: CustomKpi = {
  ...bookings,
  id: '00000000-0000-4000-8000-00000000000d',
  name: 'Members',
  aggregation: 'last',
}
const definitions = metricDefinitions([bookings, rating, members])

describe('metric definitions', () => {
  it('lists standard, derived and custom metrics with their direction and aggregation', () => {
    const byKey = new Map(definitions.map((d) => [d.key, d]))
    expect(byKey.get('spend')).toMatchObject({ kind: 'money', higherIsBetter: null, aggregation: 'sum' })
    expect(byKey.get('followers')).toMatchObject({ kind: 'count', higherIsBetter: true, aggregation: 'last' })
    expect(byKey.get('cpa')).toMatchObject({ kind: 'money', higherIsBetter: false, aggregation: 'derived' })
    expect(byKey.get('roas')).toMatchObject({ kind: 'ratio', higherIsBetter: true })
    expect(byKey.get(rating.id)).toMatchObject({
      source: 'custom',
      label: 'Rating',
      unit: 'pcs',
      aggregation: 'average',
    })
    expect(definitions.map((d) => d.key).slice(9, 15)).toEqual([...DERIVED_METRICS])
  })
})

describe('derived metrics', () => {
  it('computes CTR, CPC, CPM, CPA, conversion rate and ROAS', () => {
    expect(
      deriveMetrics({
        spend: 50_000,
        impressions: 20_000,
        clicks: 400,
        conversions: 20,
        conversionValue: 200_000,
      }),
    ).toEqual({ ctr: 0.02, cpc: 125, cpm: 2500, cpa: 2500, conversionRate: 0.05, roas: 4 })
  })

  it('is null when a denominator is 0 or a base is missing, never NaN or Infinity', () => {
    expect(
      deriveMetrics({ spend: 100, impressions: 0, clicks: 0, conversions: null, conversionValue: 5 }),
    ).toEqual({
      ctr: null,
      cpc: null,
      cpm: null,
      cpa: null,
      conversionRate: null,
      roas: 0.05,
    })
    expect(deriveMetrics({})).toEqual({
      ctr: null,
      cpc: null,
      cpm: null,
      cpa: null,
      conversionRate: null,
      roas: null,
    })
    expect(ratio(0, 0)).toBeNull()
    expect(ratio(Number.MAX_VALUE, 1e-300)).toBeNull()
  })
})

const month = (m: string, values: MetricValues): MonthValues => ({ month: m, values })

describe('aggregate', () => {
  it('sums, takes the last level, averages, and derives from the sums', () => {
    const totals = aggregate(
      [
        month('2026-02', {
          clicks: 300,
          impressions: 10_000,
          followers: 1_200,
          [rating.id]: 4,
          [members.id]: 70,
        }),
        month('2026-01', {
          clicks: 100,
          impressions: 2_000,
          followers: 1_000,
          [rating.id]: 5,
          [members.id]: 60,
        }),
      ],
      definitions,
    )
    expect(totals.months).toEqual(['2026-01', '2026-02'])
    expect(totals.entries.clicks).toEqual({ value: 400, status: 'complete', monthsWithData: 2 })
    expect(totals.entries.followers?.value).toBe(1_200)
    expect(totals.entries[members.id]?.value).toBe(70)
    expect(totals.entries[rating.id]?.value).toBe(4.5)
    // 400 / 12,000, not the mean of 5 % and 3 %.
    expect(totals.entries.ctr?.value).toBeCloseTo(1 / 30, 12)
  })

  it('marks a metric missing in every month as missing and one missing in some months as partial', () => {
    const totals = aggregate(
      [
        month('2026-01', { clicks: 100, impressions: 1_000, leads: null }),
        month('2026-02', { clicks: 50, impressions: null }),
        month('2026-03', {}),
      ],
      definitions,
    )
    expect(totals.entries.leads).toEqual({ value: null, status: 'missing', monthsWithData: 0 })
    expect(totals.entries.clicks).toEqual({ value: 150, status: 'partial', monthsWithData: 2 })
    expect(totals.entries.impressions).toEqual({ value: 1_000, status: 'partial', monthsWithData: 1 })
    expect(totals.entries.ctr).toEqual({ value: 0.15, status: 'partial', monthsWithData: 1 })
    expect(totals.entries.cpc).toEqual({ value: null, status: 'missing', monthsWithData: 0 })
    expect(aggregate([], definitions).entries.spend?.status).toBe('missing')
  })

  it('levels sums per month for comparing periods of different lengths', () => {
    const totals = aggregate(
      [
        month('2026-01', { spend: 1_001, clicks: 10, followers: 5 }),
        month('2026-02', { spend: 1_000, clicks: 20, followers: 7 }),
      ],
      definitions,
    )
    const perMonth = perMonthValues(totals, definitions)
    expect(perMonth.spend).toBe(1_001) // 2,001 / 2 rounded to whole minor units
    expect(perMonth.clicks).toBe(15)
    expect(perMonth.followers).toBe(7)
    expect(perMonth.cpc).toBeCloseTo(2_001 / 30, 12)
  })
})

const BASES = ['spend', 'impressions', 'clicks', 'conversions', 'conversionValue'] as const
const valueArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000_000_000 }) },
)
const monthsArb = fc
  .array(
    fc.record(
      Object.fromEntries(BASES.map((k) => [k, valueArb])) as Record<(typeof BASES)[number], typeof valueArb>,
    ),
    {
      minLength: 0,
      maxLength: 14,
    },
  )
  .map((list) => list.map((values, i) => month(addMonths('2025-01', i), values)))

describe('aggregation properties', () => {
  it('aggregating months then deriving equals deriving from the sums of the bases', () => {
    fc.assert(
      fc.property(monthsArb, (months) => {
        const totals = aggregate(months, definitions)
        for (const key of DERIVED_METRICS) {
          const { numerator, denominator, scale } = DERIVED_RULES[key]
          let num = 0
          let den = 0
          let hasNum = false
          let hasDen = false
          for (const { values } of months) {
            const n = values[numerator]
            const d = values[denominator]
            if (n !== null && n !== undefined) {
              num += n
              hasNum = true
            }
            if (d !== null && d !== undefined) {
              den += d
              hasDen = true
            }
          }
          const expected = hasNum && hasDen && den !== 0 ? (num * scale) / den : null
          expect(totals.entries[key]?.value).toBe(expected)
        }
      }),
    )
  })

  it('derived metrics are never NaN or Infinity', () => {
    fc.assert(
      fc.property(monthsArb, (months) => {
        const totals = aggregate(months, definitions)
        for (const entry of Object.values(totals.entries)) {
          expect(entry.value === null || Number.isFinite(entry.value)).toBe(true)
        }
      }),
    )
  })
})
