/**
 * Repository of briefs. Policy "No brief, no project" (seeds 001, 003): one brief per campaign
 * (the campaign repository creates it with the campaign), and a brief becomes approved only
 * through `approve`, which refuses while `canApproveBrief` (shared/brief-gate.ts) says it is not
 * clear — a required part missing or a question still open.
 */
import { v4 as uuid } from 'uuid'
import { canApproveBrief, type BriefRequiredField } from '@shared/brief-gate'
import { briefSchema, type Brief, type BriefInput, type Campaign } from '@shared/schemas'
import { db } from '../db'
import { RecordNotFoundError, parseOrThrow } from '../errors'
import { nowIso } from '../clock'
import { createRepository, type NewRecord } from '../repository'

/** A refused approval: the brief's missing parts and unanswered questions. */
export class BriefApprovalError extends Error {
  readonly missing: BriefRequiredField[]
  readonly openQuestions: string[]
  constructor(missing: BriefRequiredField[], openQuestions: string[]) {
    super(
      `The brief cannot be approved: ${[
        missing.length ? `missing ${missing.join(', ')}` : '',
        openQuestions.length ? `open questions: ${openQuestions.join('; ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')}`,
    )
    this.name = 'BriefApprovalError'
    this.missing = missing
    this.openQuestions = openQuestions
  }
}

/** A campaign already has a brief; a second one is refused. */
export class DuplicateBriefError extends Error {
  constructor(campaignId: string) {
    super(`Campaign ${campaignId} already has a brief`)
    this.name = 'DuplicateBriefError'
  }
}

const base = createRepository(db.briefs, briefSchema)

async function liveForCampaign(campaignId: string): Promise<Brief | undefined> {
  const brief = await db.briefs.where('campaignId').equals(campaignId).first()
  return brief?.deletedAt === null ? brief : undefined
}

/** Reads and writes campaign briefs. */
export const briefsRepository = {
  ...base,
  /** The brief of a campaign, if it has one. */
  async forCampaign(campaignId: string): Promise<Brief | undefined> {
    return liveForCampaign(campaignId)
  },
  /** Creates a campaign's brief; refused when the campaign has one, or when it says "approved". */
  async create(input: NewRecord<Brief>): Promise<Brief> {
    if (input.status === 'approved') {
      const approval = canApproveBrief(input)
      if (!approval.ok) throw new BriefApprovalError(approval.missing, approval.openQuestions)
    }
    const now = nowIso()
    const brief = parseOrThrow(briefSchema, {
      ...input,
      id: uuid(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    await db.transaction('rw', db.briefs, db.campaigns, async () => {
      const campaign = await db.campaigns.get(brief.campaignId)
      if (!campaign || campaign.deletedAt !== null)
        throw new RecordNotFoundError('campaigns', brief.campaignId)
      // A soft-deleted brief still holds the unique campaignId index: the new one replaces it.
      const existing = await db.briefs.where('campaignId').equals(brief.campaignId).first()
      if (existing && existing.deletedAt === null) throw new DuplicateBriefError(brief.campaignId)
      if (existing) await db.briefs.delete(existing.id)
      await db.briefs.add(brief)
    })
    return brief
  },
  /**
   * The campaign's brief, creating an empty draft when it has none (campaigns imported or made
   * before briefs existed).
   */
  async ensureForCampaign(campaignId: string): Promise<Brief> {
    return db.transaction('rw', db.briefs, db.campaigns, async () => {
      const existing = await liveForCampaign(campaignId)
      if (existing) return existing
      const campaign = await db.campaigns.get(campaignId)
      if (!campaign || campaign.deletedAt !== null) throw new RecordNotFoundError('campaigns', campaignId)
      const now = nowIso()
      const brief = parseOrThrow(briefSchema, {
        id: uuid(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        clientId: campaign.clientId,
        campaignId,
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
      const stale = await db.briefs.where('campaignId').equals(campaignId).first()
      if (stale) await db.briefs.delete(stale.id)
      await db.briefs.add(brief)
      return brief
    })
  },
  /**
   * Saves a brief's contents. Approval happens only through `approve`: a patch may not set the
   * status to approved. Editing an approved brief keeps it approved only while it stays clear;
   * otherwise it goes back to clarifying, so the gate and the status never disagree.
   */
  async update(id: string, patch: Partial<BriefInput>): Promise<Brief> {
    return db.transaction('rw', db.briefs, async () => {
      const current = await db.briefs.get(id)
      if (!current || current.deletedAt !== null) throw new RecordNotFoundError('briefs', id)
      const { campaignId: _campaignId, clientId: _clientId, approvedAt: _approvedAt, ...rest } = patch
      if (rest.status === 'approved' && current.status !== 'approved') {
        const approval = canApproveBrief({ ...current, ...rest })
        throw new BriefApprovalError(
          approval.ok ? [] : approval.missing,
          approval.ok ? [] : approval.openQuestions,
        )
      }
      const merged = { ...current, ...rest }
      const stillClear = merged.status !== 'approved' || canApproveBrief(merged).ok
      const next = parseOrThrow(briefSchema, {
        ...merged,
        status: stillClear ? merged.status : 'clarifying',
        approvedAt: stillClear ? merged.approvedAt : null,
        id,
        createdAt: current.createdAt,
        updatedAt: nowIso(),
        deletedAt: null,
      })
      await db.briefs.put(next)
      return next
    })
  },
  /** Approves a brief; throws `BriefApprovalError` and writes nothing while it is not clear. */
  async approve(id: string): Promise<Brief> {
    return db.transaction('rw', db.briefs, async () => {
      const current = await db.briefs.get(id)
      if (!current || current.deletedAt !== null) throw new RecordNotFoundError('briefs', id)
      const approval = canApproveBrief(current)
      if (!approval.ok) throw new BriefApprovalError(approval.missing, approval.openQuestions)
      if (current.status === 'approved') return current
      const now = nowIso()
      const next = { ...current, status: 'approved' as const, approvedAt: now, updatedAt: now }
      await db.briefs.put(next)
      return next
    })
  },
  /** Briefs not approved yet (draft or clarifying) across clients, each with its live campaign. */
  async listUnapprovedWithCampaigns(): Promise<{ brief: Brief; campaign: Campaign }[]> {
    return db.transaction('r', db.briefs, db.campaigns, async () => {
      const briefs = (await db.briefs.where('status').anyOf(['draft', 'clarifying']).toArray()).filter(
        (brief) => brief.deletedAt === null,
      )
      const campaigns = await db.campaigns.bulkGet(briefs.map((brief) => brief.campaignId))
      return briefs.flatMap((brief, i) => {
        const campaign = campaigns[i]
        return campaign && campaign.deletedAt === null ? [{ brief, campaign }] : []
      })
    })
  },
}
