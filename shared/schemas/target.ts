/** A client's target for one KPI and period. */
import { z } from 'zod'
import { idSchema, recordBaseSchema, requiredTextSchema } from './primitives'
import { periodKindSchema } from './enums'

/** A period key: `2026-10`, `2026-Q3` or `2026`. */
export const periodKeySchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'Expected 2026, 2026-Q3 or 2026-10')

/** The fields of a target; `kpi` is a standard metric key or a custom KPI id. */
export const targetInputSchema = z.object({
  clientId: idSchema,
  kpi: requiredTextSchema,
  periodKind: periodKindSchema,
  period: periodKeySchema,
  value: z.number(),
})
export type TargetInput = z.infer<typeof targetInputSchema>

/** A stored target. */
export const targetSchema = recordBaseSchema.extend(targetInputSchema.shape)
export type Target = z.infer<typeof targetSchema>
