/**
 * Platform recognition on header rows beyond the real fixtures: layouts with a date column,
 * localized (pt-BR) Meta headers, LinkedIn's campaign export columns, GA4 with a date dimension.
 */
import { describe, expect, it } from 'vitest'
import { describe as describeIssue, type ImportIssue } from './issues'
import { bestPreset } from './presets'
import { readExport, type ParsedExport } from './read'

const read = (text: string, defaultCurrency?: string): ParsedExport => {
  const result = readExport(new TextEncoder().encode(text), defaultCurrency ? { defaultCurrency } : {})
  if (!result.ok) throw new Error(describeIssue(result.error))
  return result.export
}

describe('presets', () => {
  it('reads a Meta export with Portuguese headers and the currency in the spend header', () => {
    const file = read(
      [
        '"Nome da campanha","Início dos relatórios","Término dos relatórios","Valor usado (BRL)",Impressões,Alcance',
        '"Verão",2026-01-01,2026-01-31,"1.234,56",1000,800',
      ].join('\n'),
    )
    expect(file.source).toBe('meta')
    expect(file.rows[0]).toMatchObject({
      campaignName: 'Verão',
      currency: 'BRL',
      period: { from: '2026-01-01', to: '2026-01-31' },
      metrics: { spendMinor: 123456, impressions: 1000, reach: 800 },
    })
  })

  it('reads LinkedIn campaign export columns', () => {
    const file = read(
      [
        '"Start Date (in UTC)","Account Name","Campaign Group Name","Campaign Name","Campaign ID","Currency","Total Spent","Impressions","Clicks","Leads","Conversions","Total Engagements"',
        '"1/31/2026","Acme","Always on","Lead gen Q1","123","EUR","250.40","12000","150","9","4","310"',
      ].join('\n'),
    )
    expect(file.source).toBe('linkedin')
    expect(file.rows[0]).toMatchObject({
      channel: 'linkedin',
      campaignName: 'Lead gen Q1',
      period: { from: '2026-01-31', to: '2026-01-31' },
      currency: 'EUR',
      metrics: {
        spendMinor: 25040,
        impressions: 12000,
        clicks: 150,
        leads: 9,
        conversions: 4,
        engagements: 310,
      },
    })
  })

  it('reads a GA4 report by date, taking the currency from the client', () => {
    const file = read(
      '# Start date: 20260101\n# End date: 20260131\nDate,Total users,Key events,Total revenue\n20260101,10,1,12.5\n20260102,20,2,0\n',
      'EUR',
    )
    expect(file.source).toBe('ga4')
    expect(file.rows.map((row) => [row.period?.from, row.campaignName, row.metrics])).toEqual([
      ['2026-01-01', null, { reach: 10, conversions: 1, conversionValueMinor: 1250 }],
      ['2026-01-02', null, { reach: 20, conversions: 2, conversionValueMinor: 0 }],
    ])
    expect(file.warnings).toEqual([{ code: 'currency-assumed', currency: 'EUR' }])
  })

  it('reads a Microsoft Advertising UI-style export with a monthly column', () => {
    const file = read(
      'Month,Campaign name,Impr.,Clicks,Spend,Conversions,Revenue\nJan 2026,Search,100,10,5.00,1,20.00\n',
    )
    expect(file.source).toBe('microsoft-ads')
    expect(file.rows[0]).toMatchObject({
      period: { from: '2026-01-01', to: '2026-01-31' },
      metrics: { spendMinor: 500, impressions: 100, clicks: 10, conversions: 1, conversionValueMinor: 2000 },
    })
  })

  it('reads a Google Ads export segmented by day', () => {
    const file = read(
      'Campaign report\nAll time\nDay,Campaign,Currency code,Cost,Impr.,Clicks\n2026-01-05,Brand,EUR,1.00,10,1\n',
    )
    expect(file.source).toBe('google-ads')
    expect(file.rows[0]?.period).toEqual({ from: '2026-01-05', to: '2026-01-05' })
  })

  it('recognises no platform in an unrelated header', () => {
    expect(bestPreset(['Name', 'Email', 'Phone'])).toBeNull()
    expect(bestPreset(['Campaign', 'Notes'])).toBeNull()
  })
})

describe('describe', () => {
  it('has English text for every code', () => {
    const issues: ImportIssue[] = [
      { code: 'no-data', reason: 'empty-file', note: null },
      { code: 'no-data', reason: 'no-rows', note: 'No data available.' },
      { code: 'binary-file', kind: 'xlsx-or-zip' },
      { code: 'undecodable', encoding: 'utf-8', byteOffset: 5 },
      { code: 'truncated', row: null },
      { code: 'truncated', row: 3 },
      { code: 'unterminated-quote', row: 3 },
      { code: 'header-not-found' },
      { code: 'mapping-incomplete', missing: 'metric' },
      { code: 'mapping-incomplete', missing: 'channel' },
      { code: 'mapping-column-missing', header: 'Cost' },
      { code: 'date-order-ambiguous', column: 'Date', example: '01/02/2026' },
      { code: 'formula-injection', row: 12, column: 'Campaign', text: '=HYPERLINK(…)' },
      { code: 'row-incomplete', row: 2, column: 'Cost' },
      { code: 'text-too-long', row: 2, column: 'Campaign', length: 900, max: 499 },
      { code: 'invalid-number', row: 2, column: 'Cost', text: 'abc' },
      { code: 'negative-value', row: 2, column: 'Cost', text: '-1' },
      { code: 'invalid-date', row: 2, column: 'Day', text: 'x' },
      { code: 'no-period', row: 2 },
      { code: 'period-spans-months', row: 2, from: '2026-01-27', to: '2026-02-23' },
      { code: 'currency-mismatch', row: 2, currency: 'USD', expected: 'EUR' },
      { code: 'unknown-channel', row: 2, text: 'Fax' },
      { code: 'duplicate-row', row: 3, sameAs: 2 },
      { code: 'formula-neutralised', row: 2, column: 'Campaign', text: '-20% Sale' },
      { code: 'totals-mismatch', metric: 'spendMinor', totalsRow: 9, expected: 10, actual: 12 },
      { code: 'totals-differ-from-account', totalsRow: 7, accountRow: 8, metric: 'spendMinor' },
      { code: 'currency-assumed', currency: 'EUR' },
      { code: 'decoded-as', encoding: 'windows-1252' },
    ]
    for (const issue of issues) expect(describeIssue(issue)).toMatch(/^[A-Z].{10,}[.)]$/)
    expect(
      describeIssue({ code: 'formula-injection', row: 12, column: 'Campaign', text: '=HYPERLINK(…)' }),
    ).toBe('Row 12: "Campaign" holds a spreadsheet formula (=HYPERLINK(…)); row rejected.')
  })
})
