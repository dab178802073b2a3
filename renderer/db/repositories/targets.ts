/**
 * Repository of client targets per KPI and period. One live target per client, KPI and period:
 * setting it again edits that record rather than adding a second one the models would have to
 * choose between.
 */
import { targetInputSchema, targetSchema, type Target, type TargetInput } from '@shared/schemas'
import { db } from '../db'
import { nowIso } from '../clock'
import { parseOrThrow } from '../errors'
import { createRepository } from '../repository'

const base = createRepository(db.targets, targetSchema)

/** Reads and writes client targets per KPI and period. */
export const targetsRepository = {
  ...base,
  /** A client's live targets. */
  async listForClient(clientId: string): Promise<Target[]> {
    const targets = await db.targets.where('clientId').equals(clientId).toArray()
    return targets.filter((target) => target.deletedAt === null)
  },

  /** Sets the client's target for a KPI and period (creating it, or editing the one there is). */
  async upsert(input: TargetInput): Promise<Target> {
    const valid = parseOrThrow(targetInputSchema, input)
    return db.transaction('rw', db.targets, async () => {
      const same = await db.targets
        .where('[clientId+periodKind+period]')
        .equals([valid.clientId, valid.periodKind, valid.period])
        .filter((target) => target.deletedAt === null && target.kpi === valid.kpi)
        .toArray()
      const now = nowIso()
      const [current, ...duplicates] = same.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
      for (const duplicate of duplicates)
        await db.targets.put({ ...duplicate, updatedAt: now, deletedAt: now })
      if (current) {
        const next = parseOrThrow(targetSchema, { ...current, ...valid, updatedAt: now })
        await db.targets.put(next)
        return next
      }
      return base.create(valid)
    })
  },
}
