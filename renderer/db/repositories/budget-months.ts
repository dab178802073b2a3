/** Repository of budget months. */
import { budgetMonthSchema, type BudgetMonth } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.budgetMonths, budgetMonthSchema)

/** Reads and writes clients' monthly media and work budgets. */
export const budgetMonthsRepository = {
  ...base,
  /** A client's budget for one month (YYYY-MM), if set. */
  async forClientMonth(clientId: string, month: string): Promise<BudgetMonth | undefined> {
    const budget = await db.budgetMonths.where('[clientId+month]').equals([clientId, month]).first()
    return budget?.deletedAt === null ? budget : undefined
  },
}
