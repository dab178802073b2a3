import { describe, expect, it } from 'vitest'
import { gridColumns, type EditableColumn } from './columns'
import { backwardWrites, editsFromTexts, forwardWrites } from './edits'
import type { GridRow } from './grid-rows'

const columns = gridColumns([]).filter((column): column is EditableColumn => column.editable)
const spend = columns.find((column) => column.key === 'spend')!
const clicks = columns.find((column) => column.key === 'clicks')!
const key = { month: '2026-04', channel: 'meta' as const, campaignId: null, campaignName: null }
const row: GridRow = {
  id: '2026-04|meta|',
  key,
  level: 'channel',
  groupId: '2026-04|meta|',
  record: null,
  label: null,
  currency: 'EUR',
  values: { spend: 1000, clicks: 5 },
  derived: { ctr: null, cpc: 200, cpm: null, cpa: null, conversionRate: null, roas: null },
  baseline: false,
  firstOfMonth: true,
  campaignCount: 0,
}

describe('cell edits', () => {
  it('turns typed texts into edits with the value before and after, skipping unchanged cells', () => {
    const { edits, invalid } = editsFromTexts(
      [
        { row, column: spend, text: '12,5' },
        { row, column: clicks, text: '5' },
      ],
      ',',
    )
    expect(invalid).toEqual([])
    expect(edits).toEqual([{ row: key, field: 'spendMinor', before: 1000, after: 1250 }])
  })

  it('keeps the text of a cell it cannot read, with the reason', () => {
    const { edits, invalid } = editsFromTexts([{ row, column: clicks, text: 'many' }], '.')
    expect(edits).toEqual([])
    expect(invalid).toEqual([
      { rowId: row.id, columnKey: 'clicks', text: 'many', error: { code: 'not-a-number' } },
    ])
  })

  it('replays a step forwards in order and backwards in reverse with the old values', () => {
    const step = [
      { row: key, field: 'spendMinor' as const, before: 1000, after: 2000 },
      { row: key, field: 'clicks' as const, before: null, after: 7 },
    ]
    expect(forwardWrites(step).map((write) => [write.field, write.value])).toEqual([
      ['spendMinor', 2000],
      ['clicks', 7],
    ])
    expect(backwardWrites(step).map((write) => [write.field, write.value])).toEqual([
      ['clicks', null],
      ['spendMinor', 1000],
    ])
  })
})
