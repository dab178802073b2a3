/**
 * The real exports in ../shared/fixtures/ad-exports (SOURCES.md lists each one's quirks). They
 * are read from beside the repository at run time and never copied into it (licences unclear).
 * Expected figures were added up by hand from the files, not by the code under test.
 */
// Reading the fixtures needs the file system; the code under test stays free of Node.
// eslint-disable-next-line no-restricted-imports
import { existsSync, readFileSync } from 'node:fs'
// eslint-disable-next-line no-restricted-imports
import { dirname, resolve } from 'node:path'
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describe as describeIssue } from './issues'
import { planImport } from './plan'
import { readExport, type ParsedExport, type ReadResult } from './read'
import { sumMetrics } from './totals'

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/ad-exports')
const present = existsSync(FIXTURES)
if (!present) console.info(`Ad-export fixture tests skipped: ${FIXTURES} is absent.`)

const CLIENT = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f'

function read(name: string): ReadResult {
  return readExport(new Uint8Array(readFileSync(resolve(FIXTURES, name))))
}

function parsed(name: string): ParsedExport {
  const result = read(name)
  if (!result.ok) throw new Error(`${name}: ${describeIssue(result.error)}`)
  return result.export
}

const names = (file: ParsedExport): (string | null)[] => file.rows.map((row) => row.campaignName)
const codes = (file: ParsedExport): string[] =>
  [...file.warnings, ...file.rejected].map((issue) => issue.code)

describe.skipIf(!present)('real ad-platform exports', () => {
  it('Meta campaigns table (EUR): 2 campaigns, currency from the header, a period over two months', () => {
    const file = parsed('meta-ads_campaigns_EUR.csv')
    expect(file.source).toBe('meta')
    expect(file.encoding).toBe('utf-8')
    expect(file.dataRowCount).toBe(2)
    expect(names(file)).toEqual([
      'ISNxChowdeck ad Campaign',
      '[02/04/2026] Promoting https://store.chowdeck.com/mushin/supermarkets/isn-products-nigeria-limitedmushinpcgle7',
    ])
    expect(file.rows.map((row) => row.currency)).toEqual(['EUR', 'EUR'])
    expect(file.rows.map((row) => row.metrics)).toEqual([
      { spendMinor: 3042, impressions: 279002, reach: 175691 },
      { spendMinor: 323, impressions: 18642, reach: 15631 },
    ])
    expect(file.rows[0]?.period).toEqual({ from: '2026-03-11', to: '2026-04-09' })
    expect(file.totals).toEqual([])
    expect(codes(file)).toEqual([])

    const refused = planImport(file.rows, [], { clientId: CLIENT, currency: 'EUR' })
    expect(refused.rejected.map((issue) => issue.code)).toEqual([
      'period-spans-months',
      'period-spans-months',
    ])
    expect(refused.hasChanges).toBe(false)

    const plan = planImport(file.rows, [], { clientId: CLIENT, currency: 'EUR', bookToMonth: '2026-03' })
    const total = plan.months.find((month) => month.campaignName === null)
    expect(total?.input).toMatchObject({
      month: '2026-03',
      channel: 'meta',
      spendMinor: 3365,
      impressions: 297644,
    })
    // Two campaigns' reach is not their sum (people overlap): unknown at channel level.
    expect(total?.input.reach).toBeNull()
    expect(plan.counts).toEqual({ create: 3, update: 0, unchanged: 0, rejected: 0 })
  })

  it('Meta report (INR, BOM): 15 campaigns, the summary row kept aside and matching', () => {
    const file = parsed('meta-ads_report_campaigns_INR_utf8bom_summary-row.csv')
    expect(file.encoding).toBe('utf-8-bom')
    expect(file.dataRowCount).toBe(15)
    expect(file.rows).toHaveLength(15)
    expect(file.totals).toHaveLength(1)
    expect(file.totals[0]).toMatchObject({
      row: 2,
      label: 'summary',
      metrics: { spendMinor: 3324534, impressions: 878306, reach: 635040, clicks: 39581, conversions: 3437 },
    })
    const sums = sumMetrics(file.rows)
    expect(sums).toMatchObject({ spendMinor: 3324534, impressions: 878306, clicks: 39581, conversions: 3437 })
    // The campaigns' reach adds up to more than the account's de-duplicated reach.
    expect(sums.reach).toBe(662973)
    expect(names(file)).toContain('Flash Sales_Sales Campaign_22/05/2025 – Copy')
    expect(names(file)).toContain("Add To Cart_Father's Day_11/06")
    expect(
      file.rows.find((row) => row.campaignName === 'Traffic Campaign_Flash Sale2_05/05/2025')?.metrics,
    ).toEqual({
      spendMinor: 437329,
      impressions: 341618,
      reach: 231898,
      clicks: 10714,
      conversions: null,
    })
    expect(codes(file)).toEqual([])
  })

  it('Meta export with no delivery says it holds no data', () => {
    const result = read('meta-ads_campaigns_USD_no-data.csv')
    expect(result).toEqual({
      ok: false,
      error: { code: 'no-data', reason: 'no-rows', note: 'No data available.' },
    })
  })

  it('Google Ads "Excel .csv" (UTF-16LE, tabs, en-GB): 1 campaign equal to its totals rows', () => {
    const file = parsed('google-ads_campaign-report_en-GB_GBP_utf16le-tab.csv')
    expect(file).toMatchObject({ source: 'google-ads', encoding: 'utf-16le', delimiter: '\t', headerRow: 3 })
    expect(file.reportPeriod).toEqual({ from: '2026-01-27', to: '2026-02-23' })
    expect(file.dataRowCount).toBe(1)
    const expected = {
      spendMinor: 36522,
      impressions: 9380,
      clicks: 264,
      conversions: 25,
      conversionValueMinor: 84123,
    }
    expect(file.rows[0]).toMatchObject({
      campaignName: 'Office Fruit Campaign',
      currency: 'GBP',
      metrics: expected,
    })
    expect(file.totals.map((total) => total.label)).toEqual(['Total: Campaigns', 'Total: Campaign'])
    expect(file.totals[0]?.metrics).toEqual(expected)
    expect(codes(file)).toEqual([])
  })

  it('Google Ads CSV (en-GB): 2 campaigns; totals within the platform rounding; per-type totals skipped', () => {
    const file = parsed('google-ads_campaign-report_en-GB_GBP_utf8-comma.csv')
    expect(file.dataRowCount).toBe(2)
    expect(file.rows.map((row) => row.metrics)).toEqual([
      { spendMinor: 79888, impressions: 31193, clicks: 603, conversions: 49, conversionValueMinor: 128658 },
      { spendMinor: 36522, impressions: 9392, clicks: 264, conversions: 25, conversionValueMinor: 84123 },
    ])
    expect(file.totals.map((total) => total.label)).toEqual([
      'Total: Campaigns',
      'Total: Account',
      'Total: Performance Max',
      'Total: Search',
      'Total: Display',
    ])
    // 798.88 + 365.22 = 1164.10; Google totals unrounded costs to 1164.09.
    expect(file.totals[0]?.metrics).toEqual({
      spendMinor: 116409,
      impressions: 40585,
      clicks: 867,
      conversions: 74,
      conversionValueMinor: 212781,
    })
    expect(sumMetrics(file.rows)).toEqual({
      spendMinor: 116410,
      impressions: 40585,
      clicks: 867,
      conversions: 74,
      conversionValueMinor: 212781,
    })
    expect(codes(file)).toEqual([])
  })

  it('Google Ads CSV with Greek names (EUR): 3 campaigns, all zero', () => {
    const file = parsed('google-ads_campaign-report_en_EUR_greek-names.csv')
    expect(file.reportPeriod).toEqual({ from: '2026-03-27', to: '2026-04-23' })
    expect(names(file)).toEqual(['i-smile.gr', 'dentplant.gr', 'Οδοντικά Εμφυτεύματα Αθήνα'])
    expect(file.rows.every((row) => row.currency === 'EUR')).toBe(true)
    expect(sumMetrics(file.rows)).toEqual({ spendMinor: 0, impressions: 0, clicks: 0, conversions: 0 })
    expect(file.totals[0]?.metrics).toEqual({ spendMinor: 0, impressions: 0, clicks: 0, conversions: 0 })
    expect(codes(file)).toEqual([])
  })

  it('Google Ads pt-BR "Excel .csv" (UTF-16LE, decimal commas): 3 campaigns; a filtered export is flagged', () => {
    const file = parsed('google-ads_campaign-report_pt-BR_BRL_utf16le-tab.csv')
    expect(file).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', decimalSeparator: ',' })
    expect(file.reportPeriod).toEqual({ from: '2021-01-01', to: '2021-01-31' })
    expect(
      file.rows.map((row) => [row.campaignName, row.metrics.spendMinor, row.metrics.conversions]),
    ).toEqual([
      ['Rabit - Mundo todo (sem CPA)', 39547, 1683],
      ['Rabit - Inglês', 80212, 1215],
      ['Rabit - Brasil Sudeste (sem CPA definido)', 45684, 2301],
    ])
    expect(file.totals[0]).toMatchObject({
      label: 'Total: Campanhas filtradas',
      metrics: { spendMinor: 165443, conversions: 5199 },
    })
    expect(file.totals[1]).toMatchObject({
      label: 'Total: Conta',
      account: true,
      metrics: { spendMinor: 789058, conversions: 22404 },
    })
    expect(codes(file)).toEqual(['totals-differ-from-account'])

    // One calendar month: books itself, a total and three campaign rows.
    const plan = planImport(file.rows, [], { clientId: CLIENT, currency: 'BRL' })
    expect(plan.months.map((month) => [month.month, month.campaignName, month.input.spendMinor])).toEqual([
      ['2021-01', null, 165443],
      ['2021-01', 'Rabit - Brasil Sudeste (sem CPA definido)', 45684],
      ['2021-01', 'Rabit - Inglês', 80212],
      ['2021-01', 'Rabit - Mundo todo (sem CPA)', 39547],
    ])
  })

  it('Google Ads pt-BR CSV (commas and decimal commas): 3 campaigns equal to "Total: Campanhas"', () => {
    const file = parsed('google-ads_campaign-report_pt-BR_BRL_utf8-comma.csv')
    expect(file).toMatchObject({ delimiter: ',', decimalSeparator: ',' })
    expect(file.reportPeriod).toEqual({ from: '2026-05-05', to: '2026-05-15' })
    expect(names(file)).toEqual([
      '[SEARCH][06.05.26]-ESCORPIÃO',
      '[SEARCH][06.05.26]-REGIÃO',
      '[SEARCH][06.05.26]-BARATAS',
    ])
    expect(sumMetrics(file.rows)).toEqual({
      spendMinor: 11899,
      impressions: 519,
      clicks: 34,
      conversions: 14,
    })
    expect(file.totals[0]?.metrics).toEqual({
      spendMinor: 11899,
      impressions: 519,
      clicks: 34,
      conversions: 14,
    })
    expect(codes(file)).toEqual([])
  })

  it('GA4 events report: 21 event rows under the # preamble, no trailing newline', () => {
    const file = parsed('ga4_events-event-name.csv')
    expect(file).toMatchObject({ source: 'ga4', channel: 'website', headerRow: 10 })
    expect(file.reportPeriod).toEqual({ from: '2025-10-15', to: '2026-01-12' })
    expect(file.dataRowCount).toBe(21)
    expect(file.rows[0]).toMatchObject({
      campaignName: 'page_view',
      metrics: { reach: 14950, conversionValueMinor: 0 },
    })
    expect(file.rows[20]).toMatchObject({ row: 31, campaignName: 'hs_accordion', metrics: { reach: 1 } })
    expect(codes(file)).toEqual([])
  })

  it('GA4 user acquisition (CRLF): 8 channel groups, 24 key events, 2140 users', () => {
    const file = parsed('ga4_user-acquisition_first-user-channel-group.csv')
    expect(names(file)).toEqual([
      'Direct',
      'Paid Social',
      'Organic Social',
      'Organic Search',
      'Paid Other',
      'Unassigned',
      'Cross-network',
      'Referral',
    ])
    expect(sumMetrics(file.rows)).toEqual({ reach: 2140, conversions: 24 })
    const plan = planImport(file.rows, [], { clientId: CLIENT, currency: 'EUR', bookToMonth: '2025-08' })
    expect(plan.months[0]?.input).toMatchObject({
      channel: 'website',
      campaignName: null,
      conversions: 24,
      reach: null,
    })
    expect(plan.warnings.map((warning) => warning.code)).toEqual(['currency-assumed'])
  })

  it('Microsoft Advertising report download: preamble, hourly US date, copyright footer', () => {
    const file = parsed('microsoft-ads_campaign-performance-report_api-download.csv')
    expect(file).toMatchObject({
      source: 'microsoft-ads',
      encoding: 'utf-8-bom',
      headerRow: 11,
      dateOrder: 'mdy',
    })
    expect(file.dataRowCount).toBe(1)
    expect(file.rows).toEqual([
      {
        row: 12,
        channel: 'microsoft-ads',
        campaignName: 'Look at my terrible website!',
        period: { from: '2019-01-23', to: '2019-01-23' },
        currency: null,
        metrics: { spendMinor: 6035, impressions: 734, clicks: 386 },
        custom: {},
      },
    ])
    const plan = planImport(file.rows, [], { clientId: CLIENT, currency: 'USD' })
    expect(plan.months.map((month) => [month.month, month.campaignName, month.action])).toEqual([
      ['2019-01', null, 'create'],
      ['2019-01', 'Look at my terrible website!', 'create'],
    ])
  })

  it('LinkedIn export with only its preamble says it holds no data', () => {
    const result = read('linkedin-ads_ad-performance-report_utf16le_preamble-only.csv')
    expect(result).toEqual({ ok: false, error: { code: 'no-data', reason: 'preamble-only', note: null } })
  })

  it('every fixture is covered above', () => {
    const listed = readFileSync(resolve(FIXTURES, 'SOURCES.md'), 'utf8').match(/^### \d+\. `([^`]+)`/gm) ?? []
    expect(listed).toHaveLength(12)
  })
})
