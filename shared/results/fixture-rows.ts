/** Test helpers: plain metric-month rows and a client for the results tests (not shipped code). */
import type { CustomKpi } from '../schemas/client'
import type { Channel } from '../schemas/enums'
import type { ResultRow, ResultsClient } from './rows'

/** A row with every metric unmeasured unless given. */
export function row(
  clientId: string,
  month: string,
  channel: Channel,
  values: Partial<Omit<ResultRow, 'clientId' | 'month' | 'channel'>> = {},
): ResultRow {
  return {
    clientId,
    month,
    channel,
    campaignId: null,
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
    ...values,
  }
}

/** A client of the tests. */
export function testClient(
  id: string,
  cooperationStart: string,
  customKpis: CustomKpi[] = [],
): ResultsClient {
  return { id, currency: 'EUR', cooperationStart, customKpis }
}
