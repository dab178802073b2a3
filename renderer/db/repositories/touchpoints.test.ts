import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'
import { touchpointsRepository } from './touchpoints'

beforeEach(resetDatabase)

describe('syncing the rhythm into touchpoints', () => {
  it('adds the month’s touchpoints once and keeps statuses when regenerated', async () => {
    await clientsRepository.create(clientInput({ cooperationStart: '2025-03-01', activityLevel: 'active' }))
    const first = await touchpointsRepository.sync('2026-11-01', '2026-11-30')
    expect(first.added).toBeGreaterThan(8) // Monday mails, Friday summaries, weeklies, monthly report …
    const kinds = new Set((await db.touchpoints.toArray()).map((row) => row.kind))
    expect(kinds).toEqual(
      new Set([
        'monday-plan-mail',
        'friday-summary',
        'internal-weekly',
        'monthly-report',
        'publishing-schedule',
      ]),
    )

    const [monday] = (await touchpointsRepository.listDueBy('2026-11-03')).filter(
      (row) => row.kind === 'monday-plan-mail',
    )
    await touchpointsRepository.markDone(monday!.id, { type: 'mail', refId: null })
    const again = await touchpointsRepository.sync('2026-11-01', '2026-11-30')
    expect(again).toEqual({ added: 0, updated: 0 })
    expect(await db.touchpoints.count()).toBe(first.added)
    expect((await db.touchpoints.get(monday!.id))?.status).toBe('done')
  })

  it('refuses to skip without a reason and keeps the touchpoint due', async () => {
    await clientsRepository.create(clientInput())
    await touchpointsRepository.sync('2026-11-01', '2026-11-30')
    const [row] = await touchpointsRepository.listDueBy('2026-11-30')
    await expect(touchpointsRepository.skip(row!.id, '  ')).rejects.toBeInstanceOf(ValidationError)
    expect((await db.touchpoints.get(row!.id))?.status).toBe('due')
    await touchpointsRepository.skip(row!.id, 'Client on holiday')
    expect((await db.touchpoints.get(row!.id))?.skipReason).toBe('Client on holiday')
  })
})

describe('syncing around today', () => {
  it('starts a fresh rhythm at today, then reaches back to the first sync, never further', async () => {
    await clientsRepository.create(clientInput({ cooperationStart: '2024-01-15' }))
    await touchpointsRepository.syncAround('2026-11-23', 35, 14)
    const dues = (await db.touchpoints.toArray()).map((row) => row.dueDate).sort()
    expect(dues[0]! >= '2026-11-23').toBe(true)

    // A week later the week in between is generated, but nothing before the first sync.
    await touchpointsRepository.syncAround('2026-11-30', 35, 14)
    const later = (await db.touchpoints.toArray()).map((row) => row.dueDate).sort()
    expect(later[0]! >= '2026-11-23').toBe(true)
    expect(later.at(-1)! > dues.at(-1)!).toBe(true)
  })
})
