/**
 * Repository of budget months. Policy: one budget per client and month (the `&[clientId+month]`
 * index is unique), so saving a month upserts — it edits the stored record, and revives a
 * soft-deleted one, rather than failing on the index. Amounts are never negative and the media
 * plan, spend and fee share one currency, so the burn maths never mixes currencies.
 */
import { v4 as uuid } from 'uuid'
import { z } from 'zod'
import {
  budgetMonthInputSchema,
  budgetMonthSchema,
  currencySchema,
  type BudgetMonth,
  type BudgetMonthInput,
} from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'
import { parseOrThrow } from '../errors'
import { nowIso } from '../clock'

const base = createRepository(db.budgetMonths, budgetMonthSchema)

const nonNegativeMoney = z.object({
  amountMinor: z.number().int().min(0, 'Cannot be negative'),
  currency: currencySchema,
})

/** A budget month as the repository accepts it: the schema plus Cadence's budget rules. */
export const budgetMonthRulesSchema = budgetMonthInputSchema
  .extend({
    mediaPlanned: nonNegativeMoney,
    mediaSpent: nonNegativeMoney,
    workHoursPlanned: z.number().min(0, 'Cannot be negative').max(10_000),
    workHoursUsed: z.number().min(0, 'Cannot be negative').max(10_000),
    workFee: nonNegativeMoney.nullable(),
  })
  .superRefine((budget, ctx) => {
    const currency = budget.mediaPlanned.currency
    if (budget.mediaSpent.currency !== currency)
      ctx.addIssue({ code: 'custom', path: ['mediaSpent'], message: `Expected ${currency}` })
    if (budget.workFee && budget.workFee.currency !== currency)
      ctx.addIssue({ code: 'custom', path: ['workFee'], message: `Expected ${currency}` })
  })

/** Reads and writes clients' monthly media and work budgets. */
export const budgetMonthsRepository = {
  ...base,
  /** Creates a month the client has no budget for yet (the unique index refuses a second one). */
  async create(input: BudgetMonthInput): Promise<BudgetMonth> {
    return base.create(parseOrThrow(budgetMonthRulesSchema, input))
  },
  /** Edits a stored month under the same rules as a new one. */
  async update(id: string, patch: Partial<BudgetMonthInput>): Promise<BudgetMonth> {
    const current = await base.get(id)
    if (current) parseOrThrow(budgetMonthRulesSchema, { ...current, ...patch })
    return base.update(id, patch)
  },
  /** A client's budget for one month (YYYY-MM), if set. */
  async forClientMonth(clientId: string, month: string): Promise<BudgetMonth | undefined> {
    const budget = await db.budgetMonths.where('[clientId+month]').equals([clientId, month]).first()
    return budget?.deletedAt === null ? budget : undefined
  },

  /** A client's budget months, newest first. */
  async listForClient(clientId: string): Promise<BudgetMonth[]> {
    const rows = await db.budgetMonths.where('clientId').equals(clientId).toArray()
    return rows.filter((row) => row.deletedAt === null).sort((a, b) => b.month.localeCompare(a.month))
  },

  /** Every client's budget for one month (YYYY-MM). */
  async listForMonth(month: string): Promise<BudgetMonth[]> {
    const rows = await db.budgetMonths.where('month').equals(month).toArray()
    return rows.filter((row) => row.deletedAt === null)
  },

  /**
   * Saves the client's budget for `input.month`: creates it, or overwrites the month's stored
   * record (keeping its id and createdAt; a soft-deleted one comes back). Throws a
   * ValidationError and writes nothing when the budget breaks a rule.
   */
  async upsert(input: BudgetMonthInput): Promise<BudgetMonth> {
    const valid = parseOrThrow(budgetMonthRulesSchema, input)
    return db.transaction('rw', db.budgetMonths, async () => {
      const current = await db.budgetMonths
        .where('[clientId+month]')
        .equals([valid.clientId, valid.month])
        .first()
      const now = nowIso()
      const record = parseOrThrow(budgetMonthSchema, {
        ...valid,
        id: current?.id ?? uuid(),
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
        deletedAt: null,
      })
      await db.budgetMonths.put(record)
      return record
    })
  },
}
