/** An inbound client communication and the reply it got (the 3–6 business-hour rule, seed 003). */
import { z } from 'zod'
import { dateSchema, idSchema, instantSchema, recordBaseSchema, requiredTextSchema } from './primitives'
import { communicationChannelSchema } from './enums'

/** The reply: a solution, or next steps with the date the client can expect them. */
export const replySchema = z.object({
  kind: z.enum(['solution', 'next-steps']),
  text: requiredTextSchema,
  expectedDate: dateSchema.nullable(),
})
export type Reply = z.infer<typeof replySchema>

/** The fields of a communication. */
export const communicationInputSchema = z.object({
  clientId: idSchema,
  channel: communicationChannelSchema,
  from: requiredTextSchema,
  receivedAt: instantSchema,
  summary: requiredTextSchema,
  handlerId: idSchema.nullable(),
  repliedAt: instantSchema.nullable(),
  reply: replySchema.nullable(),
})
export type CommunicationInput = z.infer<typeof communicationInputSchema>

/** A stored communication. */
export const communicationSchema = recordBaseSchema.extend(communicationInputSchema.shape)
export type Communication = z.infer<typeof communicationSchema>
