import { describe, expect, it } from 'vitest'
import type { CustomKpi } from '../schemas/client'
import { row, testClient } from './fixture-rows'
import { campaignMonth, campaignsIn, channelMonth, channelsIn, clientMonth, indexRows } from './rows'

const C = '00000000-0000-4000-8000-000000000001'
const CAMPAIGN_A = '00000000-0000-4000-8000-0000000000a1'
const CAMPAIGN_B = '00000000-0000-4000-8000-0000000000b1'
const bookings: CustomKpi = {
  id: 'k-bookings',
  name: 'Bookings',
  unit: '',
  higherIsBetter: true,
  aggregation: 'sum',
}
const rating: CustomKpi = {
  id: 'k-rating',
  name: 'Rating',
  unit: '',
  higherIsBetter: true,
  aggregation: 'average',
}
const client = testClient(C, '2025-01-01', [bookings, rating])

describe('indexing rows', () => {
  it('takes a channel total from its total row and never adds its campaign rows to it', () => {
    const index = indexRows(client, [
      row(C, '2026-01', 'google-ads', { spendMinor: 10_000, clicks: 100 }),
      row(C, '2026-01', 'google-ads', { campaignId: CAMPAIGN_A, spendMinor: 6_000, clicks: 70 }),
      row(C, '2026-01', 'meta', { spendMinor: 3_000, clicks: 30, reach: 900 }),
    ])
    expect(clientMonth(index, '2026-01').values).toMatchObject({
      spend: 13_000,
      clicks: 130,
      reach: 900,
      leads: null,
    })
    expect(channelMonth(index, 'google-ads', '2026-01').values).toMatchObject({ spend: 10_000 })
    expect(campaignMonth(index, CAMPAIGN_A, '2026-01').values).toMatchObject({ spend: 6_000, clicks: 70 })
  })

  it('treats an imported row known only by the platform’s campaign name as a campaign, not a total', () => {
    const index = indexRows(client, [
      row(C, '2026-02', 'meta', { spendMinor: 9_000, clicks: 90 }),
      row(C, '2026-02', 'meta', { campaignName: 'Spring sale', spendMinor: 4_000, clicks: 40 }),
      row(C, '2026-02', 'meta', { campaignName: 'Brand', spendMinor: 5_000, clicks: 50 }),
    ])
    expect(channelMonth(index, 'meta', '2026-02').values).toMatchObject({ spend: 9_000, clicks: 90 })
    expect(campaignMonth(index, 'name:Spring sale', '2026-02').values).toMatchObject({ spend: 4_000 })
    expect(campaignsIn(index, ['2026-02']).map((c) => c.id)).toEqual(['name:Brand', 'name:Spring sale'])
  })

  it('sums a channel’s campaign rows when it has no total row', () => {
    const index = indexRows(client, [
      row(C, '2026-01', 'linkedin', { campaignId: CAMPAIGN_A, spendMinor: 1_000, impressions: 500 }),
      row(C, '2026-01', 'linkedin', { campaignId: CAMPAIGN_B, spendMinor: 2_500, impressions: null }),
    ])
    expect(channelMonth(index, 'linkedin', '2026-01').values).toMatchObject({
      spend: 3_500,
      impressions: 500,
    })
    expect(campaignsIn(index, ['2026-01'])).toEqual([
      { id: CAMPAIGN_A, channels: ['linkedin'] },
      { id: CAMPAIGN_B, channels: ['linkedin'] },
    ])
  })

  it('keeps the row updated last of duplicates and ignores deleted rows and other clients', () => {
    const index = indexRows(client, [
      row(C, '2026-01', 'meta', { id: 'a', updatedAt: '2026-02-01T08:00:00Z', clicks: 10 }),
      row(C, '2026-01', 'meta', { id: 'b', updatedAt: '2026-02-03T08:00:00Z', clicks: 12 }),
      row(C, '2026-01', 'meta', {
        id: 'c',
        updatedAt: '2026-02-09T08:00:00Z',
        clicks: 99,
        deletedAt: '2026-02-10T08:00:00Z',
      }),
      row('00000000-0000-4000-8000-000000000002', '2026-01', 'meta', { clicks: 1_000 }),
    ])
    expect(clientMonth(index, '2026-01').values.clicks).toBe(12)
    expect(index.dataMonths).toEqual(['2026-01'])
  })

  it('counts money in another currency as not measured, but keeps its counts', () => {
    const index = indexRows(client, [
      row(C, '2026-01', 'google-ads', { spendMinor: 10_000, clicks: 100 }),
      row(C, '2026-01', 'meta', {
        currency: 'USD',
        spendMinor: 5_000,
        conversionValueMinor: 9_000,
        clicks: 50,
      }),
    ])
    expect(clientMonth(index, '2026-01').values).toMatchObject({
      spend: 10_000,
      conversionValue: null,
      clicks: 150,
    })
  })

  it('adds up sum KPIs and averages average KPIs across the rows of a month', () => {
    const index = indexRows(client, [
      row(C, '2026-01', 'website', { custom: { 'k-bookings': 30, 'k-rating': 4, unknown: 5 } }),
      row(C, '2026-01', 'email', { custom: { 'k-bookings': 12, 'k-rating': 5 } }),
    ])
    const values = clientMonth(index, '2026-01').values
    expect(values['k-bookings']).toBe(42)
    expect(values['k-rating']).toBe(4.5)
    expect(values.unknown).toBeUndefined()
    expect(channelsIn(index, ['2026-01'])).toEqual(['email', 'website'])
  })

  it('has no values for a month without rows', () => {
    const index = indexRows(client, [])
    expect(clientMonth(index, '2026-01').values.spend ?? null).toBeNull()
  })
})
