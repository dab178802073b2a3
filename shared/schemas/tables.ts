/**
 * Which record schema each table of the database holds. Upgrades normalise stored records with
 * it, and backups (issue 8) validate every record of a file against it before restoring.
 */
import { briefSchema } from './brief'
import { budgetMonthSchema } from './budget-month'
import { campaignSchema } from './campaign'
import { clientSchema } from './client'
import { commentarySchema } from './commentary'
import { communicationSchema } from './communication'
import { experimentSchema } from './experiment'
import { meetingSchema } from './meeting'
import { metricMonthSchema } from './metric-month'
import { onboardingItemSchema } from './onboarding-item'
import { reportFileSchema } from './report-file'
import { settingsSchema } from './settings'
import { targetSchema } from './target'
import { taskSchema } from './task'
import { teamMemberSchema } from './team-member'
import { touchpointSchema } from './touchpoint'

/** Table name → the zod schema of its records. */
export const TABLE_SCHEMAS = {
  settings: settingsSchema,
  teamMembers: teamMemberSchema,
  clients: clientSchema,
  onboardingItems: onboardingItemSchema,
  briefs: briefSchema,
  campaigns: campaignSchema,
  experiments: experimentSchema,
  tasks: taskSchema,
  budgetMonths: budgetMonthSchema,
  communications: communicationSchema,
  meetings: meetingSchema,
  touchpoints: touchpointSchema,
  metricMonths: metricMonthSchema,
  targets: targetSchema,
  commentaries: commentarySchema,
  reports: reportFileSchema,
} as const

/** A table of the database. */
export type TableName = keyof typeof TABLE_SCHEMAS
