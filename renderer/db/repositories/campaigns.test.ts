import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CampaignInput } from '@shared/schemas'
import { db } from '../db'
import { ValidationError } from '../errors'
import { setClock } from '../clock'
import { clientInput, resetDatabase } from '../test-helpers'
import { briefsRepository } from './briefs'
import { StageGateError, campaignsRepository } from './campaigns'
import { clientsRepository } from './clients'

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)))
})
afterEach(() => restoreClock())

async function newCampaign(overrides: Partial<CampaignInput> = {}) {
  const client = await clientsRepository.create(clientInput())
  return campaignsRepository.create({
    clientId: client.id,
    name: 'Spring sale',
    channels: ['meta'],
    startDate: '2027-03-01',
    endDate: '2027-03-31',
    mediaBudget: { amountMinor: 500_000, currency: 'EUR' },
    stage: 'planned',
    ownerId: null,
    milestones: [],
    notes: '',
    ...overrides,
  })
}

/** Fills a brief so that it is clear, with the given questions. */
async function clearBrief(campaignId: string, answers: (string | null)[] = []) {
  const brief = await briefsRepository.ensureForCampaign(campaignId)
  return briefsRepository.update(brief.id, {
    goal: 'More bookings',
    businessLogic: 'Spring is when tables fill',
    audience: 'Families nearby',
    kpis: [{ id: crypto.randomUUID(), name: 'Bookings', target: 120, unit: '' }],
    budget: { amountMinor: 500_000, currency: 'EUR' },
    deadline: '2027-02-20',
    deliverables: ['Six ads'],
    channels: ['meta'],
    openQuestions: answers.map((answer, index) => ({
      id: crypto.randomUUID(),
      question: `Question ${index + 1}?`,
      answer,
      answeredAt: answer === null ? null : '2026-11-22T09:00:00.000Z',
    })),
  })
}

describe('campaigns repository', () => {
  it('creates a campaign together with its draft brief', async () => {
    const campaign = await newCampaign()
    const brief = await briefsRepository.forCampaign(campaign.id)
    expect(brief).toMatchObject({ campaignId: campaign.id, clientId: campaign.clientId, status: 'draft' })
    expect(brief?.channels).toEqual(['meta'])
    expect(await db.briefs.count()).toBe(1)
  })

  it('refuses an end before the start and a negative budget, writing nothing', async () => {
    const error = await newCampaign({
      startDate: '2027-03-10',
      endDate: '2027-03-01',
      mediaBudget: { amountMinor: -1, currency: 'EUR' },
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual([
      'endDate',
      'mediaBudget',
    ])
    expect(await db.campaigns.count()).toBe(0)
    expect(await db.briefs.count()).toBe(0)
  })

  it('refuses to create a campaign straight into production (its brief is a fresh draft)', async () => {
    await expect(newCampaign({ stage: 'in-production' })).rejects.toBeInstanceOf(StageGateError)
    expect(await db.campaigns.count()).toBe(0)
    expect(await db.briefs.count()).toBe(0)
  })

  it('refuses to move into production while the brief is a draft, and writes nothing', async () => {
    const campaign = await newCampaign()
    const error = await campaignsRepository
      .moveToStage(campaign.id, 'in-production')
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StageGateError)
    expect((error as StageGateError).reason).toBe('brief-not-approved')
    expect(await db.campaigns.get(campaign.id)).toEqual(campaign)
  })

  it('names the open questions when the brief has some', async () => {
    const campaign = await newCampaign()
    await clearBrief(campaign.id, [null, 'Yes'])
    const error = (await campaignsRepository
      .moveToStage(campaign.id, 'live')
      .catch((caught: unknown) => caught)) as StageGateError
    expect(error).toBeInstanceOf(StageGateError)
    expect(error.openQuestions).toEqual(['Question 1?'])
    expect((await campaignsRepository.get(campaign.id))?.stage).toBe('planned')
  })

  it('refuses a gated stage also when it comes through update', async () => {
    const campaign = await newCampaign()
    await expect(campaignsRepository.update(campaign.id, { stage: 'testing' })).rejects.toBeInstanceOf(
      StageGateError,
    )
    expect((await campaignsRepository.get(campaign.id))?.stage).toBe('planned')
  })

  it('moves into production once the brief is approved without open questions', async () => {
    const campaign = await newCampaign()
    const brief = await clearBrief(campaign.id, ['Yes'])
    await briefsRepository.approve(brief.id)
    const moved = await campaignsRepository.moveToStage(campaign.id, 'in-production')
    expect(moved.stage).toBe('in-production')
    expect((await db.campaigns.get(campaign.id))?.stage).toBe('in-production')
  })

  it('always allows moving back to idea or planned', async () => {
    const campaign = await newCampaign()
    await expect(campaignsRepository.moveToStage(campaign.id, 'idea')).resolves.toMatchObject({
      stage: 'idea',
    })
  })

  it('treats a deleted brief as no brief', async () => {
    const campaign = await newCampaign()
    const brief = await clearBrief(campaign.id)
    await briefsRepository.approve(brief.id)
    await briefsRepository.remove(brief.id)
    const error = (await campaignsRepository
      .moveToStage(campaign.id, 'in-production')
      .catch((caught: unknown) => caught)) as StageGateError
    expect(error.reason).toBe('no-brief')
  })

  it('lists campaigns with their briefs, per client or across clients', async () => {
    const first = await newCampaign()
    const second = await newCampaign({ name: 'Autumn' })
    const mine = await campaignsRepository.listWithBriefs(first.clientId)
    expect(mine.map((row) => [row.campaign.id, row.brief?.campaignId])).toEqual([[first.id, first.id]])
    expect((await campaignsRepository.listWithBriefs()).map((row) => row.campaign.id).sort()).toEqual(
      [first.id, second.id].sort(),
    )
  })

  it('soft-deletes a campaign with its brief', async () => {
    const campaign = await newCampaign()
    await campaignsRepository.remove(campaign.id)
    expect(await campaignsRepository.get(campaign.id)).toBeUndefined()
    expect(await briefsRepository.forCampaign(campaign.id)).toBeUndefined()
  })

  it("records the stage it was created in and every move, in the move's own write", async () => {
    const campaign = await newCampaign()
    expect(campaign.stageHistory).toEqual([{ stage: 'planned', at: campaign.createdAt }])
    const brief = await clearBrief(campaign.id, ['Yes'])
    await briefsRepository.approve(brief.id)
    const produced = await campaignsRepository.moveToStage(campaign.id, 'in-production')
    const live = await campaignsRepository.update(campaign.id, { stage: 'live', notes: 'Launched' })
    const renamed = await campaignsRepository.update(campaign.id, { name: 'Spring sale 2027' })
    expect(renamed.stageHistory.map((change) => change.stage)).toEqual(['planned', 'in-production', 'live'])
    expect(renamed.stageHistory.map((change) => change.at)).toEqual([
      campaign.createdAt,
      produced.updatedAt,
      live.updatedAt,
    ])
    expect((await db.campaigns.get(campaign.id))?.stageHistory).toEqual(renamed.stageHistory)
  })

  it('records nothing for a refused or idle move', async () => {
    const campaign = await newCampaign()
    await campaignsRepository.moveToStage(campaign.id, 'live').catch(() => undefined)
    await campaignsRepository.moveToStage(campaign.id, 'planned')
    expect((await db.campaigns.get(campaign.id))?.stageHistory).toEqual(campaign.stageHistory)
  })

  it('starts a history for campaigns stored before histories existed', async () => {
    const campaign = await newCampaign()
    const { stageHistory: _dropped, ...old } = campaign
    await db.campaigns.put(old as typeof campaign)
    const moved = await campaignsRepository.moveToStage(campaign.id, 'idea')
    expect(moved.stageHistory).toEqual([{ stage: 'idea', at: moved.updatedAt }])
    const renamed = await campaignsRepository.update(campaign.id, { name: 'Renamed' })
    expect(renamed.stageHistory).toEqual(moved.stageHistory)
  })
})
