import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db'
import { setClock } from '../clock'
import { clientInput, resetDatabase } from '../test-helpers'
import { BriefApprovalError, DuplicateBriefError, briefsRepository } from './briefs'
import { campaignsRepository } from './campaigns'
import { clientsRepository } from './clients'

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)))
})
afterEach(() => restoreClock())

async function campaignWithBrief() {
  const client = await clientsRepository.create(clientInput())
  const campaign = await campaignsRepository.create({
    clientId: client.id,
    name: 'Spring sale',
    channels: ['meta'],
    startDate: null,
    endDate: null,
    mediaBudget: null,
    stage: 'idea',
    ownerId: null,
    milestones: [],
    notes: '',
  })
  const brief = await briefsRepository.ensureForCampaign(campaign.id)
  return { campaign, brief }
}

const CLEAR = {
  goal: 'More bookings',
  businessLogic: 'Spring is when tables fill',
  audience: 'Families nearby',
  kpis: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Bookings', target: 120, unit: '' }],
  budget: { amountMinor: 0, currency: 'EUR' },
  deadline: '2027-02-20',
  deliverables: ['Six ads'],
  channels: ['meta' as const],
}
const question = (answer: string | null) => ({
  id: '00000000-0000-4000-8000-000000000002',
  question: 'Which shops take part?',
  answer,
  answeredAt: answer === null ? null : '2026-11-22T09:00:00.000Z',
})

describe('briefs repository', () => {
  it('keeps one brief per campaign: ensure returns the existing one, create refuses a second', async () => {
    const { campaign, brief } = await campaignWithBrief()
    expect((await briefsRepository.ensureForCampaign(campaign.id)).id).toBe(brief.id)
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = brief
    await expect(briefsRepository.create(input)).rejects.toBeInstanceOf(DuplicateBriefError)
    expect(await db.briefs.count()).toBe(1)
  })

  it('refuses to approve a brief with missing parts, naming them, and writes nothing', async () => {
    const { brief } = await campaignWithBrief()
    const error = (await briefsRepository
      .approve(brief.id)
      .catch((caught: unknown) => caught)) as BriefApprovalError
    expect(error).toBeInstanceOf(BriefApprovalError)
    expect(error.missing).toEqual([
      'goal',
      'businessLogic',
      'audience',
      'kpis',
      'budget',
      'deadline',
      'deliverables',
    ])
    expect((await briefsRepository.get(brief.id))?.status).toBe('draft')
  })

  it('refuses to approve while a question is open, naming it', async () => {
    const { brief } = await campaignWithBrief()
    await briefsRepository.update(brief.id, {
      ...CLEAR,
      openQuestions: [question(null)],
      status: 'clarifying',
    })
    const error = (await briefsRepository
      .approve(brief.id)
      .catch((caught: unknown) => caught)) as BriefApprovalError
    expect(error.openQuestions).toEqual(['Which shops take part?'])
    expect(error.missing).toEqual([])
    expect((await briefsRepository.get(brief.id))?.status).toBe('clarifying')
  })

  it('approves a clear brief and stamps the time', async () => {
    const { brief } = await campaignWithBrief()
    await briefsRepository.update(brief.id, { ...CLEAR, openQuestions: [question('All three')] })
    const approved = await briefsRepository.approve(brief.id)
    expect(approved.status).toBe('approved')
    expect(approved.approvedAt).toBe(approved.updatedAt)
  })

  it('does not let an update set the status to approved behind approve()', async () => {
    const { brief } = await campaignWithBrief()
    await expect(briefsRepository.update(brief.id, { status: 'approved' })).rejects.toBeInstanceOf(
      BriefApprovalError,
    )
    expect((await briefsRepository.get(brief.id))?.status).toBe('draft')
  })

  it('sends an approved brief back to clarifying when an edit adds an open question', async () => {
    const { brief } = await campaignWithBrief()
    await briefsRepository.update(brief.id, CLEAR)
    await briefsRepository.approve(brief.id)
    const edited = await briefsRepository.update(brief.id, { openQuestions: [question(null)] })
    expect(edited.status).toBe('clarifying')
    expect(edited.approvedAt).toBeNull()
  })
})

describe('briefs not approved yet', () => {
  it('lists drafts and clarifying briefs with their campaigns, not approved or deleted ones', async () => {
    const { campaign, brief } = await campaignWithBrief()
    const other = await campaignWithBrief()
    await briefsRepository.update(other.brief.id, { ...CLEAR, openQuestions: [question('Yes')] })
    await briefsRepository.approve(other.brief.id)
    const gone = await campaignWithBrief()
    await campaignsRepository.remove(gone.campaign.id)

    const open = await briefsRepository.listUnapprovedWithCampaigns()
    expect(open.map((row) => [row.brief.id, row.campaign.id])).toEqual([[brief.id, campaign.id]])
  })
})
