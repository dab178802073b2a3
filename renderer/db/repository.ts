/**
 * The generic repository every entity module builds on. Policy: every write is validated by
 * the entity's zod schema and runs in a transaction, so a bad record never half-writes; delete
 * is soft (`deletedAt`), so backups merge and a later sync can replicate the deletion.
 */
import type { Table } from 'dexie'
import { v4 as uuid } from 'uuid'
import type { z } from 'zod'
import type { RecordBase } from '@shared/schemas'
import { db } from './db'
import { RecordNotFoundError, parseOrThrow } from './errors'
import { nowIso } from './clock'

/** Rows per chunk of a bulk write: big enough to be fast, small enough to keep memory flat. */
export const BULK_CHUNK = 1000

/** A record without the fields the repository owns. */
export type NewRecord<T extends RecordBase> = Omit<T, keyof RecordBase>

/**
 * The fields to change, or a function of the record as stored when the write runs. A screen
 * editing a list passes a function: its edit applies to the stored list, not to the list it last
 * rendered, so two quick edits (made before the live query re-rendered) never overwrite each other.
 */
export type Patch<T extends RecordBase> = Partial<NewRecord<T>> | ((stored: T) => Partial<NewRecord<T>>)

/** The operations shared by every entity's repository. */
export type Repository<T extends RecordBase> = {
  readonly table: Table<T, string>
  get(id: string): Promise<T | undefined>
  list(): Promise<T[]>
  create(input: NewRecord<T>): Promise<T>
  update(id: string, patch: Patch<T>): Promise<T>
  remove(id: string): Promise<void>
  bulkPut(records: T[]): Promise<void>
}

/** Creates the repository of one table, validating with the record schema. */
export function createRepository<T extends RecordBase>(
  table: Table<T, string>,
  schema: z.ZodType<T>,
): Repository<T> {
  const live = (record: T | undefined): T | undefined =>
    record && record.deletedAt === null ? record : undefined

  return {
    table,
    async get(id) {
      return live(await table.get(id))
    },
    async list() {
      return table.filter((record) => record.deletedAt === null).toArray()
    },
    async create(input) {
      const now = nowIso()
      const record = parseOrThrow(schema, {
        ...input,
        id: uuid(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })
      await db.transaction('rw', table, () => table.add(record))
      return record
    },
    async update(id, patch) {
      return db.transaction('rw', table, async () => {
        const current = live(await table.get(id))
        if (!current) throw new RecordNotFoundError(table.name, id)
        const next = parseOrThrow(schema, {
          ...current,
          ...(typeof patch === 'function' ? patch(current) : patch),
          id,
          createdAt: current.createdAt,
          updatedAt: nowIso(),
          deletedAt: null,
        })
        await table.put(next)
        return next
      })
    },
    async remove(id) {
      await db.transaction('rw', table, async () => {
        const current = live(await table.get(id))
        if (!current) throw new RecordNotFoundError(table.name, id)
        const now = nowIso()
        await table.put({ ...current, updatedAt: now, deletedAt: now })
      })
    },
    async bulkPut(records) {
      const valid = records.map((record) => parseOrThrow(schema, record))
      await db.transaction('rw', table, async () => {
        for (let start = 0; start < valid.length; start += BULK_CHUNK) {
          await table.bulkPut(valid.slice(start, start + BULK_CHUNK))
        }
      })
    },
  }
}
