/** A client's media and work budget for one month. */
import { z } from 'zod'
import { idSchema, moneySchema, monthSchema, recordBaseSchema } from './primitives'

/** The fields of a budget month. */
export const budgetMonthInputSchema = z.object({
  clientId: idSchema,
  month: monthSchema,
  mediaPlanned: moneySchema,
  mediaSpent: moneySchema,
  workHoursPlanned: z.number().min(0),
  workHoursUsed: z.number().min(0),
  workFee: moneySchema.nullable(),
})
export type BudgetMonthInput = z.infer<typeof budgetMonthInputSchema>

/** A stored budget month. */
export const budgetMonthSchema = recordBaseSchema.extend(budgetMonthInputSchema.shape)
export type BudgetMonth = z.infer<typeof budgetMonthSchema>
