import { describe, expect, it } from 'vitest'
import { BOOKINGS, input, RATING, SPRING } from './fixture-two-years'
import { annualModelSchema, buildAnnualModel, type AnnualFigure } from './models'
import { monthRange } from './months'
import { PeriodKeyError } from './periods'

function figure(figures: readonly AnnualFigure[], key: string): AnnualFigure {
  const found = figures.find((f) => f.key === key)
  if (!found) throw new Error(`no figure ${key}`)
  return found
}

// Expected numbers are worked out by hand from fixture-two-years.ts.
describe('annual model of the fixture client, calendar 2025', () => {
  const model = buildAnnualModel(input, '2025')
  const kpi = (key: string): AnnualFigure => figure(model.kpis, key)

  it('covers the year, the year before and the baseline months with data', () => {
    expect(model.period.months).toEqual(monthRange('2025-01', '2025-12'))
    expect(model.previous).toEqual({ key: '2024', months: monthRange('2024-01', '2024-12') })
    expect(model.baseline).toEqual({ key: null, months: ['2024-01', '2024-02', '2024-03', '2024-04'] })
  })

  it('compares the year with the previous year', () => {
    // 11 × 60 + 90 + 12 × 5; 2024: 4 × 20 + 8 × 40 + 12 × 5
    expect(kpi('conversions')).toMatchObject({ value: 810, previous: { value: 460 } })
    expect(kpi('conversions').previous.change.relative).toBeCloseTo(350 / 460, 12)
    expect(kpi('spend')).toMatchObject({ value: 1_800_000, previous: { value: 1_360_000 } })
    expect(kpi('clicks')).toMatchObject({ value: 26_200, previous: { value: 17_200 } }) // 11 × 2,000 + 3,000 + 1,200
    expect(kpi('conversionValue').value).toBe(7_600_000)
    expect(kpi('followers')).toMatchObject({ value: 2_150, previous: { value: 1_550 } })
    expect(kpi('ctr').value).toBeCloseTo(26_200 / 1_080_000, 12)
    expect(kpi('ctr').previous.value).toBeCloseTo(0.0215, 12) // 17,200 / 800,000
    expect(kpi('cpa').value).toBeCloseTo(2_222.222_222, 6)
    expect(kpi('cpa').previous.change.direction).toBe('good')
    expect(kpi(BOOKINGS.id)).toMatchObject({ value: 840, previous: { value: 520 } })
  })

  it('compares monthly levels with the pre-cooperation baseline', () => {
    // baseline: 4 months of 25 conversions; the year: 810 / 12 = 67.5 a month
    expect(kpi('conversions').baseline).toEqual({
      value: 25,
      current: 67.5,
      change: { absolute: 42.5, relative: 1.7, direction: 'good' },
    })
    expect(kpi('spend').baseline).toEqual({
      value: 100_000,
      current: 150_000,
      change: { absolute: 50_000, relative: 0.5, direction: 'neutral' },
    })
    expect(kpi('ctr').baseline?.value).toBeCloseTo(4_400 / 240_000, 12)
    expect(kpi('ctr').baseline?.current).toBeCloseTo(26_200 / 1_080_000, 12)
    expect(kpi('cpa').baseline?.value).toBe(4_000) // 400,000 / 100
    expect(kpi('followers').baseline).toMatchObject({ value: 1_150, current: 2_150 })
    expect(kpi(BOOKINGS.id).baseline).toMatchObject({ value: 30, current: 70 })
    expect(kpi(RATING.id).baseline).toMatchObject({ value: 4, current: 4.5, change: { direction: 'good' } })
    expect(kpi('leads')).toMatchObject({
      value: null,
      status: 'missing',
      baseline: { value: null, current: null },
    })
  })

  it('uses the year’s target', () => {
    expect(kpi('conversions').target).toEqual({
      value: 800,
      source: 'period',
      change: { absolute: 10, relative: 0.0125, direction: 'good' },
    })
  })

  it('finds the best month of each metric with a direction, earliest on ties', () => {
    const best = Object.fromEntries(model.bestMonths.map((b) => [b.key, [b.month, b.value]]))
    expect(Object.keys(best)).not.toContain('spend')
    expect(Object.keys(best)).not.toContain('leads')
    expect(best.conversions).toEqual(['2025-06', 95])
    expect(best.conversionValue).toEqual(['2025-06', 1_000_000])
    expect(best.clicks).toEqual(['2025-11', 3_100])
    expect(best.impressions).toEqual(['2025-01', 90_000])
    expect(best.followers).toEqual(['2025-12', 2_150])
    expect(best.cpa?.[0]).toBe('2025-06')
    expect(best.cpa?.[1]).toBeCloseTo(150_000 / 95, 9)
    expect(best.ctr?.[0]).toBe('2025-11')
    expect(best[BOOKINGS.id]).toEqual(['2025-01', 70])
  })

  it('marks records: best months that beat every earlier month', () => {
    const records = Object.fromEntries(model.records.map((r) => [r.key, r]))
    expect(records.conversions).toEqual({
      key: 'conversions',
      month: '2025-06',
      value: 95,
      previousRecord: { month: '2024-05', value: 45 },
    })
    expect(records.clicks).toMatchObject({
      month: '2025-11',
      value: 3_100,
      previousRecord: { month: '2024-05', value: 1_600 },
    })
    expect(records.followers).toMatchObject({
      value: 2_150,
      previousRecord: { month: '2024-12', value: 1_550 },
    })
    expect(records.cpa?.previousRecord.value).toBeCloseTo(120_000 / 45, 9)
    // equal to the best before is no record: reach, engagements, the rating, CPM
    for (const key of ['reach', 'engagements', RATING.id, 'cpm', 'spend'])
      expect(records[key]).toBeUndefined()
  })

  it('lists each channel’s biggest year-over-year improvement, biggest first', () => {
    expect(model.improvements.byChannel).toEqual([
      // conversion value 7,600,000 vs 4,000,000 (+90 %) beats conversions 750 vs 400 (+87.5 %)
      {
        channel: 'google-ads',
        key: 'conversionValue',
        value: 7_600_000,
        previous: 4_000_000,
        change: { absolute: 3_600_000, relative: 0.9, direction: 'good' },
      },
      {
        channel: 'organic-social',
        key: 'followers',
        value: 2_150,
        previous: 1_550,
        change: { absolute: 600, relative: 600 / 1_550, direction: 'good' },
      },
    ])
    // Spring and Brand had no results in 2024
    expect(model.improvements.byCampaign).toEqual([])
  })

  it('breaks the year down per channel, with each channel’s own baseline', () => {
    const googleAds = model.channels.find((c) => c.channel === 'google-ads')?.figures ?? []
    expect(figure(googleAds, 'conversions')).toMatchObject({
      value: 750,
      previous: { value: 400 },
      baseline: { value: 20, current: 62.5 },
      target: null,
    })
    expect(annualModelSchema.parse(model)).toEqual(model)
  })
})

describe('annual model of a cooperation year', () => {
  const model = buildAnnualModel(input, 'coop-Y2')

  it('runs from the anniversary month and compares with the first cooperation year', () => {
    expect(model.period).toMatchObject({ scheme: 'cooperation', months: monthRange('2025-05', '2026-04') })
    expect(model.previous.key).toBe('coop-Y1')
    const conversions = figure(model.kpis, 'conversions')
    // google-ads 7 × 60 + 90 + 3 × 70 + 56 = 776, plus 12 × 5; coop-Y1: 8 × 40 + 4 × 60 + 60
    expect(conversions).toMatchObject({ value: 836, previous: { value: 620 }, target: null })
    expect(conversions.baseline?.current).toBeCloseTo(836 / 12, 12)
    expect(figure(model.kpis, RATING.id).value).toBeCloseTo(4.475, 12) // (11 × 4.5 + 4.2) / 12
  })

  it('finds a campaign’s improvement against its own previous year', () => {
    // Spring: 2,400 clicks in Mar–Apr 2026 against 1,900 in Mar–Apr 2025
    expect(model.improvements.byCampaign).toEqual([
      {
        campaignId: SPRING,
        name: 'Spring',
        key: 'clicks',
        value: 2_400,
        previous: 1_900,
        change: { absolute: 500, relative: 500 / 1_900, direction: 'good' },
      },
    ])
    expect(model.improvements.byChannel.map((i) => [i.channel, i.key])).toEqual([
      ['google-ads', 'conversionValue'], // 7,860,000 vs 5,600,000
      ['organic-social', 'followers'], // 2,350 vs 1,750
    ])
  })

  it('has no records or baseline where there is no history', () => {
    const first = buildAnnualModel(
      { ...input, rows: input.rows.filter((r) => r.month >= '2024-05') },
      'coop-Y1',
    )
    expect(first.records).toEqual([])
    expect(first.baseline.months).toEqual([])
    expect(first.kpis.every((f) => f.baseline === null && f.previous.value === null)).toBe(true)
    expect(() => annualModelSchema.parse(first)).not.toThrow()
  })

  it('rejects keys that are not years', () => {
    expect(() => buildAnnualModel(input, 'coop-Y1-Q1')).toThrow(PeriodKeyError)
  })
})
