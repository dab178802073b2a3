/**
 * The import plan against stored months: create / update / unchanged, idempotence, corrections,
 * and what is left alone. Expected figures are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import type { MetricMonth } from '../schemas/metric-month'
import { metricMonthSchema } from '../schemas/metric-month'
import type { ImportRow } from './extract'
import { planImport, type ImportPlan, type PlanContext } from './plan'
import { readExport } from './read'

const CLIENT = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f'
const OTHER_CLIENT = '0b5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e0f'
const CAMPAIGN = 'c0ffee00-1234-4abc-9def-0123456789ab'
const NOW = '2026-03-01T09:00:00.000Z'
const context: PlanContext = { clientId: CLIENT, currency: 'EUR' }

/** Writes a plan the way a repository would, into an in-memory table. */
function apply(table: readonly MetricMonth[], plan: ImportPlan): MetricMonth[] {
  const next = table.map((row) => ({ ...row }))
  let counter = 0
  for (const month of plan.months) {
    if (month.action === 'create') {
      counter++
      const id = `00000000-0000-4000-8000-${String(next.length + counter).padStart(12, '0')}`
      next.push(
        metricMonthSchema.parse({ ...month.input, id, createdAt: NOW, updatedAt: NOW, deletedAt: null }),
      )
    } else if (month.action === 'update') {
      const index = next.findIndex((row) => row.id === month.existingId)
      const before = next[index]
      if (!before) throw new Error('update without a stored row')
      next[index] = metricMonthSchema.parse({ ...before, ...month.input, updatedAt: NOW })
    }
  }
  return next
}

function row(overrides: Partial<ImportRow> & Pick<ImportRow, 'row'>): ImportRow {
  return {
    channel: 'google-ads',
    campaignName: 'Brand',
    period: { from: '2026-01-05', to: '2026-01-05' },
    currency: 'EUR',
    metrics: { spendMinor: 1000, impressions: 100, clicks: 10, conversions: 1 },
    custom: {},
    ...overrides,
  }
}

const day = (date: string) => ({ from: date, to: date })

const CSV = [
  'Campaign,Day,Currency code,Cost,Impr.,Clicks,Conversions,Conv. value',
  'Brand,2026-01-30,EUR,10.00,100,10,1.5,20.00',
  'Brand,2026-01-31,EUR,5.50,50,5,0.5,10.00',
  'Brand,2026-02-01,EUR,1.25,10,1,0,0.00',
  'Generic,2026-01-31,EUR,2.00,40,2, --, --',
].join('\n')
const bytes = (text: string) => new TextEncoder().encode(text)
function rowsOf(text: string): ImportRow[] {
  const result = readExport(bytes(text))
  if (!result.ok) throw new Error(result.error.code)
  return result.export.rows
}

describe('planImport', () => {
  it('groups daily rows into months per channel and campaign, with the channel total first', () => {
    const plan = planImport(rowsOf(CSV), [], context)
    expect(
      plan.months.map((month) => [
        month.month,
        month.campaignName,
        month.action,
        month.input.spendMinor,
        month.input.impressions,
        month.input.conversions,
        month.input.conversionValueMinor,
        month.rows,
      ]),
    ).toEqual([
      // January: Brand 1000 + 550, Generic 200 → 1750; conversions 1.5 + 0.5 (Generic " --" is not 0).
      ['2026-01', null, 'create', 1750, 190, 2, 3000, [2, 3, 5]],
      ['2026-01', 'Brand', 'create', 1550, 150, 2, 3000, [2, 3]],
      ['2026-01', 'Generic', 'create', 200, 40, null, null, [5]],
      ['2026-02', null, 'create', 125, 10, 0, 0, [4]],
      ['2026-02', 'Brand', 'create', 125, 10, 0, 0, [4]],
    ])
    expect(plan.counts).toEqual({ create: 5, update: 0, unchanged: 0, rejected: 0 })
    expect(plan.hasChanges).toBe(true)
    // Not measured by this export: stays null, never 0.
    expect(plan.months[0]?.input).toMatchObject({
      reach: null,
      leads: null,
      source: 'import',
      campaignId: null,
    })
    for (const month of plan.months)
      expect(() =>
        metricMonthSchema.parse({
          ...month.input,
          id: CAMPAIGN,
          createdAt: NOW,
          updatedAt: NOW,
          deletedAt: null,
        }),
      ).not.toThrow()
  })

  it('changes nothing when the same file is imported twice', () => {
    const first = planImport(rowsOf(CSV), [], context)
    const stored = apply([], first)
    const second = planImport(rowsOf(CSV), stored, context)
    expect(second.counts).toEqual({ create: 0, update: 0, unchanged: 5, rejected: 0 })
    expect(second.hasChanges).toBe(false)
    expect(apply(stored, second)).toEqual(stored)
  })

  it('updates exactly the months a corrected file covers, saying what changes', () => {
    const stored = apply([], planImport(rowsOf(CSV), [], context))
    // The correction only covers January, and Brand's 31st spent 6.50 rather than 5.50.
    const corrected = CSV.split('\n')
      .filter((line) => !line.includes('2026-02-01'))
      .map((line) => line.replace('Brand,2026-01-31,EUR,5.50', 'Brand,2026-01-31,EUR,6.50'))
      .join('\n')
    const plan = planImport(rowsOf(corrected), stored, context)
    expect(
      plan.months.map((month) => [month.month, month.campaignName, month.action, month.changes]),
    ).toEqual([
      ['2026-01', null, 'update', [{ field: 'spendMinor', before: 1750, after: 1850 }]],
      ['2026-01', 'Brand', 'update', [{ field: 'spendMinor', before: 1550, after: 1650 }]],
      ['2026-01', 'Generic', 'unchanged', []],
    ])
    const after = apply(stored, plan)
    expect(after).toHaveLength(stored.length)
    // February is untouched.
    expect(after.filter((month) => month.month === '2026-02')).toEqual(
      stored.filter((month) => month.month === '2026-02'),
    )
    expect(planImport(rowsOf(corrected), after, context).hasChanges).toBe(false)
  })

  it('keeps stored fields the export does not measure, and other clients and deleted rows out of it', () => {
    const manual = metricMonthSchema.parse({
      id: '11111111-1111-4111-8111-111111111111',
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      clientId: CLIENT,
      month: '2026-01',
      channel: 'google-ads',
      campaignId: null,
      currency: 'EUR',
      spendMinor: 999,
      impressions: 190,
      reach: 77,
      clicks: 17,
      conversions: 2,
      conversionValueMinor: 3000,
      leads: 4,
      followers: null,
      engagements: null,
      custom: { kpi: 3 },
      source: 'manual',
    })
    const deleted = { ...manual, id: '22222222-2222-4222-8222-222222222222', deletedAt: NOW, spendMinor: 1 }
    const foreign = { ...manual, id: '33333333-3333-4333-8333-333333333333', clientId: OTHER_CLIENT }
    const plan = planImport(rowsOf(CSV), [deleted, foreign, manual], context)
    const total = plan.months[0]
    expect(total).toMatchObject({ action: 'update', existingId: manual.id })
    expect(total?.changes).toEqual([{ field: 'spendMinor', before: 999, after: 1750 }])
    // Reach, leads and the custom KPI are not in the export: kept.
    expect(total?.input).toMatchObject({
      reach: 77,
      leads: 4,
      clicks: 17,
      custom: { kpi: 3 },
      source: 'import',
    })
  })

  it('does not add up reach over several rows, but keeps a single row’s', () => {
    const rows = [
      row({ row: 2, campaignName: 'A', metrics: { reach: 100, impressions: 150 } }),
      row({ row: 3, campaignName: 'B', metrics: { reach: 80, impressions: 90 } }),
    ]
    const plan = planImport(rows, [], context)
    expect(
      plan.months.map((month) => [month.campaignName, month.input.reach, month.input.impressions]),
    ).toEqual([
      [null, null, 240],
      ['A', 100, 150],
      ['B', 80, 90],
    ])
  })

  it('rejects rows in another currency or without a month, unless a month is chosen for them', () => {
    const rows = [
      row({ row: 2, currency: 'USD' }),
      row({ row: 3, period: { from: '2026-01-27', to: '2026-02-23' } }),
      row({ row: 4, period: null }),
      row({ row: 5, currency: null }),
    ]
    const plan = planImport(rows, [], context)
    expect(plan.rejected).toEqual([
      { code: 'currency-mismatch', row: 2, currency: 'USD', expected: 'EUR' },
      { code: 'period-spans-months', row: 3, from: '2026-01-27', to: '2026-02-23' },
      { code: 'no-period', row: 4 },
    ])
    expect(plan.warnings).toEqual([{ code: 'currency-assumed', currency: 'EUR' }])
    expect(plan.months.map((month) => month.rows)).toEqual([[5], [5]])

    const booked = planImport(rows, [], { ...context, bookToMonth: '2026-02' })
    expect(booked.rejected.map((issue) => issue.code)).toEqual(['currency-mismatch'])
    expect(booked.months.map((month) => [month.month, month.rows])).toEqual([
      ['2026-01', [5]],
      ['2026-01', [5]],
      ['2026-02', [3, 4]],
      ['2026-02', [3, 4]],
    ])
  })

  it('links campaign rows to Cadence campaigns and matches stored rows by that link', () => {
    const linked = { ...context, campaignIds: { Brand: CAMPAIGN } }
    const plan = planImport([row({ row: 2 })], [], linked)
    expect(plan.months.map((month) => [month.campaignName, month.input.campaignId])).toEqual([
      [null, null],
      ['Brand', CAMPAIGN],
    ])
    const stored = apply([], plan).map((month) => ({ ...month, campaignName: null }))
    // Rows stored before names were kept are found through the link.
    expect(planImport([row({ row: 2 })], stored, linked).counts).toMatchObject({ create: 0, unchanged: 2 })
  })

  it('can write channel totals only', () => {
    const plan = planImport(rowsOf(CSV), [], { ...context, breakdown: false })
    expect(plan.months.map((month) => [month.month, month.campaignName])).toEqual([
      ['2026-01', null],
      ['2026-02', null],
    ])
  })

  it('combines custom KPIs by their aggregation', () => {
    const rows = [
      row({ row: 2, period: day('2026-01-02'), custom: { sum: 1, avg: 10, last: 5 } }),
      row({ row: 3, period: day('2026-01-09'), custom: { sum: 2, avg: 20, last: 7 } }),
      row({ row: 4, period: day('2026-01-05'), custom: { sum: 3, avg: null, last: 6 } }),
    ]
    const plan = planImport(rows, [], { ...context, customAggregation: { avg: 'average', last: 'last' } })
    expect(plan.months[0]?.input.custom).toEqual({ sum: 6, avg: 15, last: 7 })
  })

  it('says when a plan holds nothing to write', () => {
    const plan = planImport([], [], context)
    expect(plan).toEqual({
      months: [],
      rejected: [],
      warnings: [],
      counts: { create: 0, update: 0, unchanged: 0, rejected: 0 },
      hasChanges: false,
    })
  })
})
