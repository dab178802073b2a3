/**
 * Repository of report commentaries, one per client and report period (the
 * `&[clientId+periodKind+period]` index is unique), so saving upserts.
 *
 * Policy: the text (summary, highlights, explained decreases, next steps, proposal) and the
 * acknowledged findings are written separately, each keeping the other, so the commentary
 * editor and the verification panel never overwrite one another. After every write the period
 * is checked again (shared/results/verification.ts) in the same transaction: `verifiedAt` is
 * stamped when no finding is left open — kept from the first time while it stays so — and
 * cleared when one is. An acknowledgement without a reason is refused.
 */
import { v4 as uuid } from 'uuid'
import { z } from 'zod'
import {
  commentaryInputSchema,
  commentarySchema,
  findingAcknowledgementSchema,
  periodKindSchema,
  type Commentary,
  type CommentaryInput,
  type PeriodKind,
} from '@shared/schemas'
import { periodAcknowledgements, periodStatus } from '@shared/results/period-status'
import { resolvePeriod } from '@shared/results/periods'
import { verifyPeriod } from '@shared/results/verification'
import { db } from '../db'
import { nowIso } from '../clock'
import { parseOrThrow } from '../errors'
import { createRepository } from '../repository'
import { readClientResults, RESULTS_TABLES } from './results'

const base = createRepository(db.commentaries, commentarySchema)

/** The client and report period a commentary belongs to. */
export type CommentaryKey = { clientId: string; periodKind: PeriodKind; period: string }

/** The fields the commentary editor writes. */
export type CommentaryText = Pick<
  CommentaryInput,
  'summary' | 'highlights' | 'decreases' | 'nextSteps' | 'proposal'
>

function kindOfKey(period: string): PeriodKind | null {
  try {
    const resolved = resolvePeriod(period, '2000-01-01')
    return resolved.scheme === 'calendar' ? resolved.kind : null
  } catch {
    return null
  }
}

/** A commentary key: a client id, and a calendar period key of the kind named. */
export const commentaryKeySchema = z
  .object({ clientId: z.uuid(), periodKind: periodKindSchema, period: z.string() })
  .refine((key) => kindOfKey(key.period) === key.periodKind, {
    path: ['period'],
    message: 'Expected a period key of its kind: 2026-10, 2026-Q4 or 2026',
  })

/** The commentary text under Cadence's rules: a proposal item cannot end before it starts. */
export const commentaryTextSchema = commentaryInputSchema
  .pick({ summary: true, highlights: true, decreases: true, nextSteps: true, proposal: true })
  .superRefine((text, ctx) => {
    text.proposal?.items.forEach((item, index) => {
      if (item.endMonth < item.startMonth)
        ctx.addIssue({
          code: 'custom',
          path: ['proposal', 'items', index, 'endMonth'],
          message: 'Ends before it starts',
        })
    })
  })

const EMPTY_TEXT: CommentaryText = {
  summary: '',
  highlights: [],
  decreases: [],
  nextSteps: [],
  proposal: null,
}

async function findStored(key: CommentaryKey): Promise<Commentary | undefined> {
  return db.commentaries
    .where('[clientId+periodKind+period]')
    .equals([key.clientId, key.periodKind, key.period])
    .first()
}

/** Whether the period has no open finding, with the commentary as it is about to be stored. */
async function isPeriodVerified(next: Commentary): Promise<boolean> {
  const data = await readClientResults(next.clientId)
  if (!data) return false
  const commentaries = [...data.commentaries.filter((c) => c.id !== next.id), next]
  const findings = verifyPeriod({
    client: data.client,
    rows: data.rows,
    budgets: data.budgets,
    commentaries,
    period: next.period,
  })
  return periodStatus(findings, periodAcknowledgements(commentaries, next)).verified
}

/**
 * Writes the period's commentary with `change` applied to the stored one (or to an empty one),
 * re-checking the period for `verifiedAt`; one transaction, validated before anything is written.
 */
async function upsert(
  keyInput: CommentaryKey,
  change: (current: CommentaryInput) => Partial<CommentaryInput>,
  options: { onlyIfVerificationChanged?: boolean } = {},
): Promise<Commentary> {
  const key = parseOrThrow(commentaryKeySchema, keyInput)
  return db.transaction('rw', [...RESULTS_TABLES], async () => {
    const found = await findStored(key)
    const stored = found?.deletedAt === null ? found : undefined
    const now = nowIso()
    const current: CommentaryInput = {
      ...EMPTY_TEXT,
      ...(stored ? pickText(stored) : {}),
      ...key,
      // Records written before acknowledgements existed have neither field.
      acknowledgements: stored?.acknowledgements ?? [],
      verifiedAt: stored?.verifiedAt ?? null,
    }
    const draft = parseOrThrow(commentarySchema, {
      ...current,
      ...change(current),
      ...key,
      id: found?.id ?? uuid(),
      createdAt: found?.createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
    })
    const verified = await isPeriodVerified(draft)
    const verifiedAt = verified ? (current.verifiedAt ?? now) : null
    if (stored && options.onlyIfVerificationChanged && verifiedAt === current.verifiedAt) return stored
    const record: Commentary = { ...draft, verifiedAt }
    await db.commentaries.put(record)
    return record
  })
}

function pickText(commentary: Commentary): CommentaryText {
  const { summary, highlights, decreases, nextSteps, proposal } = commentary
  return { summary, highlights, decreases, nextSteps, proposal }
}

/** Reads and writes the PM's commentary per client and report period. */
export const commentariesRepository = {
  ...base,
  /** The commentary of one client and period, if written. */
  async forPeriod(clientId: string, periodKind: PeriodKind, period: string): Promise<Commentary | undefined> {
    const found = await findStored({ clientId, periodKind, period })
    return found?.deletedAt === null ? found : undefined
  },

  /** A client's commentaries, every period. */
  async listForClient(clientId: string): Promise<Commentary[]> {
    const all = await db.commentaries.where('clientId').equals(clientId).toArray()
    return all.filter((c) => c.deletedAt === null)
  },

  /**
   * Saves the text of a period's commentary, creating the commentary on first save; its
   * acknowledgements are kept. Throws a ValidationError naming the fields, writing nothing.
   */
  async saveText(key: CommentaryKey, text: CommentaryText): Promise<Commentary> {
    const valid = parseOrThrow(commentaryTextSchema, text)
    return upsert(key, () => valid)
  },

  /**
   * Acknowledges a finding of the period with the reason it is fine (replacing an earlier
   * acknowledgement of it). Throws a ValidationError, writing nothing, when the reason is empty.
   */
  async acknowledge(key: CommentaryKey, findingId: string, reason: string): Promise<Commentary> {
    const acknowledgement = parseOrThrow(findingAcknowledgementSchema, { findingId, reason, at: nowIso() })
    return upsert(key, (current) => ({
      acknowledgements: [
        ...current.acknowledgements.filter((a) => a.findingId !== findingId),
        acknowledgement,
      ],
    }))
  },

  /** Takes an acknowledgement back: the finding is open again. */
  async withdrawAcknowledgement(key: CommentaryKey, findingId: string): Promise<Commentary> {
    return upsert(key, (current) => ({
      acknowledgements: current.acknowledgements.filter((a) => a.findingId !== findingId),
    }))
  },

  /** Checks the period again after its data changed and updates `verifiedAt`; nothing is created. */
  async recheck(key: CommentaryKey): Promise<Commentary | undefined> {
    const stored = await commentariesRepository.forPeriod(key.clientId, key.periodKind, key.period)
    return stored ? upsert(key, () => ({}), { onlyIfVerificationChanged: true }) : undefined
  },
}
