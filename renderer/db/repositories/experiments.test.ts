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

  it('records the stage a test was created in and each move', async () => {
    const created = await experimentsRepository.create(await input())
    expect(created.stageHistory).toEqual([{ stage: 'idea', at: created.createdAt }])
    const live = await experimentsRepository.moveToStage(created.id, 'live')
    const same = await experimentsRepository.moveToStage(created.id, 'live')
    expect(same).toEqual(live)
    const learned = await experimentsRepository.update(created.id, {
      stage: 'learned',
      learning: 'Video wins',
    })
    const edited = await experimentsRepository.update(created.id, { result: '-18 % cost per lead' })
    expect(edited.stageHistory.map((change) => change.stage)).toEqual(['idea', 'live', 'learned'])
    expect(edited.stageHistory.at(-1)?.at).toBe(learned.updatedAt)
    expect((await db.experiments.get(created.id))?.stageHistory).toEqual(edited.stageHistory)
  })

  it('refuses a bad update without touching the history', async () => {
    const created = await experimentsRepository.create(await input())
    await expect(
      experimentsRepository.update(created.id, { stage: 'live', endDate: '2027-01-01' }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.experiments.get(created.id)).toEqual(created)
  })
})
