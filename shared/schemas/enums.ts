/** Closed vocabularies of the domain, shared by schemas, the UI and reports. */
import { z } from 'zod'

/** Marketing channels a campaign runs on and metrics are reported for. */
export const CHANNELS = [
  'google-ads',
  'meta',
  'linkedin',
  'microsoft-ads',
  'tiktok',
  'seo',
  'email',
  'organic-social',
  'website',
] as const
/** A marketing channel. */
export const channelSchema = z.enum(CHANNELS)
export type Channel = z.infer<typeof channelSchema>

/** The lean loop's stages, in order (seed 000). */
export const LEAN_STAGES = ['idea', 'planned', 'in-production', 'live', 'testing', 'learned'] as const
/** A lean-loop stage. */
export const leanStageSchema = z.enum(LEAN_STAGES)
export type LeanStage = z.infer<typeof leanStageSchema>

/** How much is going on with a client: active clients get cards and mails, light ones a line. */
export const activityLevelSchema = z.enum(['active', 'light'])
export type ActivityLevel = z.infer<typeof activityLevelSchema>

/** Roles of team members. */
export const TEAM_ROLES = [
  'account-manager',
  'content-producer',
  'graphic-designer',
  'ads-specialist',
  'analyst',
] as const
/** A team member's role. */
export const teamRoleSchema = z.enum(TEAM_ROLES)
export type TeamRole = z.infer<typeof teamRoleSchema>

/** Task priorities, most urgent first. */
export const TASK_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const
/** A task priority. */
export const taskPrioritySchema = z.enum(TASK_PRIORITIES)
export type TaskPriority = z.infer<typeof taskPrioritySchema>

/** Task statuses. */
export const TASK_STATUSES = ['todo', 'in-progress', 'blocked', 'done'] as const
/** A task status. */
export const taskStatusSchema = z.enum(TASK_STATUSES)
export type TaskStatus = z.infer<typeof taskStatusSchema>

/** Brief statuses: no brief, no project (seed 001, 003). */
export const BRIEF_STATUSES = ['draft', 'clarifying', 'approved'] as const
/** A brief status. */
export const briefStatusSchema = z.enum(BRIEF_STATUSES)
export type BriefStatus = z.infer<typeof briefStatusSchema>

/** Channels an inbound client communication arrives by. */
export const COMMUNICATION_CHANNELS = ['email', 'phone', 'chat', 'meeting', 'other'] as const
/** A communication channel. */
export const communicationChannelSchema = z.enum(COMMUNICATION_CHANNELS)
export type CommunicationChannel = z.infer<typeof communicationChannelSchema>

/** Kinds of meetings of the agency rhythm. */
export const MEETING_KINDS = [
  'internal-weekly',
  'client-monday',
  'client-friday',
  'monthly',
  'quarterly-review',
  'annual-review',
  'onboarding-workshop',
  'ad-hoc',
] as const
/** A meeting kind. */
export const meetingKindSchema = z.enum(MEETING_KINDS)
export type MeetingKind = z.infer<typeof meetingKindSchema>

/** Kinds of touchpoints the cadence engine generates. */
export const TOUCHPOINT_KINDS = [
  'monday-plan-mail',
  'friday-summary',
  'internal-weekly',
  'monthly-report',
  'publishing-schedule',
  'quarterly-review',
  'annual-review',
  'annual-report',
  'welcome-contact',
  'onboarding-checklist',
  'onboarding-workshop',
] as const
/** A touchpoint kind. */
export const touchpointKindSchema = z.enum(TOUCHPOINT_KINDS)
export type TouchpointKind = z.infer<typeof touchpointKindSchema>

/** Touchpoint statuses. */
export const touchpointStatusSchema = z.enum(['due', 'done', 'skipped'])
export type TouchpointStatus = z.infer<typeof touchpointStatusSchema>

/** Report periods. */
export const periodKindSchema = z.enum(['month', 'quarter', 'year'])
export type PeriodKind = z.infer<typeof periodKindSchema>

/** Schedule milestones of a campaign agreed with the client. */
export const MILESTONE_KINDS = ['brief-approved', 'proofing', 'launch', 'end', 'reporting'] as const
/** A milestone kind. */
export const milestoneKindSchema = z.enum(MILESTONE_KINDS)
export type MilestoneKind = z.infer<typeof milestoneKindSchema>

/** The standard metrics of a metric month. */
export const STANDARD_METRICS = [
  'spend',
  'impressions',
  'reach',
  'clicks',
  'conversions',
  'conversionValue',
  'leads',
  'followers',
  'engagements',
] as const
/** A standard metric key. */
export const standardMetricSchema = z.enum(STANDARD_METRICS)
export type StandardMetric = z.infer<typeof standardMetricSchema>
