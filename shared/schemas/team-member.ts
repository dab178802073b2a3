/** A member of the agency's team and their weekly capacity. */
import { z } from 'zod'
import { recordBaseSchema, requiredTextSchema } from './primitives'
import { teamRoleSchema } from './enums'

/** The fields edited on a team member. */
export const teamMemberInputSchema = z.object({
  name: requiredTextSchema.max(120),
  role: teamRoleSchema,
  email: z.union([z.literal(''), z.email()]),
  weeklyCapacityHours: z.number().min(0).max(80),
  active: z.boolean(),
})
export type TeamMemberInput = z.infer<typeof teamMemberInputSchema>

/** A stored team member. */
export const teamMemberSchema = recordBaseSchema.extend(teamMemberInputSchema.shape)
export type TeamMember = z.infer<typeof teamMemberSchema>
