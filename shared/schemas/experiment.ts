/** A test / experiment: the lean loop's unit of learning. */
import { z } from 'zod'
import { dateSchema, idSchema, recordBaseSchema, requiredTextSchema } from './primitives'
import { leanStageSchema } from './enums'
import { stageHistorySchema } from './campaign'

/** The fields of an experiment. */
export const experimentInputSchema = z.object({
  clientId: idSchema,
  campaignId: idSchema.nullable(),
  hypothesis: requiredTextSchema,
  metric: z.string(),
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  result: z.string(),
  learning: z.string(),
  stage: leanStageSchema,
})
export type ExperimentInput = z.infer<typeof experimentInputSchema>

/** A stored experiment. */
export const experimentSchema = recordBaseSchema
  .extend(experimentInputSchema.shape)
  .extend({ stageHistory: stageHistorySchema })
export type Experiment = z.infer<typeof experimentSchema>
