/** A meeting of the rhythm; the internal weekly carries a weekly card per client (seed 000). */
import { z } from 'zod'
import { idSchema, instantSchema, recordBaseSchema } from './primitives'
import { meetingKindSchema } from './enums'

/** The five sections of a client's weekly card, filled before Friday's internal weekly. */
export const weeklyCardSchema = z.object({
  clientId: idSchema,
  authorId: idSchema.nullable(),
  done: z.string(),
  analysis: z.string(),
  direction: z.string(),
  budgets: z.string(),
  nextWeek: z.string(),
  helpNeeded: z.boolean(),
  changesLine: z.string(),
  clientSummary: z.string(),
})
export type WeeklyCard = z.infer<typeof weeklyCardSchema>

/** A topic parked for the people concerned. */
export const parkedTopicSchema = z.object({
  id: idSchema,
  topic: z.string(),
  peopleIds: z.array(idSchema),
})
export type ParkedTopic = z.infer<typeof parkedTopicSchema>

/** The fields of a meeting. */
export const meetingInputSchema = z.object({
  kind: meetingKindSchema,
  title: z.string(),
  startsAt: instantSchema,
  clientIds: z.array(idSchema),
  attendeeIds: z.array(idSchema),
  agenda: z.array(z.string()),
  notes: z.string(),
  decisions: z.array(z.string()),
  recordingUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  weeklyCards: z.array(weeklyCardSchema),
  parkedTopics: z.array(parkedTopicSchema),
})
export type MeetingInput = z.infer<typeof meetingInputSchema>

/** A stored meeting. */
export const meetingSchema = recordBaseSchema.extend(meetingInputSchema.shape)
export type Meeting = z.infer<typeof meetingSchema>
