import { describe, expect, it } from 'vitest'
import { readExport } from '../imports/read'
import {
  guessHeaderIndex,
  guessRole,
  leadingLines,
  mappingFromRoles,
  peekTable,
  rolesFromMapping,
} from './peek'

const encode = (text: string) => new TextEncoder().encode(text)
const KPI = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Store visits',
  unit: '',
  higherIsBetter: true,
  aggregation: 'sum' as const,
}

describe('peeking at a CSV for the mapping step', () => {
  it('finds the header under a title line', () => {
    const peek = peekTable(encode('Monthly report\nMonth;Cost;Clicks;Store visits\n2026-03;12,50;40;3\n'))
    expect(peek.ok).toBe(true)
    if (!peek.ok) return
    expect(peek.delimiter).toBe(';')
    expect(peek.headerIndex).toBe(1)
    expect(peek.records[1]).toEqual(['Month', 'Cost', 'Clicks', 'Store visits'])
  })

  it('says an empty file holds no data', () => {
    expect(peekTable(encode('  \n'))).toEqual({
      ok: false,
      error: { code: 'no-data', reason: 'empty-file', note: null },
    })
  })

  it('picks the first of the widest rows as the header', () => {
    expect(guessHeaderIndex([['Title'], ['a', 'b', 'c'], ['1', '2', '3']])).toBe(1)
  })

  it('suggests roles from common header names and the client’s KPI names', () => {
    expect(guessRole('Month', [])).toEqual({ kind: 'date' })
    expect(guessRole('Cost', [])).toEqual({ kind: 'metric', metric: 'spend' })
    expect(guessRole('Conv. value', [])).toEqual({ kind: 'metric', metric: 'conversionValue' })
    expect(guessRole('Conversions', [])).toEqual({ kind: 'metric', metric: 'conversions' })
    expect(guessRole('Campaign name', [])).toEqual({ kind: 'campaign' })
    expect(guessRole('store visits', [KPI])).toEqual({ kind: 'custom', key: KPI.id })
    expect(guessRole('Notes', [])).toBeNull()
  })

  it('builds a mapping the reader imports with, and gives its roles back for the same headers', () => {
    const headers = ['Month', 'Cost', 'Clicks', 'Store visits', 'Notes']
    const roles = headers.map((header) => guessRole(header, [KPI]))
    const mapping = mappingFromRoles(headers, roles, {
      channel: 'google-ads',
      channelValues: {},
      decimalSeparator: ',',
      dateOrder: 'auto',
    })
    expect(mapping.columns.map((column) => column.header)).toEqual([
      'Month',
      'Cost',
      'Clicks',
      'Store visits',
    ])
    const result = readExport(
      encode('Monthly report\nMonth;Cost;Clicks;Store visits;Notes\n2026-03;12,50;40;3;ok\n'),
      {
        mapping,
        defaultCurrency: 'EUR',
      },
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.export.rows).toEqual([
      {
        row: 3,
        channel: 'google-ads',
        campaignName: null,
        period: { from: '2026-03-01', to: '2026-03-31' },
        currency: 'EUR',
        metrics: { spendMinor: 1250, clicks: 40 },
        custom: { [KPI.id]: 3 },
      },
    ])
    expect(rolesFromMapping(['clicks', 'Other'], mapping)).toEqual([
      { kind: 'metric', metric: 'clicks' },
      null,
    ])
  })

  it('cuts a long text to its first lines for a quick preview', () => {
    expect(leadingLines('a\nb\nc\n', 2)).toBe('a\nb\n')
    expect(leadingLines('a\nb', 5)).toBe('a\nb')
  })
})
