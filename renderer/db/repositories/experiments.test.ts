import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ExperimentInput } from '@shared/schemas'
import { db } from '../db'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'
import { experimentsRepository } from './experiments'

beforeEach(resetDatabase)

async function input(overrides: Partial<ExperimentInput> = {}): Promise<ExperimentInput> {
  const client = await clientsRepository.create(clientInput())
  return {
    clientId: client.id,
    campaignId: '00000000-0000-4000-8000-000000000009',
    hypothesis: 'A video ad brings cheaper leads than a carousel',
    metric: 'Cost per lead',
    startDate: '2027-03-01',
    endDate: '2027-03-21',
    result: '',
    learning: '',
    stage: 'idea',
    ...overrides,
  }
}

describe('experiments repository', () => {
  it('refuses a test that ends before it starts, writing nothing', async () => {
    const error = await experimentsRepository
      .create(await input({ endDate: '2027-02-01' }))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['endDate'])
    expect(await db.experiments.count()).toBe(0)
  })

  it('lists the tests of one campaign, without deleted ones', async () => {
    const kept = await experimentsRepository.create(await input())
    const gone = await experimentsRepository.create(await input({ hypothesis: 'Shorter copy wins' }))
    await experimentsRepository.create(await input({ campaignId: null }))
    await experimentsRepository.remove(gone.id)
    expect((await experimentsRepository.listForCampaign(kept.campaignId ?? '')).map((e) => e.id)).toEqual([
      kept.id,
    ])
  })
})
