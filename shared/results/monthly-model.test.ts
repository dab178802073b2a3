import { describe, expect, it } from 'vitest'
import { BOOKINGS, input, RATING, SPRING } from './fixture-two-years'
import { buildMonthlyModel, monthlyModelSchema, type Figure } from './models'
import { PeriodKeyError } from './periods'

function figure(figures: readonly Figure[], key: string): Figure {
  const found = figures.find((f) => f.key === key)
  if (!found) throw new Error(`no figure ${key}`)
  return found
}

// Every expected number below is worked out by hand from the fixture's description
// (fixture-two-years.ts), not by the code under test.
describe('monthly model of the fixture client, April 2026', () => {
  const model = buildMonthlyModel(input, '2026-04')
  const kpi = (key: string): Figure => figure(model.kpis, key)

  it('names the month and its comparison months', () => {
    expect(model.period).toEqual({ key: '2026-04', kind: 'month', scheme: 'calendar', months: ['2026-04'] })
    expect(model.previous).toEqual({ key: '2026-03', months: ['2026-03'] })
    expect(model.lastYear).toEqual({ key: '2025-04', months: ['2025-04'] })
    expect(model.currency).toBe('EUR')
  })

  it('has the month’s totals over channels, without adding campaign rows', () => {
    // spend: google-ads 1,600.00 (Spring's 600.00 is part of it); impressions 80,000 + 10,000; clicks 2,400 + 100
    expect(kpi('spend').value).toBe(160_000)
    expect(kpi('impressions').value).toBe(90_000)
    expect(kpi('clicks').value).toBe(2_500)
    expect(kpi('conversions').value).toBe(61) // 56 + 5
    expect(kpi('conversionValue').value).toBe(560_000)
    expect(kpi('reach').value).toBe(6_000)
    expect(kpi('followers').value).toBe(2_350) // 1,000 + 50 × 27
    expect(kpi(BOOKINGS.id).value).toBe(80)
    expect(kpi(RATING.id).value).toBe(4.2)
  })

  it('says a metric nobody measured is missing, not zero', () => {
    expect(kpi('leads')).toMatchObject({ value: null, status: 'missing' })
    expect(kpi('leads').previous).toEqual({
      value: null,
      change: { absolute: null, relative: null, direction: 'neutral' },
    })
  })

  it('derives ratios from the month’s sums', () => {
    expect(kpi('ctr').value).toBeCloseTo(2_500 / 90_000, 12) // 2.78 %
    expect(kpi('cpc').value).toBe(64) // 160,000 / 2,500
    expect(kpi('cpm').value).toBeCloseTo(1_777.777_777_8, 6)
    expect(kpi('cpa').value).toBeCloseTo(2_622.950_819_7, 6) // 160,000 / 61
    expect(kpi('conversionRate').value).toBeCloseTo(0.0244, 12) // 61 / 2,500
    expect(kpi('roas').value).toBe(3.5) // 560,000 / 160,000
  })

  it('compares with the previous month', () => {
    const conversions = kpi('conversions').previous
    expect(conversions.value).toBe(75) // March: 70 + 5
    expect(conversions.change.absolute).toBe(-14)
    expect(conversions.change.relative).toBeCloseTo(-0.186_666_67, 8)
    expect(conversions.change.direction).toBe('bad')
    expect(kpi('cpa').previous.value).toBeCloseTo(2_133.333_333, 6)
    expect(kpi('cpa').previous.change.direction).toBe('bad') // a higher cost per conversion
    expect(kpi('ctr').previous.change).toEqual({ absolute: 0, relative: 0, direction: 'neutral' })
    expect(kpi('followers').previous.value).toBe(2_300)
    expect(kpi('followers').previous.change).toMatchObject({ absolute: 50, direction: 'good' })
  })

  it('compares with the same month last year', () => {
    const conversions = kpi('conversions').lastYear
    expect(conversions.value).toBe(65) // April 2025: 60 + 5
    expect(conversions.change.absolute).toBe(-4)
    expect(conversions.change.relative).toBeCloseTo(-0.061_538_46, 8)
    const spend = kpi('spend').lastYear
    expect(spend.value).toBe(150_000)
    expect(spend.change.absolute).toBe(10_000)
    expect(spend.change.relative).toBeCloseTo(1 / 15, 12)
    expect(spend.change.direction).toBe('neutral')
    expect(kpi('clicks').lastYear.value).toBe(2_100)
    expect(kpi('cpc').lastYear.value).toBeCloseTo(71.428_571_43, 6) // 150,000 / 2,100
    expect(kpi('cpc').lastYear.change.direction).toBe('good') // 64 is cheaper
  })

  it('compares with the month’s target, and has none where none was set', () => {
    const target = kpi('conversions').target
    expect(target?.value).toBe(70)
    expect(target?.source).toBe('period')
    expect(target?.change.absolute).toBe(-9)
    expect(target?.change.relative).toBeCloseTo(-0.128_571_43, 8)
    expect(target?.change.direction).toBe('bad')
    expect(kpi('clicks').target).toBeNull()
  })

  it('has a 13-month trend with last year’s values aligned', () => {
    expect(model.series.months[0]).toBe('2025-04')
    expect(model.series.months[12]).toBe('2026-04')
    expect(model.series.lastYearMonths[0]).toBe('2024-04')
    const conversions = model.series.metrics.find((s) => s.key === 'conversions')
    expect(conversions?.values).toEqual([65, 65, 95, 65, 65, 65, 65, 65, 65, 75, 75, 75, 61])
    expect(conversions?.lastYear).toEqual([25, 45, 45, 45, 45, 45, 45, 45, 45, 65, 65, 65, 65])
  })

  it('breaks the month down per channel and per campaign', () => {
    expect(model.channels.map((c) => c.channel)).toEqual(['google-ads', 'organic-social'])
    const googleAds = model.channels[0]?.figures ?? []
    expect(figure(googleAds, 'conversions')).toMatchObject({
      value: 56,
      previous: { value: 70, change: { absolute: -14, relative: -0.2, direction: 'bad' } },
      lastYear: { value: 60 },
      target: null,
    })
    expect(googleAds.some((f) => f.key === BOOKINGS.id)).toBe(false)
    expect(model.campaigns).toHaveLength(1)
    expect(model.campaigns[0]).toMatchObject({ campaignId: SPRING, name: 'Spring', channels: ['google-ads'] })
    const spring = model.campaigns[0]?.figures ?? []
    expect(figure(spring, 'conversions')).toMatchObject({
      value: 28,
      previous: { value: 30 },
      lastYear: { value: 35 },
    })
    expect(figure(spring, 'cpc').value).toBe(50) // 60,000 / 1,200
  })

  it('is a plain object the schema accepts', () => {
    expect(monthlyModelSchema.parse(model)).toEqual(model)
    expect(JSON.parse(JSON.stringify(model))).toEqual(model)
  })
})

describe('monthly model without history', () => {
  it('has no change against months without data — null, not 0 %', () => {
    const first = buildMonthlyModel(input, '2024-01')
    const conversions = first.kpis.find((f) => f.key === 'conversions')
    expect(conversions?.value).toBe(25)
    expect(conversions?.previous).toEqual({
      value: null,
      change: { absolute: null, relative: null, direction: 'neutral' },
    })
    expect(conversions?.lastYear).toEqual({
      value: null,
      change: { absolute: null, relative: null, direction: 'neutral' },
    })
    const coopFirst = buildMonthlyModel(input, '2024-05')
    expect(coopFirst.kpis.find((f) => f.key === 'conversions')?.lastYear.value).toBeNull()
    expect(coopFirst.kpis.find((f) => f.key === 'conversions')?.previous.value).toBe(25)
  })

  it('reports a month with no rows as missing everywhere', () => {
    const empty = buildMonthlyModel(input, '2030-01')
    expect(empty.kpis.every((f) => f.value === null && f.status === 'missing')).toBe(true)
    expect(empty.channels).toEqual([])
  })

  it('rejects a key that is not a month', () => {
    expect(() => buildMonthlyModel(input, '2026-Q1')).toThrow(PeriodKeyError)
  })
})
