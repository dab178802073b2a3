/**
 * Test fixture (not shipped code): a small client with a four-month baseline and two years of
 * cooperation, in round numbers so every figure of its reports can be worked out by hand.
 *
 * Cooperation starts 2024-05-15; rows run 2024-01 … 2026-04.
 * - google-ads (channel totals):
 *   2024-01…04 (baseline): spend 1,000.00, impressions 50,000, clicks 1,000, conversions 20, value 2,000.00
 *   2024-05…12: 1,200.00, 60,000, 1,500, 40, 4,000.00
 *   2025-01…12: 1,500.00, 80,000, 2,000, 60, 6,000.00 — but 2025-06 has 90 conversions worth
 *   10,000.00 and 2025-11 has 3,000 clicks
 *   2026-01…04: 1,600.00, 80,000, 2,400, 70, 7,000.00 — but 2026-04 has 56 conversions worth 5,600.00
 * - organic-social, every month: impressions 10,000, reach 6,000, clicks 100, conversions 5,
 *   engagements 500, followers 1,000 + 50 per month since 2024-01 (2024-01: 1,000; 2026-04: 2,350)
 * - website: custom KPIs bookings (sum) 30 / 50 / 70 / 80 in the four stretches above, and
 *   rating (average) 4.0 in the baseline, 4.5 after, 4.2 in 2026-04
 * - campaign Spring on google-ads: 2025-03 500.00, 30,000, 900, 30, 3,000.00;
 *   2025-04 500.00, 30,000, 1,000, 35, 3,500.00; 2026-03 and 2026-04 600.00, 32,000, 1,200,
 *   30 and 28, 3,000.00 and 2,800.00
 * - campaign Brand on google-ads: 2025-06 and 2025-07 200.00, 10,000, 300, 20, 2,000.00
 * - targets for conversions: 2026-04 70, 2025-Q2 240, 2025 800, 2025-05 70, 2025-06 80, 2025-07 70
 */
import type { CustomKpi } from '../schemas/client'
import { row, testClient } from './fixture-rows'
import { monthRange } from './months'
import type { ResultRow } from './rows'
import type { ResultTarget } from './targets'

/** The fixture client's id. */
export const CLIENT_ID = '00000000-0000-4000-8000-00000000c11e'
/** Campaign Spring (2025-03…04, 2026-03…04). */
export const SPRING = '00000000-0000-4000-8000-0000000005a1'
/** Campaign Brand (2025-06…07). */
export const BRAND = '00000000-0000-4000-8000-0000000005b2'
/** Custom KPI summed over months. */
export const BOOKINGS: CustomKpi = {
  id: '00000000-0000-4000-8000-0000000000b0',
  name: 'Bookings',
  unit: 'bookings',
  higherIsBetter: true,
  aggregation: 'sum',
}
/** Custom KPI averaged over months. */
export const RATING: CustomKpi = {
  id: '00000000-0000-4000-8000-0000000000a7',
  name: 'Rating',
  unit: '★',
  higherIsBetter: true,
  aggregation: 'average',
}
/** The fixture client: cooperation from 2024-05-15, EUR. */
export const client = testClient(CLIENT_ID, '2024-05-15', [BOOKINGS, RATING])

type Paid = [spend: number, impressions: number, clicks: number, conversions: number, value: number]

function googleAds(month: string): Paid {
  if (month === '2025-06') return [150_000, 80_000, 2_000, 90, 1_000_000]
  if (month === '2025-11') return [150_000, 80_000, 3_000, 60, 600_000]
  if (month === '2026-04') return [160_000, 80_000, 2_400, 56, 560_000]
  if (month <= '2024-04') return [100_000, 50_000, 1_000, 20, 200_000]
  if (month <= '2024-12') return [120_000, 60_000, 1_500, 40, 400_000]
  if (month <= '2025-12') return [150_000, 80_000, 2_000, 60, 600_000]
  return [160_000, 80_000, 2_400, 70, 700_000]
}

function paidRow(
  month: string,
  campaignId: string | null,
  [spend, impressions, clicks, conversions, value]: Paid,
): ResultRow {
  return row(CLIENT_ID, month, 'google-ads', {
    campaignId,
    spendMinor: spend,
    impressions,
    clicks,
    conversions,
    conversionValueMinor: value,
  })
}

const CAMPAIGNS: [string, string, Paid][] = [
  [SPRING, '2025-03', [50_000, 30_000, 900, 30, 300_000]],
  [SPRING, '2025-04', [50_000, 30_000, 1_000, 35, 350_000]],
  [SPRING, '2026-03', [60_000, 32_000, 1_200, 30, 300_000]],
  [SPRING, '2026-04', [60_000, 32_000, 1_200, 28, 280_000]],
  [BRAND, '2025-06', [20_000, 10_000, 300, 20, 200_000]],
  [BRAND, '2025-07', [20_000, 10_000, 300, 20, 200_000]],
]

/** Every row of the fixture client. */
export const rows: ResultRow[] = monthRange('2024-01', '2026-04').flatMap((month, i) => {
  const bookings = month <= '2024-04' ? 30 : month <= '2024-12' ? 50 : month <= '2025-12' ? 70 : 80
  const rating = month <= '2024-04' ? 4 : month === '2026-04' ? 4.2 : 4.5
  return [
    paidRow(month, null, googleAds(month)),
    row(CLIENT_ID, month, 'organic-social', {
      impressions: 10_000,
      reach: 6_000,
      clicks: 100,
      conversions: 5,
      engagements: 500,
      followers: 1_000 + 50 * i,
    }),
    row(CLIENT_ID, month, 'website', { custom: { [BOOKINGS.id]: bookings, [RATING.id]: rating } }),
    ...CAMPAIGNS.filter(([, m]) => m === month).map(([id, , values]) => paidRow(month, id, values)),
  ]
})

const target = (periodKind: ResultTarget['periodKind'], period: string, value: number): ResultTarget => ({
  clientId: CLIENT_ID,
  kpi: 'conversions',
  periodKind,
  period,
  value,
})

/** The fixture client's targets. */
export const targets: ResultTarget[] = [
  target('month', '2026-04', 70),
  target('quarter', '2025-Q2', 240),
  target('year', '2025', 800),
  target('month', '2025-05', 70),
  target('month', '2025-06', 80),
  target('month', '2025-07', 70),
]

/** Campaign names. */
export const campaigns = [
  { id: SPRING, name: 'Spring' },
  { id: BRAND, name: 'Brand' },
]

/** The model input of the fixture. */
export const input = { client, rows, targets, campaigns }
