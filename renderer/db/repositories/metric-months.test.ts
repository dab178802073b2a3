import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readExport, type ImportRow } from '@shared/imports'
import {
  backwardWrites,
  forwardWrites,
  mappingFromRoles,
  savedMappingFor,
  type CellEdit,
  type GridRowKey,
} from '@shared/data-entry'
import { db } from '../db'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'
import { metricMonthsRepository } from './metric-months'

let restoreClock: () => void
let clientId: string
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)))
  clientId = (await clientsRepository.create(clientInput({ currency: 'EUR' }))).id
})
afterEach(() => restoreClock())

const META_APRIL: GridRowKey = { month: '2026-04', channel: 'meta', campaignId: null, campaignName: null }

describe('grid cell writes', () => {
  it('creates a row for the first value typed into it, in the client’s currency', async () => {
    await metricMonthsRepository.applyCellWrites(clientId, [
      { row: META_APRIL, field: 'spendMinor', value: 12_345 },
    ])
    const [row] = await metricMonthsRepository.listForClient(clientId)
    expect(row).toMatchObject({
      month: '2026-04',
      channel: 'meta',
      campaignId: null,
      currency: 'EUR',
      spendMinor: 12_345,
      impressions: null,
      source: 'manual',
    })
  })

  it('edits the stored row and writes custom KPIs by id', async () => {
    await metricMonthsRepository.applyCellWrites(clientId, [{ row: META_APRIL, field: 'clicks', value: 10 }])
    await metricMonthsRepository.applyCellWrites(clientId, [
      { row: META_APRIL, field: 'clicks', value: 12 },
      { row: META_APRIL, field: 'custom:11111111-1111-4111-8111-111111111111', value: 3.5 },
    ])
    const rows = await metricMonthsRepository.listForClient(clientId)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ clicks: 12, custom: { '11111111-1111-4111-8111-111111111111': 3.5 } })
  })

  it('keeps campaign rows apart from the channel total', async () => {
    const campaign: GridRowKey = { ...META_APRIL, campaignName: 'Spring sale' }
    await metricMonthsRepository.applyCellWrites(clientId, [
      { row: META_APRIL, field: 'clicks', value: 100 },
      { row: campaign, field: 'clicks', value: 40 },
    ])
    const rows = await metricMonthsRepository.listForClient(clientId)
    const byName = Object.fromEntries(rows.map((row) => [row.campaignName ?? 'total', row.clicks]))
    expect(byName).toEqual({ total: 100, 'Spring sale': 40 })
  })

  it('removes a row when its last value is cleared, so undoing a new row leaves nothing', async () => {
    const step: CellEdit[] = [{ row: META_APRIL, field: 'impressions', before: null, after: 5000 }]
    await metricMonthsRepository.applyCellWrites(clientId, forwardWrites(step))
    expect(await metricMonthsRepository.listForClient(clientId)).toHaveLength(1)
    await metricMonthsRepository.applyCellWrites(clientId, backwardWrites(step))
    expect(await metricMonthsRepository.listForClient(clientId)).toHaveLength(0)
    await metricMonthsRepository.applyCellWrites(clientId, forwardWrites(step))
    expect((await metricMonthsRepository.listForClient(clientId))[0]?.impressions).toBe(5000)
  })

  it('undo and redo of a paste restore every cell', async () => {
    await metricMonthsRepository.applyCellWrites(clientId, [{ row: META_APRIL, field: 'clicks', value: 1 }])
    const step: CellEdit[] = [
      { row: META_APRIL, field: 'clicks', before: 1, after: 2 },
      { row: META_APRIL, field: 'impressions', before: null, after: 300 },
    ]
    await metricMonthsRepository.applyCellWrites(clientId, forwardWrites(step))
    await metricMonthsRepository.applyCellWrites(clientId, backwardWrites(step))
    expect((await metricMonthsRepository.listForClient(clientId))[0]).toMatchObject({
      clicks: 1,
      impressions: null,
    })
  })

  it('writes a block all or nothing: an invalid value refuses the whole paste', async () => {
    const error = await metricMonthsRepository
      .applyCellWrites(clientId, [
        { row: META_APRIL, field: 'clicks', value: 5 },
        { row: { ...META_APRIL, month: '2026-05' }, field: 'clicks', value: -1 },
      ])
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect(await db.metricMonths.count()).toBe(0)
  })
})

const MAPPING = mappingFromRoles(
  ['Month', 'Campaign', 'Cost', 'Clicks'],
  [
    { kind: 'date' },
    { kind: 'campaign' },
    { kind: 'metric', metric: 'spend' },
    { kind: 'metric', metric: 'clicks' },
  ],
  { channel: 'google-ads', channelValues: {}, decimalSeparator: '.', dateOrder: 'auto' },
)

function rowsOf(csv: string): ImportRow[] {
  const result = readExport(new TextEncoder().encode(csv), { mapping: MAPPING, defaultCurrency: 'EUR' })
  if (!result.ok) throw new Error(result.error.code)
  return result.export.rows
}

const FILE =
  'Month,Campaign,Cost,Clicks\n2026-03,Brand,100.00,40\n2026-03,Generic,50.00,10\n2026-04,Brand,120.00,44\n'

describe('imports', () => {
  it('writes the planned months in one go and saves the mapping for the source', async () => {
    const plan = await metricMonthsRepository.applyImport({
      clientId,
      rows: rowsOf(FILE),
      mapping: { source: 'generic', mapping: MAPPING },
    })
    expect(plan.counts).toEqual({ create: 5, update: 0, unchanged: 0, rejected: 0 })
    const rows = await metricMonthsRepository.listForClient(clientId)
    const march = rows.find((row) => row.month === '2026-03' && !row.campaignName)
    expect(march).toMatchObject({ channel: 'google-ads', spendMinor: 15_000, clicks: 50, source: 'import' })
    expect(rows).toHaveLength(5)
    const client = await clientsRepository.get(clientId)
    expect(savedMappingFor(client!, 'generic')).toEqual(MAPPING)
    expect(client?.importMappings[0]?.savedAt).toMatch(/^2026-11-22T09:00/)
  })

  it('importing the same file twice changes nothing', async () => {
    await metricMonthsRepository.applyImport({ clientId, rows: rowsOf(FILE) })
    const before = await db.metricMonths.toArray()
    const preview = await metricMonthsRepository.planImportFor({ clientId, rows: rowsOf(FILE) })
    expect(preview.hasChanges).toBe(false)
    const again = await metricMonthsRepository.applyImport({ clientId, rows: rowsOf(FILE) })
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 5, rejected: 0 })
    expect(await db.metricMonths.toArray()).toEqual(before)
  })

  it('a corrected file updates only the months it covers', async () => {
    await metricMonthsRepository.applyImport({ clientId, rows: rowsOf(FILE) })
    const march = (await db.metricMonths.toArray()).filter((row) => row.month === '2026-03')
    const corrected = 'Month,Campaign,Cost,Clicks\n2026-04,Brand,125.50,44\n'
    const plan = await metricMonthsRepository.applyImport({ clientId, rows: rowsOf(corrected) })
    expect(plan.counts).toMatchObject({ create: 0, update: 2, unchanged: 0 })
    expect(plan.months.flatMap((month) => month.changes)).toEqual([
      { field: 'spendMinor', before: 12_000, after: 12_550 },
      { field: 'spendMinor', before: 12_000, after: 12_550 },
    ])
    expect((await db.metricMonths.toArray()).filter((row) => row.month === '2026-03')).toEqual(march)
    const april = await metricMonthsRepository.listForClient(clientId, '2026-04', '2026-04')
    expect(april.map((row) => row.spendMinor)).toEqual([12_550, 12_550])
  })

  it('a row failing mid-way writes nothing, not even the chunks before it or the mapping', async () => {
    const rows: ImportRow[] = ['2026-01', '2026-02', '2026-03'].map((month, index) => ({
      row: index + 2,
      channel: 'google-ads',
      campaignName: null,
      period: { from: `${month}-01`, to: `${month}-28` },
      currency: 'EUR',
      // A negative count cannot be stored: the schema refuses February's row.
      metrics: { clicks: month === '2026-02' ? -3 : 10 },
      custom: {},
    }))
    const error = await metricMonthsRepository
      .applyImport({ clientId, rows, chunkSize: 1, mapping: { source: 'generic', mapping: MAPPING } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect(await db.metricMonths.count()).toBe(0)
    expect((await clientsRepository.get(clientId))?.importMappings).toEqual([])
  })

  it('rejects rows spanning months unless they are booked to one month', async () => {
    const span: ImportRow = {
      row: 2,
      channel: 'meta',
      campaignName: 'Spring',
      period: { from: '2026-03-11', to: '2026-04-09' },
      currency: 'EUR',
      metrics: { spendMinor: 3042 },
      custom: {},
    }
    const refused = await metricMonthsRepository.applyImport({ clientId, rows: [span] })
    expect(refused.rejected.map((issue) => issue.code)).toEqual(['period-spans-months'])
    expect(await db.metricMonths.count()).toBe(0)
    const booked = await metricMonthsRepository.applyImport({
      clientId,
      rows: [span],
      options: { bookToMonth: '2026-03' },
    })
    expect(booked.counts.create).toBe(2)
    expect(
      (await metricMonthsRepository.listForClient(clientId)).every((row) => row.month === '2026-03'),
    ).toBe(true)
  })

  it('keeps one saved mapping per source, the latest', async () => {
    await metricMonthsRepository.applyImport({
      clientId,
      rows: rowsOf(FILE),
      mapping: { source: 'generic', mapping: MAPPING },
    })
    const changed = { ...MAPPING, decimalSeparator: ',' as const }
    await metricMonthsRepository.applyImport({
      clientId,
      rows: rowsOf('Month,Campaign,Cost,Clicks\n2026-05,Brand,1.00,1\n'),
      mapping: { source: 'generic', mapping: changed },
    })
    const client = await clientsRepository.get(clientId)
    expect(client?.importMappings.map((entry) => entry.mapping.decimalSeparator)).toEqual([','])
  })
})
