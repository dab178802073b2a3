/** Repository of the agency's team members. */
import { teamMemberSchema, type TeamMember } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'
import { cachedCollator } from '@shared/intl'

const base = createRepository(db.teamMembers, teamMemberSchema)

/** Reads and writes the agency's team members. */
export const teamMembersRepository = {
  ...base,
  /** Members not deleted: active first, then by name in the UI language's collation. */
  async listSorted(options: { locale?: string } = {}): Promise<TeamMember[]> {
    const members = await base.list()
    const collator = cachedCollator(options.locale, { sensitivity: 'base' })
    return members.sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name))
  },
}
