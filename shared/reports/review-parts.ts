/**
 * The parts of the quarterly and annual report inputs that the monthly report has not: the
 * cooperation period and its aim, what was done in the period, the review meeting, the lean
 * loop and next year's proposal (seed 002, PRODUCT.md "Quarterly", "Annual"). Texts typed by
 * people travel as written; everything else is data the documents format in the client's
 * language.
 */
import { z } from 'zod'
import { QUARTER_AIMS } from '../cadence/periods'
import { PDF_IMAGE_DATA_URL } from '../images'
import { leanStageSchema } from '../schemas/enums'
import { dateSchema, moneySchema, monthSchema } from '../schemas/primitives'

/** An image the PDF can embed: a logo, a creative example (shared/images.ts `PDF_IMAGE_DATA_URL`). */
export const reportImageSchema = z.string().regex(PDF_IMAGE_DATA_URL, 'Expected a PNG or JPEG image')

/** Which cooperation quarter or year a report period is, counted from the cooperation's start. */
export const cooperationPeriodSchema = z.object({
  /** The day the cooperation started. */
  start: dateSchema,
  year: z.number().int().positive(),
  /** 1–4 for a quarter, null for a year. */
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  /** The quarter's aim (seed 002); null for a year. */
  aim: z.enum(QUARTER_AIMS).nullable(),
})
export type CooperationPeriod = z.infer<typeof cooperationPeriodSchema>

/** A campaign that launched or ended in the period, and the day. */
export const datedCampaignSchema = z.object({ name: z.string(), date: dateSchema })

/** What was done in the period: campaigns, tasks and the budgets used. */
export const periodWorkSchema = z.object({
  campaignsLaunched: z.array(datedCampaignSchema),
  campaignsEnded: z.array(datedCampaignSchema),
  tasksDone: z.number().int().nonnegative(),
  /** Summed over the months with a budget; null when no month had one. */
  budget: z
    .object({
      mediaPlanned: moneySchema.nullable(),
      mediaSpent: moneySchema.nullable(),
      workHoursPlanned: z.number(),
      workHoursUsed: z.number(),
    })
    .nullable(),
})
export type PeriodWork = z.infer<typeof periodWorkSchema>

/** A test of the lean loop as the client reads it. */
export const reviewExperimentSchema = z.object({
  hypothesis: z.string(),
  metric: z.string(),
  campaign: z.string().nullable(),
  stage: leanStageSchema,
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  result: z.string(),
  learning: z.string(),
  learnedOn: dateSchema.nullable(),
})
export type ReviewExperiment = z.infer<typeof reviewExperimentSchema>

/** The period's lean loop: learned in it, running and lined up at its end. */
export const leanLoopSchema = z.object({
  learned: z.array(reviewExperimentSchema),
  running: z.array(reviewExperimentSchema),
  next: z.array(reviewExperimentSchema),
})
export type ReviewLeanLoop = z.infer<typeof leanLoopSchema>

/** A proposal made in the review meeting and whether the client accepted it yet. */
export const reviewProposalSchema = z.object({ text: z.string(), accepted: z.boolean() })
export type ReviewProposal = z.infer<typeof reviewProposalSchema>

/** The review meeting of the period: what was agreed and what the client said. */
export const reviewMeetingSchema = z.object({
  /** The meeting's day in the client's time zone. */
  date: dateSchema,
  /** Whether it has been held (finished); a prepared review has no decisions yet. */
  held: z.boolean(),
  decisions: z.array(z.string()),
  clientAnswers: z.string(),
  nextYearPlans: z.string(),
  strategyDraftReceived: z.boolean(),
  proposals: z.array(reviewProposalSchema),
})
export type ReviewMeeting = z.infer<typeof reviewMeetingSchema>

/** An item of next year's proposal, placed on the timeline by months. */
export const proposalItemSchema = z.object({
  title: z.string(),
  description: z.string(),
  startMonth: monthSchema,
  endMonth: monthSchema,
})
export type ReviewProposalItem = z.infer<typeof proposalItemSchema>

/** Next year's proposal: the timeline's items and creative examples. */
export const nextYearProposalSchema = z.object({
  /** The first month of the year the proposal is for: the timeline starts there. */
  from: monthSchema,
  items: z.array(proposalItemSchema),
  creativeImages: z.array(reportImageSchema),
})
export type NextYearProposal = z.infer<typeof nextYearProposalSchema>
