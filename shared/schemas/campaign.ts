/** A campaign on the lean loop, with its schedule agreed with the client. */
import { z } from 'zod'
import {
  dateSchema,
  idSchema,
  instantSchema,
  moneySchema,
  recordBaseSchema,
  requiredTextSchema,
} from './primitives'
import { channelSchema, leanStageSchema, milestoneKindSchema } from './enums'

/** A dated point of the campaign's schedule (proofing round, launch, reporting …). */
export const milestoneSchema = z.object({
  id: idSchema,
  kind: milestoneKindSchema,
  label: z.string(),
  date: dateSchema,
  doneAt: instantSchema.nullable(),
})
export type Milestone = z.infer<typeof milestoneSchema>

/** The fields of a campaign. */
export const campaignInputSchema = z.object({
  clientId: idSchema,
  name: requiredTextSchema.max(160),
  channels: z.array(channelSchema),
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  mediaBudget: moneySchema.nullable(),
  stage: leanStageSchema,
  ownerId: idSchema.nullable(),
  milestones: z.array(milestoneSchema),
  notes: z.string(),
})
export type CampaignInput = z.infer<typeof campaignInputSchema>

/**
 * A lean-loop stage a campaign or test entered and when: the first entry is the stage it was
 * created in, each later one a move. The repositories own it; forms never edit it.
 */
export const stageChangeSchema = z.object({ stage: leanStageSchema, at: instantSchema })
export type StageChange = z.infer<typeof stageChangeSchema>

/** The stages a record entered, oldest first; records stored before it existed read as none. */
export const stageHistorySchema = z.array(stageChangeSchema).default([])

/** A stored campaign. */
export const campaignSchema = recordBaseSchema
  .extend(campaignInputSchema.shape)
  .extend({ stageHistory: stageHistorySchema })
export type Campaign = z.infer<typeof campaignSchema>
