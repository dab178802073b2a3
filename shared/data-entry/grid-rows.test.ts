import { describe, expect, it } from 'vitest'
import type { MetricMonth } from '../schemas/metric-month'
import { buildGridRows, rowIdOf, type GridClient } from './grid-rows'

const CLIENT_ID = '0b8f5a52-5a3e-4f4e-9d3e-1f7a2b6c9d01'
const CAMPAIGN = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f'
const client: GridClient = {
  currency: 'EUR',
  cooperationStart: '2026-03-15',
  customKpis: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      name: 'Calls',
      unit: '',
      higherIsBetter: true,
      aggregation: 'sum',
    },
  ],
}

let counter = 0
function row(overrides: Partial<MetricMonth>): MetricMonth {
  counter += 1
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    deletedAt: null,
    clientId: CLIENT_ID,
    month: '2026-04',
    channel: 'meta',
    campaignId: null,
    campaignName: null,
    currency: 'EUR',
    spendMinor: null,
    impressions: null,
    reach: null,
    clicks: null,
    conversions: null,
    conversionValueMinor: null,
    leads: null,
    followers: null,
    engagements: null,
    custom: {},
    source: 'manual',
    ...overrides,
  }
}

const all = () => true
const none = () => false

describe('grid rows', () => {
  it('orders months newest first, channels in channel order, campaigns by name under their channel', () => {
    const rows = [
      row({ month: '2026-03', channel: 'meta' }),
      row({ month: '2026-04', channel: 'meta' }),
      row({ month: '2026-04', channel: 'google-ads' }),
      row({ month: '2026-04', channel: 'meta', campaignName: 'Spring sale' }),
      row({ month: '2026-04', channel: 'meta', campaignName: 'Autumn' }),
    ]
    const grid = buildGridRows({ client, clientId: CLIENT_ID, rows, expanded: all })
    expect(grid.map((r) => [r.key.month, r.key.channel, r.label, r.level, r.firstOfMonth])).toEqual([
      ['2026-04', 'google-ads', null, 'channel', true],
      ['2026-04', 'meta', null, 'channel', false],
      ['2026-04', 'meta', 'Autumn', 'campaign', false],
      ['2026-04', 'meta', 'Spring sale', 'campaign', false],
      ['2026-03', 'meta', null, 'channel', true],
    ])
    expect(grid[1]?.campaignCount).toBe(2)
    expect(grid[2]?.groupId).toBe(grid[1]?.id)
  })

  it('hides a collapsed channel’s campaign rows', () => {
    const rows = [row({}), row({ campaignName: 'Spring sale' })]
    const grid = buildGridRows({ client, clientId: CLIENT_ID, rows, expanded: none })
    expect(grid).toHaveLength(1)
    expect(grid[0]?.campaignCount).toBe(1)
  })

  it('names a linked campaign row by the Cadence campaign', () => {
    const rows = [row({}), row({ campaignId: CAMPAIGN })]
    const grid = buildGridRows({
      client,
      clientId: CLIENT_ID,
      rows,
      expanded: all,
      campaignNames: new Map([[CAMPAIGN, 'Brand search']]),
    })
    expect(grid[1]?.label).toBe('Brand search')
  })

  it('gives a channel with only campaign rows an empty channel row to type its total into', () => {
    const grid = buildGridRows({
      client,
      clientId: CLIENT_ID,
      rows: [row({ campaignName: 'Spring sale', spendMinor: 500 })],
      expanded: all,
    })
    expect(grid.map((r) => [r.level, r.record === null, r.values.spend])).toEqual([
      ['channel', true, null],
      ['campaign', false, 500],
    ])
  })

  it('marks months before the cooperation started as the baseline', () => {
    const grid = buildGridRows({
      client,
      clientId: CLIENT_ID,
      rows: [row({ month: '2026-02' }), row({ month: '2026-03' })],
      expanded: all,
    })
    expect(grid.map((r) => [r.key.month, r.baseline])).toEqual([
      ['2026-03', false],
      ['2026-02', true],
    ])
  })

  it('computes derived metrics from the row’s own values, null where a base is 0 or missing', () => {
    const grid = buildGridRows({
      client,
      clientId: CLIENT_ID,
      rows: [
        row({
          spendMinor: 50_000, // 500.00
          impressions: 200_000,
          clicks: 2_500,
          conversions: 40,
          conversionValueMinor: 200_000, // 2,000.00
        }),
        row({ channel: 'google-ads', spendMinor: 10_000, impressions: 0, clicks: 0, conversions: 0 }),
      ],
      expanded: all,
    })
    const google = grid.find((r) => r.key.channel === 'google-ads')
    const meta = grid.find((r) => r.key.channel === 'meta')
    // By hand: CTR 2500/200000, CPC 50000/2500 = 20 minor, CPM 50000·1000/200000 = 250 minor,
    // CPA 50000/40 = 1250 minor, CR 40/2500, ROAS 200000/50000.
    expect(meta?.derived).toEqual({
      ctr: 0.0125,
      cpc: 20,
      cpm: 250,
      cpa: 1250,
      conversionRate: 0.016,
      roas: 4,
    })
    expect(google?.derived).toEqual({
      ctr: null,
      cpc: null,
      cpm: null,
      cpa: null,
      conversionRate: null,
      roas: null,
    })
  })

  it('carries custom KPI values by their field key', () => {
    const grid = buildGridRows({
      client,
      clientId: CLIENT_ID,
      rows: [row({ channel: 'website', custom: { '11111111-1111-4111-8111-111111111111': 42 } })],
      expanded: all,
    })
    expect(grid[0]?.values['custom:11111111-1111-4111-8111-111111111111']).toBe(42)
  })

  it('shows pending rows the PM added, and a stored row only once', () => {
    const stored = row({ month: '2026-04', channel: 'meta' })
    const grid = buildGridRows({
      client,
      clientId: CLIENT_ID,
      rows: [stored],
      pending: [
        { month: '2026-05', channel: 'tiktok', campaignId: null, campaignName: null },
        { month: '2026-04', channel: 'meta', campaignId: null, campaignName: null },
      ],
      expanded: all,
    })
    expect(grid.map((r) => [r.id, r.record?.id ?? null])).toEqual([
      ['2026-05|tiktok|', null],
      ['2026-04|meta|', stored.id],
    ])
  })

  it('shows the latest of duplicate rows and ignores deleted rows and other clients', () => {
    const older = row({ spendMinor: 100, updatedAt: '2026-11-01T00:00:00.000Z' })
    const newer = row({ spendMinor: 200, updatedAt: '2026-11-02T00:00:00.000Z' })
    const deleted = row({ channel: 'tiktok', deletedAt: '2026-11-03T00:00:00.000Z' })
    const other = row({ channel: 'seo', clientId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' })
    const grid = buildGridRows({
      client,
      clientId: CLIENT_ID,
      rows: [older, newer, deleted, other],
      expanded: all,
    })
    expect(grid.map((r) => r.values.spend)).toEqual([200])
  })

  it('keys rows by month, channel and campaign', () => {
    expect(rowIdOf({ month: '2026-04', channel: 'meta', campaignId: null, campaignName: 'A' })).toBe(
      '2026-04|meta|name:A',
    )
    expect(rowIdOf({ month: '2026-04', channel: 'meta', campaignId: CAMPAIGN, campaignName: null })).toBe(
      `2026-04|meta|${CAMPAIGN}`,
    )
  })
})
