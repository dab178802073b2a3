import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../schemas/enums'
import { row, testClient } from './fixture-rows'
import { BOOKINGS, BRAND, input, RATING, SPRING } from './fixture-two-years'
import { buildMonthlyModel, buildQuarterlyModel, quarterlyModelSchema, type Figure } from './models'
import { PeriodKeyError } from './periods'

function figure(figures: readonly Figure[], key: string): Figure {
  const found = figures.find((f) => f.key === key)
  if (!found) throw new Error(`no figure ${key}`)
  return found
}

// Expected numbers are worked out by hand from fixture-two-years.ts.
describe('quarterly model of the fixture client, calendar 2025-Q2', () => {
  const model = buildQuarterlyModel(input, '2025-Q2')
  const kpi = (key: string): Figure => figure(model.kpis, key)

  it('covers April–June against Q1 2025 and Q2 2024', () => {
    expect(model.period.months).toEqual(['2025-04', '2025-05', '2025-06'])
    expect(model.previous).toEqual({ key: '2025-Q1', months: ['2025-01', '2025-02', '2025-03'] })
    expect(model.lastYear).toEqual({ key: '2024-Q2', months: ['2024-04', '2024-05', '2024-06'] })
    expect(model.aim).toBeNull()
  })

  it('sums the quarter and compares it', () => {
    // (60 + 60 + 90) + 3 × 5; Q1: 3 × 60 + 15; Q2 2024: 20 + 40 + 40 + 15
    expect(kpi('conversions')).toMatchObject({
      value: 225,
      status: 'complete',
      previous: { value: 195 },
      lastYear: { value: 115 },
    })
    expect(kpi('conversions').previous.change.relative).toBeCloseTo(30 / 195, 12)
    expect(kpi('conversions').lastYear.change.relative).toBeCloseTo(110 / 115, 12)
    expect(kpi('spend')).toMatchObject({ value: 450_000, lastYear: { value: 340_000 } })
    expect(kpi('clicks')).toMatchObject({
      value: 6_300,
      previous: { value: 6_300 },
      lastYear: { value: 4_300 },
    })
    expect(kpi('conversionValue').value).toBe(2_200_000)
    expect(kpi(BOOKINGS.id)).toMatchObject({ value: 210, lastYear: { value: 130 } }) // 30 + 50 + 50
  })

  it('takes the last month’s followers and the mean of an average KPI', () => {
    expect(kpi('followers')).toMatchObject({
      value: 1_850,
      previous: { value: 1_700 },
      lastYear: { value: 1_250 },
    })
    expect(kpi(RATING.id).value).toBe(4.5)
    expect(kpi(RATING.id).lastYear.value).toBeCloseTo(13 / 3, 12) // (4.0 + 4.5 + 4.5) / 3
  })

  it('derives the quarter’s ratios from its sums, not from monthly ratios', () => {
    expect(kpi('ctr').value).toBeCloseTo(6_300 / 270_000, 12)
    expect(kpi('cpa').value).toBe(2_000) // 450,000 / 225
    expect(kpi('roas').value).toBeCloseTo(2_200_000 / 450_000, 12)
    expect(kpi('roas').lastYear.value).toBeCloseTo(1_000_000 / 340_000, 12)
    expect(kpi('conversionRate').value).toBeCloseTo(225 / 6_300, 12)
  })

  it('uses the quarter’s target', () => {
    expect(kpi('conversions').target).toEqual({
      value: 240,
      source: 'period',
      change: { absolute: -15, relative: -0.0625, direction: 'bad' },
    })
  })

  it('lists the months, channels and campaigns of the quarter', () => {
    expect(model.months.map((m) => [m.month, m.values.conversions])).toEqual([
      ['2025-04', 65],
      ['2025-05', 65],
      ['2025-06', 95],
    ])
    expect(model.channels.map((c) => c.channel)).toEqual(['google-ads', 'organic-social'])
    // listed by id
    expect(model.campaigns.map((c) => [c.campaignId, c.name])).toEqual([
      [SPRING, 'Spring'],
      [BRAND, 'Brand'],
    ])
    expect(quarterlyModelSchema.parse(model)).toEqual(model)
  })
})

describe('quarterly model of a cooperation quarter', () => {
  it('counts from the cooperation’s start and carries the quarter’s aim', () => {
    const model = buildQuarterlyModel(input, 'coop-Y2-Q1')
    expect(model.period).toMatchObject({ scheme: 'cooperation', months: ['2025-05', '2025-06', '2025-07'] })
    expect(model.aim).toBe('q1-close-startup')
    expect(model.previous.key).toBe('coop-Y1-Q4')
    expect(model.lastYear.key).toBe('coop-Y1-Q1')
    const conversions = figure(model.kpis, 'conversions')
    // 60 + 90 + 60 + 15; Feb–Apr 2025: 3 × 65; May–Jul 2024: 3 × 45
    expect(conversions).toMatchObject({ value: 225, previous: { value: 195 }, lastYear: { value: 135 } })
    // no target for the cooperation quarter itself: the monthly targets 70 + 80 + 70
    expect(conversions.target).toEqual({
      value: 220,
      source: 'months',
      change: { absolute: 5, relative: 5 / 220, direction: 'good' },
    })
    expect(model.campaigns.map((c) => c.name)).toEqual(['Brand'])
  })

  it('compares the first cooperation quarter with the baseline months before it, and has no last year', () => {
    const model = buildQuarterlyModel(input, 'coop-Y1-Q1')
    expect(model.previous).toEqual({ key: null, months: ['2024-02', '2024-03', '2024-04'] })
    const conversions = figure(model.kpis, 'conversions')
    expect(conversions.value).toBe(135)
    expect(conversions.previous.value).toBe(75) // 3 × (20 + 5)
    expect(conversions.lastYear).toEqual({
      value: null,
      change: { absolute: null, relative: null, direction: 'neutral' },
    })
  })

  it('rejects keys that are not quarters', () => {
    expect(() => buildQuarterlyModel(input, 'coop-Y1')).toThrow(PeriodKeyError)
    expect(() => buildQuarterlyModel(input, '2025-04')).toThrow(PeriodKeyError)
  })
})

describe('quarter totals equal the sum of their months', () => {
  const C = '00000000-0000-4000-8000-0000000000f1'
  const count = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null })
  const rowArb = fc.record({
    month: fc.constantFrom('2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'),
    channel: fc.constantFrom(...CHANNELS),
    campaign: fc.constantFrom(null, 'camp-1', 'camp-2'),
    spendMinor: count,
    impressions: count,
    clicks: count,
    conversions: count,
    followers: count,
  })

  it('for every sum metric, each quarter, and followers as the last month’s level', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom('2025-Q4', '2026-Q1'),
        (specs, key) => {
          const rows = specs.map((s) =>
            row(C, s.month, s.channel, {
              campaignId: s.campaign,
              spendMinor: s.spendMinor,
              impressions: s.impressions,
              clicks: s.clicks,
              conversions: s.conversions,
              followers: s.followers,
            }),
          )
          const modelInput = { client: testClient(C, '2025-01-01'), rows }
          const quarter = buildQuarterlyModel(modelInput, key)
          const monthly = quarter.period.months.map((m) => buildMonthlyModel(modelInput, m))
          for (const metric of ['spend', 'impressions', 'clicks', 'conversions']) {
            const parts = monthly.map((m) => figure(m.kpis, metric).value)
            const present = parts.filter((v): v is number => v !== null)
            const expected = present.length === 0 ? null : present.reduce((a, b) => a + b, 0)
            expect(figure(quarter.kpis, metric).value).toBe(expected)
            expect(quarter.months.map((m) => m.values[metric] ?? null)).toEqual(parts)
          }
          const followers = monthly.map((m) => figure(m.kpis, 'followers').value).filter((v) => v !== null)
          expect(figure(quarter.kpis, 'followers').value).toBe(followers.at(-1) ?? null)
          expect(() => quarterlyModelSchema.parse(quarter)).not.toThrow()
        },
      ),
      { numRuns: 60 },
    )
  })
})
