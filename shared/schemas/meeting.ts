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
  /** What the meeting said about the client, captured in presenter mode. */
  notes: z.string().default(''),
  /** Decisions taken for the client in the meeting. */
  decisions: z.array(z.string()).default([]),
})
export type WeeklyCard = z.infer<typeof weeklyCardSchema>

/** A topic parked for the people concerned. */
export const parkedTopicSchema = z.object({
  id: idSchema,
  topic: z.string(),
  peopleIds: z.array(idSchema),
})
export type ParkedTopic = z.infer<typeof parkedTopicSchema>

/** A proposal made to the client in a review, and whether they accepted it. */
export const proposalSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1, 'Required'),
  accepted: z.boolean(),
})
export type Proposal = z.infer<typeof proposalSchema>

/** What a quarterly or annual review records beyond notes (seed 002). */
export const reviewSchema = z.object({
  /** The client's plans for next year, asked at the Q3 control meeting. */
  nextYearPlans: z.string(),
  /** Whether the client's draft marketing strategy for the next 12 months was received. */
  strategyDraftReceived: z.boolean(),
  /** The client's other answers and feedback. */
  clientAnswers: z.string(),
  proposals: z.array(proposalSchema),
})
export type Review = z.infer<typeof reviewSchema>

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
  /** The internal weekly's show-and-tell at the end. */
  showAndTell: z.string().default(''),
  /** The touchpoint of the rhythm this meeting was held for (and closed), if any. */
  touchpointId: idSchema.nullable().default(null),
  /** When the meeting was finished in the app; null while it is prepared or running. */
  finishedAt: instantSchema.nullable().default(null),
  /** Quarterly and annual reviews only. */
  review: reviewSchema.nullable().default(null),
})
export type MeetingInput = z.infer<typeof meetingInputSchema>

/** A stored meeting. */
export const meetingSchema = recordBaseSchema.extend(meetingInputSchema.shape)
export type Meeting = z.infer<typeof meetingSchema>
