import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { touchpointIdentity } from '@shared/cadence'
import { generateDemoAgency } from '@shared/demo'
import { db } from './db'
import { loadDemoAgency } from './demo'
import { clientsRepository } from './repositories/clients'
import { touchpointsRepository } from './repositories/touchpoints'
import { clientInput, resetDatabase } from './test-helpers'

const TODAY = '2026-11-23'
const agency = generateDemoAgency({ seed: 5, today: TODAY, clients: 4, years: 1 })

beforeEach(resetDatabase)

async function identities(): Promise<string[]> {
  return (await db.touchpoints.toArray()).map(touchpointIdentity)
}

describe('loading the demo agency', () => {
  it('stores its rhythm, and opening Today afterwards adds only what lies ahead', async () => {
    await loadDemoAgency(agency)
    expect(await db.touchpoints.count()).toBe(agency.touchpoints.length)
    const overdueBefore = (await touchpointsRepository.listDueBy(TODAY)).length
    expect(overdueBefore).toBeGreaterThan(0)

    const { added, updated } = await touchpointsRepository.syncAround(TODAY, 35, 14)
    expect(updated).toBe(0)
    expect(added).toBeGreaterThan(0)
    const rows = await db.touchpoints.toArray()
    expect(rows.filter((row) => row.dueDate <= TODAY)).toHaveLength(agency.touchpoints.length)
    const all = await identities()
    expect(new Set(all).size).toBe(all.length)
    expect((await touchpointsRepository.listDueBy(TODAY)).length).toBe(overdueBefore)
  })

  it('keeps the touchpoints already stored: the PM’s status, and no second agency weekly', async () => {
    await clientsRepository.create(clientInput({ cooperationStart: '2025-03-01' }))
    await touchpointsRepository.sync('2026-11-01', TODAY)
    const weekly = (await db.touchpoints.toArray()).find((row) => row.kind === 'internal-weekly')
    await touchpointsRepository.skip(weekly!.id, 'Team offsite')

    await loadDemoAgency(agency)
    await loadDemoAgency(agency)
    const all = await identities()
    expect(new Set(all).size).toBe(all.length)
    expect((await db.touchpoints.get(weekly!.id))?.skipReason).toBe('Team offsite')
  })

  it('reports its progress chunk by chunk, up to every record written', async () => {
    const progress: { written: number; total: number }[] = []
    await loadDemoAgency(agency, (step) => progress.push(step))
    const total = Object.values(agency).reduce((n, value) => n + (Array.isArray(value) ? value.length : 1), 0)
    expect(progress[0]).toEqual({ written: 0, total })
    expect(progress.at(-1)).toEqual({ written: total, total })
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.written).toBeGreaterThan(progress[i - 1]!.written)
    expect(await db.metricMonths.count()).toBe(agency.metricMonths.length)
  })
})
