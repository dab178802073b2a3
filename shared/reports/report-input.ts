/**
 * The input of every PDF report (issue 7): a plain, serialisable object the renderer builds from
 * Dexie with the pure builders of shared/reports, sends over IPC (validated with these schemas)
 * and main renders with `renderReportPdf` (electron/reports/render.ts).
 *
 * Policy: every figure comes from a report model of shared/results (`model`), carried whole, so
 * the documents only choose what to show and format it in the client's language — they never
 * recompute. Texts typed by people (commentary, summaries) travel as written. Images are PNG or
 * JPEG data URLs, the formats the PDF renderer embeds; the builders drop anything else.
 */
import { z } from 'zod'
import {
  annualModelSchema,
  monthlyModelSchema,
  monthValuesSchema,
  quarterlyModelSchema,
} from '../results/model-schemas'
import { channelSchema, leanStageSchema, milestoneKindSchema } from '../schemas/enums'
import {
  colorSchema,
  dateSchema,
  instantSchema,
  languageSchema,
  moneySchema,
  monthSchema,
  timezoneSchema,
} from '../schemas/primitives'
import {
  cooperationPeriodSchema,
  leanLoopSchema,
  nextYearProposalSchema,
  periodWorkSchema,
  reportImageSchema,
  reviewMeetingSchema,
} from './review-parts'

/** The kinds of report. */
export const REPORT_KINDS = ['monthly', 'quarterly', 'annual', 'weekly'] as const
/** A report kind. */
export type ReportKind = (typeof REPORT_KINDS)[number]

/** Whose report it is, or who made it: a name, a logo and a brand colour. */
export const reportPartySchema = z.object({
  name: z.string(),
  logoDataUrl: reportImageSchema.nullable(),
  /** Accent colour of the documents (the agency's primary colour for the agency). */
  color: colorSchema,
})
export type ReportParty = z.infer<typeof reportPartySchema>

/** The period a report covers: its key (`2026-10`, `2026-Q3`, `coop-Y1-Q2`, `2026`, `2026-W42`) and dates. */
export const reportPeriodSchema = z.object({
  key: z.string().min(1),
  /** First and last calendar day covered. */
  start: dateSchema,
  end: dateSchema,
})
export type ReportPeriod = z.infer<typeof reportPeriodSchema>

/** What every report carries. */
const reportBase = {
  /** The client's language: every text, number, currency and date of the PDF follows it. */
  language: languageSchema,
  /** The client's time zone, for instants printed as dates (verified on, prepared on). */
  timezone: timezoneSchema,
  client: reportPartySchema,
  agency: reportPartySchema,
  period: reportPeriodSchema,
  /** Exported with open findings: the PDF is marked "Draft" on every page. */
  draft: z.boolean(),
  /** When the period's data was verified (no finding open); null when it is not. */
  verifiedAt: instantSchema.nullable(),
  /** When the input was built: printed as "prepared on" and used as the PDF's creation date, so a render is reproducible. */
  generatedAt: instantSchema,
}

/** A decrease explained in the commentary: the metric as written, its key when it names one of the client's metrics. */
export const reportDecreaseSchema = z.object({
  metric: z.string(),
  metricKey: z.string().nullable(),
  cause: z.string(),
  fix: z.string(),
})
export type ReportDecrease = z.infer<typeof reportDecreaseSchema>

/** The PM's commentary of the period (seed 002), as written. */
export const reportCommentarySchema = z.object({
  summary: z.string(),
  highlights: z.array(z.string()),
  decreases: z.array(reportDecreaseSchema),
  nextSteps: z.array(z.string()),
})
export type ReportCommentary = z.infer<typeof reportCommentarySchema>

/** One budget's use (shared/budget.ts `BudgetLine`). */
export const reportBudgetLineSchema = z.object({
  planned: z.number(),
  used: z.number(),
  share: z.number().nullable(),
  level: z.enum(['ok', 'warning', 'over']),
  forecast: z.number().nullable(),
  forecastLevel: z.enum(['ok', 'warning', 'over']).nullable(),
})
export type ReportBudgetLine = z.infer<typeof reportBudgetLineSchema>

/** Media budget (minor units of `currency`) and work budget (hours) of a month. */
export const reportBudgetSchema = z.object({
  month: monthSchema,
  phase: z.enum(['past', 'current', 'future']),
  currency: z.string(),
  media: reportBudgetLineSchema,
  work: reportBudgetLineSchema,
  workFee: moneySchema.nullable(),
})
export type ReportBudget = z.infer<typeof reportBudgetSchema>

/** A dated point of a campaign's schedule agreed with the client. */
export const reportMilestoneSchema = z.object({
  date: dateSchema,
  kind: milestoneKindSchema,
  label: z.string(),
  campaign: z.string(),
})
export type ReportMilestone = z.infer<typeof reportMilestoneSchema>

/** A campaign as the client sees it on a plan. */
export const reportCampaignSchema = z.object({
  name: z.string(),
  channels: z.array(channelSchema),
  stage: leanStageSchema,
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
})
export type ReportCampaign = z.infer<typeof reportCampaignSchema>

/** A task of the plan. */
export const reportTaskSchema = z.object({ title: z.string(), deadline: dateSchema.nullable() })
export type ReportTask = z.infer<typeof reportTaskSchema>

/** Which metric keys each section of the monthly report shows, in order (chosen by the builder). */
export const monthlySelectionSchema = z.object({
  tiles: z.array(z.string()),
  trends: z.array(z.string()),
  /** Columns of the channel and campaign tables. */
  columns: z.array(z.string()),
  /** The result the breakdown tables show with its change vs the previous month. */
  primary: z.string().nullable(),
})
export type MonthlySelection = z.infer<typeof monthlySelectionSchema>

/** Next month's plan: publishing schedule (milestones, campaigns) and tasks, and its budget. */
export const nextMonthPlanSchema = z.object({
  month: monthSchema,
  campaigns: z.array(reportCampaignSchema),
  milestones: z.array(reportMilestoneSchema),
  tasks: z.array(reportTaskSchema),
  budget: z
    .object({ mediaPlanned: moneySchema.nullable(), workHoursPlanned: z.number().nullable() })
    .nullable(),
})
export type NextMonthPlan = z.infer<typeof nextMonthPlanSchema>

/** The monthly report. */
export const monthlyReportInputSchema = z.object({
  kind: z.literal('monthly'),
  ...reportBase,
  model: monthlyModelSchema,
  selection: monthlySelectionSchema,
  commentary: reportCommentarySchema.nullable(),
  budget: reportBudgetSchema.nullable(),
  plan: nextMonthPlanSchema,
})
export type MonthlyReportInput = z.infer<typeof monthlyReportInputSchema>

/**
 * Which metric keys the quarterly and annual reports show, in order (chosen by the builder with
 * the monthly report's rules, shared/reports/metric-selection.ts).
 */
export const reviewSelectionSchema = z.object({
  tiles: z.array(z.string()),
  /** Metrics charted month by month. */
  charts: z.array(z.string()),
  /** Columns of the channel table. */
  columns: z.array(z.string()),
  /** The result the breakdowns and improvements lead with. */
  primary: z.string().nullable(),
})
export type ReviewSelection = z.infer<typeof reviewSelectionSchema>

/** What the quarterly and annual reports carry beyond the base (shared/reports/review-parts.ts). */
const reviewBase = {
  selection: reviewSelectionSchema,
  /** The day the cooperation started ("where we started"; a period before it has no aim). */
  cooperationStart: dateSchema,
  commentary: reportCommentarySchema.nullable(),
  /** The cooperation quarter or year the period is (or mostly falls in); null before the cooperation. */
  cooperation: cooperationPeriodSchema.nullable(),
  work: periodWorkSchema,
  /** The review meeting about the period; null when none is planned or held. */
  review: reviewMeetingSchema.nullable(),
  leanLoop: leanLoopSchema,
}

/** The quarterly report: the quarter vs the previous one and the same quarter last year. */
export const quarterlyReportInputSchema = z.object({
  kind: z.literal('quarterly'),
  ...reportBase,
  model: quarterlyModelSchema,
  /** The months of the previous quarter and of the same quarter a year earlier, aligned with `model.months`. */
  previousMonths: z.array(monthValuesSchema),
  lastYearMonths: z.array(monthValuesSchema),
  ...reviewBase,
})
export type QuarterlyReportInput = z.infer<typeof quarterlyReportInputSchema>

/** The annual report: year over year, vs the pre-cooperation baseline, and next year's proposal. */
export const annualReportInputSchema = z.object({
  kind: z.literal('annual'),
  ...reportBase,
  model: annualModelSchema,
  /** The previous year's months, aligned with `model.months`, for last year's line. */
  previousMonths: z.array(monthValuesSchema),
  ...reviewBase,
  proposal: nextYearProposalSchema.nullable(),
})
export type AnnualReportInput = z.infer<typeof annualReportInputSchema>

/** The weekly client summary: the distilled weekly card, as written for the client. */
export const weeklyReportInputSchema = z.object({
  kind: z.literal('weekly'),
  ...reportBase,
  /** The internal weekly the summary was distilled at, and the day it was held. */
  meetingId: z.string(),
  heldOn: dateSchema,
  /** The client summary (meeting.weeklyCards[].clientSummary): paragraphs, with "- " bullet lines. */
  summary: z.string(),
  /** The month's budget use at the time of the weekly. */
  budget: reportBudgetSchema.nullable(),
  /** The campaigns' client touchpoints of the coming weeks. */
  upcoming: z.array(reportMilestoneSchema),
})
export type WeeklyReportInput = z.infer<typeof weeklyReportInputSchema>

/** The input of any report, by `kind`. */
export const reportInputSchema = z.discriminatedUnion('kind', [
  monthlyReportInputSchema,
  quarterlyReportInputSchema,
  annualReportInputSchema,
  weeklyReportInputSchema,
])
export type ReportInput = z.infer<typeof reportInputSchema>
