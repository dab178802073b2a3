import { describe, expect, it } from 'vitest'
import { nextPeriod, parseTargetText, periodChoices, targetKpis } from './targets'

const KPI = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'NPS',
  unit: 'pts',
  higherIsBetter: true,
  aggregation: 'average' as const,
}

describe('targets', () => {
  it('offers standard, derived and custom KPIs', () => {
    const kpis = targetKpis([KPI])
    expect(kpis.map((kpi) => kpi.key)).toEqual([
      'spend',
      'impressions',
      'reach',
      'clicks',
      'conversions',
      'conversionValue',
      'leads',
      'followers',
      'engagements',
      'ctr',
      'cpc',
      'cpm',
      'cpa',
      'conversionRate',
      'roas',
      KPI.id,
    ])
    expect(kpis.find((kpi) => kpi.key === KPI.id)).toMatchObject({
      label: 'NPS',
      unit: 'pts',
      kind: 'number',
    })
  })

  it('starts a new target on the next month, quarter or year', () => {
    expect(nextPeriod('month', '2026-12')).toBe('2027-01')
    expect(nextPeriod('quarter', '2026-10')).toBe('2027-Q1')
    expect(nextPeriod('quarter', '2026-11')).toBe('2027-Q1')
    expect(nextPeriod('quarter', '2026-12')).toBe('2027-Q1')
    expect(nextPeriod('quarter', '2026-05')).toBe('2026-Q3')
    expect(nextPeriod('year', '2026-11')).toBe('2027')
  })

  it('lists periods around the month, newest first', () => {
    expect(periodChoices('year', '2026-11')).toEqual(['2027', '2026', '2025', '2024'])
    expect(periodChoices('quarter', '2026-11').slice(0, 5)).toEqual([
      '2027-Q4',
      '2027-Q3',
      '2027-Q2',
      '2027-Q1',
      '2026-Q4',
    ])
    const months = periodChoices('month', '2026-11')
    expect(months[0]).toBe('2027-11')
    expect(months.at(-1)).toBe('2024-11')
  })

  it('reads money in minor units, percentages as fractions and counts as typed', () => {
    const kpis = targetKpis([KPI])
    const byKey = (key: string) => kpis.find((kpi) => kpi.key === key)!
    const fi = { decimal: ',' as const, currency: 'EUR' }
    expect(parseTargetText('1 500,50', byKey('spend'), fi)).toEqual({ ok: true, value: 150050 })
    expect(parseTargetText('2,5 %', byKey('ctr'), fi)).toEqual({ ok: true, value: 0.025 })
    expect(parseTargetText('2,5', byKey('conversionRate'), fi)).toEqual({ ok: true, value: 0.025 })
    expect(parseTargetText('4', byKey('roas'), fi)).toEqual({ ok: true, value: 4 })
    expect(parseTargetText('120', byKey('leads'), fi)).toEqual({ ok: true, value: 120 })
    expect(parseTargetText('-2', byKey(KPI.id), fi)).toEqual({ ok: true, value: -2 })
    expect(parseTargetText('-2', byKey('ctr'), fi)).toEqual({ ok: false, error: { code: 'negative' } })
    expect(parseTargetText('lots', byKey('leads'), fi)).toEqual({
      ok: false,
      error: { code: 'not-a-number' },
    })
  })
})
