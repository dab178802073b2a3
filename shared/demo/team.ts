/**
 * The demo agency's team, sized to its client list the way agencies staff up: roughly one
 * account manager per six clients, one ads specialist per eight, and content, design and
 * analytics in proportion. One former member is kept inactive, as real histories have them.
 */
import type { Language, TeamMember, TeamRole } from '../schemas'
import { utcInstant, type DayNumber } from './calendar'
import { recordBase, type DemoContext } from './context'
import { asciiSlug, personName } from './names'
import type { Random } from './random'

/** The team with its active members grouped by role (each role has at least one). */
export type Team = {
  members: TeamMember[]
  byRole: Record<TeamRole, TeamMember[]>
}

/** Clients per person of each role, and weekly capacities to choose from. */
const STAFFING: Record<TeamRole, { clientsPerPerson: number; capacities: readonly number[] }> = {
  'account-manager': { clientsPerPerson: 6, capacities: [37.5, 37.5, 32] },
  'content-producer': { clientsPerPerson: 10, capacities: [37.5, 30, 24] },
  'graphic-designer': { clientsPerPerson: 12, capacities: [37.5, 30] },
  'ads-specialist': { clientsPerPerson: 8, capacities: [37.5, 37.5, 30] },
  analyst: { clientsPerPerson: 30, capacities: [37.5, 20] },
}

/** Where the agency's people come from: a Finnish agency with remote staff in Poland and Bulgaria. */
const TEAM_LANGUAGES: readonly (readonly [Language, number])[] = [
  ['fi', 5],
  ['pl', 2],
  ['bg', 2],
  ['en', 1],
]

/** Builds the team for `clientCount` clients; `since` is when the agency started keeping data. */
export function generateTeam(rand: Random, ctx: DemoContext, agencyDomain: string, since: DayNumber): Team {
  const members: TeamMember[] = []
  const byRole = {} as Record<TeamRole, TeamMember[]>
  const usedNames = new Set<string>()
  const createdAt = utcInstant(since, 7 * 60)

  const newMember = (role: TeamRole, capacity: number, active: boolean): TeamMember => {
    let name = personName(rand, rand.weighted(TEAM_LANGUAGES))
    for (let attempt = 0; usedNames.has(name.full) && attempt < 20; attempt++) {
      name = personName(rand, rand.weighted(TEAM_LANGUAGES))
    }
    // A big agency runs out of combinations; a middle initial keeps names (and mail addresses) unique.
    const full = usedNames.has(name.full)
      ? `${name.first} ${String.fromCharCode(65 + (usedNames.size % 26))}. ${name.last}`
      : name.full
    usedNames.add(full)
    const local = asciiSlug(full.replace(/\s+/g, '.'), '-').replace(/-/g, '.')
    const updatedAt = active ? createdAt : utcInstant(ctx.today - rand.int(90, 200), 15 * 60)
    return {
      ...recordBase(rand, ctx, createdAt, updatedAt),
      name: full,
      role,
      email: `${local}@${agencyDomain}`,
      weeklyCapacityHours: capacity,
      active,
    }
  }

  for (const role of Object.keys(STAFFING) as TeamRole[]) {
    const { clientsPerPerson, capacities } = STAFFING[role]
    const count = Math.max(1, Math.ceil(ctx.clientCount / clientsPerPerson))
    byRole[role] = []
    for (let i = 0; i < count; i++) {
      const member = newMember(role, i === 0 ? (capacities[0] ?? 37.5) : rand.pick(capacities), true)
      members.push(member)
      byRole[role].push(member)
    }
  }
  members.push(newMember('ads-specialist', 37.5, false))
  return { members, byRole }
}

/** The `index`-th active member of a role, wrapping around (spreads clients evenly). */
export function memberOf(team: Team, role: TeamRole, index: number): TeamMember {
  const pool = team.byRole[role]
  const member = pool[index % pool.length]
  if (!member) throw new RangeError(`The demo team has no ${role}`)
  return member
}
