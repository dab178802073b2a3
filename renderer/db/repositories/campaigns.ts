/**
 * Repository of campaigns. Policy "No brief, no project" (seeds 001, 003): a campaign enters
 * production or any later lean-loop stage only when `canEnterStage` (shared/brief-gate.ts)
 * allows it for the campaign's brief. The check and the write run in one transaction over
 * campaigns and briefs, so no brief edit can slip between them, and a refusal writes nothing.
 * Every campaign has exactly one brief: creating a campaign creates its draft brief in the
 * same transaction. Every stage the campaign enters — the one it is created in, and each move by
 * `moveToStage` or `update` — is appended to its `stageHistory` in the write's own transaction,
 * so the weekly card can tell what moved on the lean loop since the last weekly.
 */
import { v4 as uuid } from 'uuid'
import type { z } from 'zod'
import { canEnterStage, type StageGateReason } from '@shared/brief-gate'
import {
  briefSchema,
  campaignInputSchema,
  campaignSchema,
  type Brief,
  type Campaign,
  type CampaignInput,
  type LeanStage,
  type StageChange,
} from '@shared/schemas'
import { db } from '../db'
import { RecordNotFoundError, parseOrThrow } from '../errors'
import { nowIso } from '../clock'
import { createRepository } from '../repository'

/**
 * The campaign fields with the rules the plain schema cannot express: the end is not before
 * the start, and the media budget is never negative. Forms validate with it too.
 */
export const campaignRulesSchema = campaignInputSchema.superRefine(checkRules)

const storedSchema = campaignSchema.superRefine(checkRules)

function checkRules(campaign: CampaignInput, ctx: z.RefinementCtx): void {
  if (campaign.startDate && campaign.endDate && campaign.endDate < campaign.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end is before the start' })
  if (campaign.mediaBudget && campaign.mediaBudget.amountMinor < 0)
    ctx.addIssue({ code: 'custom', path: ['mediaBudget'], message: 'The budget is negative' })
}

/** A refused lean-loop move: why, and the brief's unanswered questions when there are any. */
export class StageGateError extends Error {
  readonly reason: StageGateReason
  readonly stage: LeanStage
  readonly openQuestions: string[]
  constructor(stage: LeanStage, reason: StageGateReason, openQuestions: string[] = []) {
    super(
      `The campaign cannot enter "${stage}": ${reason}${openQuestions.length ? ` (${openQuestions.join('; ')})` : ''}`,
    )
    this.name = 'StageGateError'
    this.stage = stage
    this.reason = reason
    this.openQuestions = openQuestions
  }
}

/** A campaign with its brief, as the board shows it. */
export type CampaignWithBrief = { campaign: Campaign; brief: Brief | undefined }

const base = createRepository(db.campaigns, storedSchema)

/** The history with `stage` entered at `at` appended; rows stored before histories existed have none. */
export function withStageEntered(
  record: { stageHistory?: readonly StageChange[] },
  stage: LeanStage,
  at: string,
): StageChange[] {
  return [...(record.stageHistory ?? []), { stage, at }]
}

function liveBrief(brief: Brief | undefined): Brief | undefined {
  return brief && brief.deletedAt === null ? brief : undefined
}

async function briefOf(campaignId: string): Promise<Brief | undefined> {
  return liveBrief(await db.briefs.where('campaignId').equals(campaignId).first())
}

function assertGate(stage: LeanStage, brief: Brief | undefined): void {
  const gate = canEnterStage(stage, brief)
  if (!gate.ok) throw new StageGateError(stage, gate.reason, gate.openQuestions)
}

/** A new draft brief for a campaign, starting from the campaign's channels and budget. */
function draftBrief(campaign: Campaign): Brief {
  return parseOrThrow(briefSchema, {
    id: uuid(),
    createdAt: campaign.createdAt,
    updatedAt: campaign.createdAt,
    deletedAt: null,
    clientId: campaign.clientId,
    campaignId: campaign.id,
    goal: '',
    businessLogic: '',
    audience: '',
    kpis: [],
    budget: campaign.mediaBudget,
    deadline: null,
    deliverables: [],
    channels: campaign.channels,
    materials: [],
    openQuestions: [],
    status: 'draft',
    approvedAt: null,
  })
}

/** Reads and writes campaigns. */
export const campaignsRepository = {
  ...base,
  /** Creates a campaign and its draft brief in one transaction; a gated stage is refused. */
  async create(input: CampaignInput): Promise<Campaign> {
    const now = nowIso()
    const campaign = parseOrThrow(storedSchema, {
      ...input,
      stageHistory: [{ stage: input.stage, at: now }],
      id: uuid(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    const brief = draftBrief(campaign)
    assertGate(campaign.stage, brief)
    await db.transaction('rw', db.campaigns, db.briefs, async () => {
      await db.campaigns.add(campaign)
      await db.briefs.add(brief)
    })
    return campaign
  },
  /** Updates a campaign; a change of stage passes the brief gate like `moveToStage`. */
  async update(id: string, patch: Partial<CampaignInput>): Promise<Campaign> {
    return db.transaction('rw', db.campaigns, db.briefs, async () => {
      const current = await db.campaigns.get(id)
      if (!current || current.deletedAt !== null) throw new RecordNotFoundError('campaigns', id)
      const now = nowIso()
      const stage = patch.stage ?? current.stage
      const next = parseOrThrow(storedSchema, {
        ...current,
        ...patch,
        ...(stage === current.stage ? {} : { stageHistory: withStageEntered(current, stage, now) }),
        id,
        createdAt: current.createdAt,
        updatedAt: now,
        deletedAt: null,
      })
      if (next.stage !== current.stage) assertGate(next.stage, await briefOf(id))
      await db.campaigns.put(next)
      return next
    })
  },
  /**
   * Moves a campaign to a lean-loop stage. Throws `StageGateError` and writes nothing when the
   * brief does not allow the stage.
   */
  async moveToStage(id: string, stage: LeanStage): Promise<Campaign> {
    return db.transaction('rw', db.campaigns, db.briefs, async () => {
      const current = await db.campaigns.get(id)
      if (!current || current.deletedAt !== null) throw new RecordNotFoundError('campaigns', id)
      if (current.stage === stage) return current
      assertGate(stage, await briefOf(id))
      const now = nowIso()
      const next = { ...current, stage, stageHistory: withStageEntered(current, stage, now), updatedAt: now }
      await db.campaigns.put(next)
      return next
    })
  },
  /** Soft-deletes a campaign together with its brief. */
  async remove(id: string): Promise<void> {
    await db.transaction('rw', db.campaigns, db.briefs, async () => {
      const current = await db.campaigns.get(id)
      if (!current || current.deletedAt !== null) throw new RecordNotFoundError('campaigns', id)
      const now = nowIso()
      await db.campaigns.put({ ...current, updatedAt: now, deletedAt: now })
      const brief = await briefOf(id)
      if (brief) await db.briefs.put({ ...brief, updatedAt: now, deletedAt: now })
    })
  },
  /** Number of campaigns per client id in the given lean-loop stages. */
  async countByClient(stages: readonly Campaign['stage'][]): Promise<Map<string, number>> {
    const campaigns = await db.campaigns
      .where('stage')
      .anyOf([...stages])
      .toArray()
    const counts = new Map<string, number>()
    for (const campaign of campaigns) {
      if (campaign.deletedAt === null) counts.set(campaign.clientId, (counts.get(campaign.clientId) ?? 0) + 1)
    }
    return counts
  },
  /** A client's campaigns. */
  async listForClient(clientId: string): Promise<Campaign[]> {
    const campaigns = await db.campaigns.where('clientId').equals(clientId).toArray()
    return campaigns.filter((campaign) => campaign.deletedAt === null)
  },
  /** Campaigns (of one client, or all) with their briefs, for the lean-loop board. */
  async listWithBriefs(clientId?: string): Promise<CampaignWithBrief[]> {
    return db.transaction('r', db.campaigns, db.briefs, async () => {
      const campaigns = clientId
        ? await db.campaigns.where('clientId').equals(clientId).toArray()
        : await db.campaigns.toArray()
      const live = campaigns.filter((campaign) => campaign.deletedAt === null)
      const briefs = await db.briefs
        .where('campaignId')
        .anyOf(live.map((campaign) => campaign.id))
        .toArray()
      const byCampaign = new Map(briefs.filter((b) => b.deletedAt === null).map((b) => [b.campaignId, b]))
      return live.map((campaign) => ({ campaign, brief: byCampaign.get(campaign.id) }))
    })
  },
}
