import { describe, expect, it } from 'vitest'
import { formatBytes, looksWiped, summarizeBackup, totalRecords } from './summary'

const row = (id: string, extra: Record<string, unknown> = {}, deleted = false) => ({
  id,
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt: deleted ? '2026-01-02T00:00:00Z' : null,
  ...extra,
})

describe('summarizeBackup', () => {
  it('counts live clients, meetings and result months and spans the months', () => {
    const summary = summarizeBackup(
      {
        clients: [row('a'), row('b'), row('gone', {}, true)],
        meetings: [row('m')],
        metricMonths: [
          row('1', { month: '2025-03' }),
          row('2', { month: '2024-11' }),
          row('3', { month: '2026-01' }),
        ],
        tasks: [],
      },
      { databaseVersion: 2, exportedAt: '2026-11-23T09:00:00Z' },
    )
    expect(summary).toEqual({
      clients: 2,
      meetings: 1,
      metricMonths: 3,
      monthsFrom: '2024-11',
      monthsTo: '2026-01',
      records: 7,
      databaseVersion: 2,
      exportedAt: '2026-11-23T09:00:00Z',
    })
  })

  it('has no month span without results', () => {
    const summary = summarizeBackup({ clients: [] }, { databaseVersion: 1, exportedAt: null })
    expect(summary).toMatchObject({ monthsFrom: null, monthsTo: null, records: 0 })
  })
})

describe('the wiped-database guard', () => {
  it('fires only for an empty database whose marker says it held records', () => {
    expect(totalRecords({ clients: 2, tasks: 3 })).toBe(5)
    expect(looksWiped({ clients: 0 }, { rowCounts: { clients: 12 } })).toBe(true)
    expect(looksWiped({ clients: 0 }, null)).toBe(false)
    expect(looksWiped({ clients: 0 }, { rowCounts: { clients: 0 } })).toBe(false)
    expect(looksWiped({ clients: 1 }, { rowCounts: { clients: 12 } })).toBe(false)
  })
})

describe('formatBytes', () => {
  it('picks a unit and keeps one decimal below ten', () => {
    expect(formatBytes(850, 'en-GB')).toBe('850 byte')
    expect(formatBytes(12_400, 'en-GB')).toBe('12 kB')
    expect(formatBytes(3_400_000, 'en-GB')).toBe('3.4 MB')
    expect(formatBytes(3_400_000, 'fi-FI')).toBe('3,4 Mt')
  })
})
