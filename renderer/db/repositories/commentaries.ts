/** Repository of report commentaries. */
import { commentarySchema, type Commentary, type PeriodKind } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.commentaries, commentarySchema)

/** Reads and writes the PM's commentary per client and report period. */
export const commentariesRepository = {
  ...base,
  /** The commentary of one client and period, if written. */
  async forPeriod(clientId: string, periodKind: PeriodKind, period: string): Promise<Commentary | undefined> {
    const found = await db.commentaries
      .where('[clientId+periodKind+period]')
      .equals([clientId, periodKind, period])
      .first()
    return found?.deletedAt === null ? found : undefined
  },
}
