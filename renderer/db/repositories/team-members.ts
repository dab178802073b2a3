/** Repository of the agency's team members. */
import { teamMemberSchema } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

/** Reads and writes the agency's team members. */
export const teamMembersRepository = createRepository(db.teamMembers, teamMemberSchema)
