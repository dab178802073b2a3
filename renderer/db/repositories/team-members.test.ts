import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { TeamMemberInput } from '@shared/schemas'
import { db } from '../db'
import { ValidationError } from '../errors'
import { resetDatabase } from '../test-helpers'
import { teamMembersRepository } from './team-members'

function member(overrides: Partial<TeamMemberInput> = {}): TeamMemberInput {
  return {
    name: 'Aino Virtanen',
    role: 'ads-specialist',
    email: 'aino@example.com',
    weeklyCapacityHours: 32,
    active: true,
    ...overrides,
  }
}

beforeEach(resetDatabase)

describe('team members', () => {
  it('creates a member with the name trimmed', async () => {
    const created = await teamMembersRepository.create(member({ name: '  Aino Virtanen ' }))
    expect(created.name).toBe('Aino Virtanen')
    expect(await teamMembersRepository.get(created.id)).toEqual(created)
  })

  it('refuses an empty name, a bad e-mail and capacity outside 0–80 h, writing nothing', async () => {
    const error = await teamMembersRepository
      .create(member({ name: '   ', email: 'not-an-address', weeklyCapacityHours: 81 }))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual([
      'email',
      'name',
      'weeklyCapacityHours',
    ])
    await expect(teamMembersRepository.create(member({ weeklyCapacityHours: -1 }))).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect(await db.teamMembers.count()).toBe(0)
  })

  it('lists active members first, then by name, and hides removed ones', async () => {
    await teamMembersRepository.create(member({ name: 'Zofia Nowak' }))
    await teamMembersRepository.create(member({ name: 'Bojan Petrov', active: false }))
    const gone = await teamMembersRepository.create(member({ name: 'Anna Kowalska' }))
    await teamMembersRepository.create(member({ name: 'Eero Mäki' }))
    await teamMembersRepository.remove(gone.id)
    expect((await teamMembersRepository.listSorted({ locale: 'en-GB' })).map((m) => m.name)).toEqual([
      'Eero Mäki',
      'Zofia Nowak',
      'Bojan Petrov',
    ])
  })
})
