/**
 * Repository of metric months. Grid edits and imports are written here, each in one
 * transaction: a paste or an undo step lands whole or not at all, and an import is all or
 * nothing. The import is planned again inside its transaction from the rows stored at that
 * moment, so what it writes is exactly create/update per the plan and a second import of the
 * same file finds everything unchanged.
 */
import { v4 as uuid } from 'uuid'
import {
  clientSchema,
  metricMonthSchema,
  type Client,
  type MetricMonth,
  type MetricMonthInput,
} from '@shared/schemas'
import { campaignKeyOf, effectiveRows } from '@shared/results/rows'
import { isEmptyRow, writeField, type CellWrite, type GridRowKey } from '@shared/data-entry'
import {
  planImport,
  type ImportMapping,
  type ImportPlan,
  type ImportRow,
  type PlanContext,
} from '@shared/imports'
import { db } from '../db'
import { nowIso } from '../clock'
import { parseOrThrow, RecordNotFoundError } from '../errors'
import { BULK_CHUNK, createRepository } from '../repository'

const base = createRepository(db.metricMonths, metricMonthSchema)

/** What an import needs besides the rows: how to book them, and the mapping to remember. */
export type ImportRequest = {
  clientId: string
  rows: readonly ImportRow[]
  options?: Omit<PlanContext, 'clientId' | 'currency' | 'customAggregation'>
  /** Saved on the client for this source when the import writes. */
  mapping?: { source: string; mapping: ImportMapping }
  /** Rows per bulk write (tests make it small to exercise a failure between chunks). */
  chunkSize?: number
}

function sameKey(row: MetricMonth, key: GridRowKey): boolean {
  return (
    row.month === key.month &&
    row.channel === key.channel &&
    (campaignKeyOf(row) ?? '') === (campaignKeyOf(key) ?? '')
  )
}

function emptyInput(clientId: string, key: GridRowKey, currency: string): MetricMonthInput {
  return {
    clientId,
    month: key.month,
    channel: key.channel,
    campaignId: key.campaignId,
    campaignName: key.campaignId === null ? key.campaignName : null,
    currency,
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
  }
}

async function liveClient(clientId: string): Promise<Client> {
  const client = await db.clients.get(clientId)
  if (!client || client.deletedAt !== null) throw new RecordNotFoundError('clients', clientId)
  return client
}

/** Reads and writes clients' monthly results. */
export const metricMonthsRepository = {
  ...base,
  /** A client's rows for months in [from, to] (YYYY-MM, inclusive). */
  async listForClient(clientId: string, from = '0000-01', to = '9999-12'): Promise<MetricMonth[]> {
    const rows = await db.metricMonths
      .where('[clientId+month]')
      .between([clientId, from], [clientId, to], true, true)
      .toArray()
    return rows.filter((row) => row.deletedAt === null)
  },

  /**
   * Writes grid cells in one transaction. A cell of a row that does not exist yet creates it (in
   * the client's currency, source `manual`); clearing the last value of a row removes the row,
   * so undoing the first value typed into a new row leaves nothing behind.
   */
  async applyCellWrites(clientId: string, writes: readonly CellWrite[]): Promise<void> {
    if (writes.length === 0) return
    await db.transaction('rw', [db.metricMonths, db.clients], async () => {
      const client = await liveClient(clientId)
      const now = nowIso()
      for (const write of writes) {
        const candidates = await db.metricMonths
          .where('[clientId+channel+month]')
          .equals([clientId, write.row.channel, write.row.month])
          .toArray()
        const [current] = effectiveRows(
          candidates.filter((row) => sameKey(row, write.row)),
          clientId,
        ) as MetricMonth[]
        if (!current) {
          if (write.value === null) continue
          const input = writeField(emptyInput(clientId, write.row, client.currency), write.field, write.value)
          await db.metricMonths.add(
            parseOrThrow(metricMonthSchema, {
              ...input,
              id: uuid(),
              createdAt: now,
              updatedAt: now,
              deletedAt: null,
            }),
          )
          continue
        }
        const next = writeField(current, write.field, write.value)
        const emptied = isEmptyRow(next) && !isEmptyRow(current)
        await db.metricMonths.put(
          parseOrThrow(metricMonthSchema, { ...next, updatedAt: now, deletedAt: emptied ? now : null }),
        )
      }
    })
  },

  /** What importing the rows would write for the client now (nothing is written). */
  async planImportFor(request: Omit<ImportRequest, 'mapping' | 'chunkSize'>): Promise<ImportPlan> {
    const client = await liveClient(request.clientId)
    const existing = await metricMonthsRepository.listForClient(request.clientId)
    return planImport(request.rows, existing, contextOf(client, request.options))
  },

  /**
   * Imports rows in one transaction: planned against the stored rows, then created and updated
   * in chunks; any invalid row aborts the whole import, so nothing is half-written. Returns the
   * plan that was applied.
   */
  async applyImport(request: ImportRequest): Promise<ImportPlan> {
    const chunk = request.chunkSize ?? BULK_CHUNK
    return db.transaction('rw', [db.metricMonths, db.clients], async () => {
      const client = await liveClient(request.clientId)
      const stored = await db.metricMonths.where('clientId').equals(request.clientId).toArray()
      const existing = stored.filter((row) => row.deletedAt === null)
      const plan = planImport(request.rows, existing, contextOf(client, request.options))
      if (!plan.hasChanges) return plan
      const now = nowIso()
      const byId = new Map(existing.map((row) => [row.id, row]))
      const writes = plan.months.filter((month) => month.action !== 'unchanged')
      for (let start = 0; start < writes.length; start += chunk) {
        const records = writes.slice(start, start + chunk).map((planned) => {
          const before = planned.existingId ? byId.get(planned.existingId) : undefined
          return parseOrThrow(metricMonthSchema, {
            ...planned.input,
            id: before?.id ?? uuid(),
            createdAt: before?.createdAt ?? now,
            updatedAt: now,
            deletedAt: null,
          })
        })
        await db.metricMonths.bulkPut(records)
      }
      if (request.mapping) {
        const saved = { ...request.mapping, savedAt: now }
        // A client stored before mappings existed may not have the field yet.
        const previous = (client.importMappings as Client['importMappings'] | undefined) ?? []
        const importMappings = [...previous.filter((entry) => entry.source !== saved.source), saved]
        await db.clients.put(parseOrThrow(clientSchema, { ...client, importMappings, updatedAt: now }))
      }
      return plan
    })
  },
}

function contextOf(client: Client, options: ImportRequest['options'] = {}): PlanContext {
  return {
    ...options,
    clientId: client.id,
    currency: client.currency,
    customAggregation: Object.fromEntries(client.customKpis.map((kpi) => [kpi.id, kpi.aggregation])),
  }
}
