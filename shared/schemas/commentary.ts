/** The PM's expert commentary for a client's report period (seed 002). */
import { z } from 'zod'
import {
  idSchema,
  imageDataUrlSchema,
  instantSchema,
  monthSchema,
  recordBaseSchema,
  requiredTextSchema,
} from './primitives'
import { periodKindSchema } from './enums'
import { periodKeySchema } from './target'

/** A decrease explained: what fell, why, and the fix proposed. */
export const explainedDecreaseSchema = z.object({
  id: idSchema,
  metric: requiredTextSchema,
  cause: z.string(),
  fix: z.string(),
})
export type ExplainedDecrease = z.infer<typeof explainedDecreaseSchema>

/** One item of the annual report's proposal, placed on the timeline by months. */
export const proposalItemSchema = z.object({
  id: idSchema,
  title: requiredTextSchema,
  description: z.string(),
  startMonth: monthSchema,
  endMonth: monthSchema,
})
export type ProposalItem = z.infer<typeof proposalItemSchema>

/**
 * A data-checker finding the PM looked at and accepted, with the reason it is fine
 * (shared/results/findings.ts names the finding ids).
 */
export const findingAcknowledgementSchema = z.object({
  findingId: z.string(),
  reason: requiredTextSchema,
  at: instantSchema,
})
export type FindingAcknowledgement = z.infer<typeof findingAcknowledgementSchema>

/** The fields of a commentary. */
export const commentaryInputSchema = z.object({
  clientId: idSchema,
  periodKind: periodKindSchema,
  period: periodKeySchema,
  summary: z.string(),
  highlights: z.array(z.string()),
  decreases: z.array(explainedDecreaseSchema),
  nextSteps: z.array(z.string()),
  proposal: z
    .object({
      items: z.array(proposalItemSchema),
      creativeImages: z.array(imageDataUrlSchema),
    })
    .nullable(),
  /** Findings of the period's data check acknowledged with a reason. */
  acknowledgements: z.array(findingAcknowledgementSchema).default([]),
  /** When the period was last found verified (no finding open); null while one is open. */
  verifiedAt: instantSchema.nullable().default(null),
})
export type CommentaryInput = z.infer<typeof commentaryInputSchema>

/** A stored commentary. */
export const commentarySchema = recordBaseSchema.extend(commentaryInputSchema.shape)
export type Commentary = z.infer<typeof commentarySchema>
