import { describe, expect, it } from 'vitest'
import { metricDefinitions } from '../results/metrics'
import {
  breakdownPrimary,
  columnKeys,
  keyMetrics,
  primaryKey,
  tileKeys,
  tileMetrics,
  trendKeys,
  trendMetrics,
  type SelectableFigure,
} from './metric-selection'

const KPI = '00000000-0000-4000-8000-0000000000b1'
const definitions = metricDefinitions([
  { id: KPI, name: 'Bookings', unit: '', higherIsBetter: true, aggregation: 'sum' },
])

const figure = (key: string, value: number | null, previous: number | null = null): SelectableFigure => ({
  key,
  value,
  previous: { value: previous },
  lastYear: { value: null },
})

describe('tileMetrics', () => {
  it('puts the client’s own KPIs first, then the funnel, leaving out what was never measured', () => {
    const figures = [
      figure('spend', 100),
      figure('impressions', 1000),
      figure('reach', null),
      figure('clicks', 10),
      figure('ctr', 0.01),
      figure('conversions', null, 4),
      figure('followers', null),
      figure(KPI, 3),
    ]
    expect(tileMetrics(definitions, figures).map((d) => d.key)).toEqual([
      KPI,
      'spend',
      'impressions',
      'clicks',
      'ctr',
      'conversions',
    ])
  })
})

describe('keyMetrics', () => {
  it('takes the client’s KPIs and then results before costs, at most six', () => {
    const figures = [
      'spend',
      'impressions',
      'clicks',
      'ctr',
      'cpc',
      'conversions',
      'cpa',
      'leads',
      'reach',
    ].map((key) => figure(key, 1))
    expect(keyMetrics(definitions, [...figures, figure(KPI, 2)]).map((d) => d.key)).toEqual([
      KPI,
      'conversions',
      'leads',
      'spend',
      'cpa',
      'clicks',
    ])
  })
})

describe('breakdownPrimary', () => {
  it('compares channels by conversions, or leads or clicks where conversions are not measured', () => {
    expect(breakdownPrimary(definitions, () => true)?.key).toBe('conversions')
    expect(breakdownPrimary(definitions, (key) => key === 'clicks')?.key).toBe('clicks')
    expect(breakdownPrimary(definitions, () => false)).toBeNull()
  })
})

describe('trendMetrics', () => {
  it('takes up to four metrics that have at least two months of values', () => {
    const series = [
      { key: KPI, values: [null, null, 3] },
      { key: 'conversions', values: [1, 2, 3] },
      { key: 'leads', values: [null, 5, 6] },
      { key: 'spend', values: [1, 2, 3] },
      { key: 'cpa', values: [1, null, 3] },
      { key: 'clicks', values: [1, 2, 3] },
    ]
    expect(trendMetrics(definitions, series).map((d) => d.key)).toEqual([
      'conversions',
      'leads',
      'spend',
      'cpa',
    ])
  })
})

describe('the reports’ selection', () => {
  const channel = (values: Record<string, number | null>) => ({
    figures: Object.entries(values).map(([key, value]) => figure(key, value)),
  })

  it('picks the same tiles and charts as the Results tab, as keys', () => {
    const figures = ['spend', 'clicks', 'conversions', 'leads'].map((key) => figure(key, 1))
    expect(tileKeys(definitions, [...figures, figure(KPI, 2)], 3)).toEqual([KPI, 'conversions', 'leads'])
    const series = [
      { key: 'clicks', values: [1, 2] },
      { key: 'spend', values: [1, null] },
    ]
    expect(trendKeys(definitions, series, 4)).toEqual(['clicks'])
  })

  it('shows the breakdown columns some row has a value in, compared by the first result measured', () => {
    const rows = [channel({ spend: 10, clicks: null, leads: 3 }), channel({ spend: 5, clicks: 7 })]
    expect(columnKeys(rows)).toEqual(['spend', 'clicks', 'leads'])
    expect(primaryKey(rows)).toBe('leads')
    expect(primaryKey([channel({ spend: 10 })])).toBeNull()
  })
})
