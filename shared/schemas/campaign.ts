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

/** A stored campaign. */
export const campaignSchema = recordBaseSchema.extend(campaignInputSchema.shape)
export type Campaign = z.infer<typeof campaignSchema>
