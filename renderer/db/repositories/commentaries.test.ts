import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MetricMonthInput } from '@shared/schemas'
import { findingId } from '@shared/results/findings'
import { db } from '../db'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { budgetMonthsRepository } from './budget-months'
import { clientsRepository } from './clients'
import { commentariesRepository, type CommentaryKey, type CommentaryText } from './commentaries'
import { metricMonthsRepository } from './metric-months'
import { resultsRepository } from './results'

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 3, 9, 0, tick++)))
})
afterEach(() => restoreClock())

function row(clientId: string, month: string, values: Partial<MetricMonthInput> = {}): MetricMonthInput {
  return {
    clientId,
    month,
    channel: 'google-ads',
    campaignId: null,
    currency: 'EUR',
    spendMinor: 100_000,
    impressions: 50_000,
    reach: null,
    clicks: 1_000,
    conversions: 50,
    conversionValueMinor: null,
    leads: null,
    followers: null,
    engagements: null,
    custom: {},
    source: 'manual',
    ...values,
  }
}

/**
 * A client started in September 2026 with steady results, except that October's conversions
 * fell from 50 to 30 (−40 %) and October's spend (1 000 €) is above its 800 € budget: two
 * findings in October, an unexplained decrease and over-budget spend.
 */
async function seed(): Promise<CommentaryKey> {
  const client = await clientsRepository.create(clientInput({ cooperationStart: '2026-09-01' }))
  await metricMonthsRepository.create(row(client.id, '2026-09'))
  await metricMonthsRepository.create(row(client.id, '2026-10', { conversions: 30 }))
  await budgetMonthsRepository.upsert({
    clientId: client.id,
    month: '2026-10',
    mediaPlanned: { amountMinor: 80_000, currency: 'EUR' },
    mediaSpent: { amountMinor: 100_000, currency: 'EUR' },
    workHoursPlanned: 10,
    workHoursUsed: 10,
    workFee: null,
  })
  return { clientId: client.id, periodKind: 'month', period: '2026-10' }
}

const overBudget = (key: CommentaryKey) =>
  findingId(key.clientId, 'over-budget', key.period, null, null, 'spend')

function text(overrides: Partial<CommentaryText> = {}): CommentaryText {
  return { summary: '', highlights: [], decreases: [], nextSteps: [], proposal: null, ...overrides }
}

const explained = (cause: string, fix: string): CommentaryText['decreases'] => [
  { id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', metric: 'conversions', cause, fix },
]

describe('commentaries: text', () => {
  it('creates the period’s commentary on first save and edits the same one after', async () => {
    const key = await seed()
    const first = await commentariesRepository.saveText(key, text({ summary: 'A calm month.' }))
    const second = await commentariesRepository.saveText(key, text({ summary: 'A calm month, mostly.' }))
    expect(second.id).toBe(first.id)
    expect(second.createdAt).toBe(first.createdAt)
    expect(await db.commentaries.count()).toBe(1)
    expect((await commentariesRepository.forPeriod(key.clientId, 'month', '2026-10'))?.summary).toBe(
      'A calm month, mostly.',
    )
  })

  it('refuses a period key of another kind or a proposal item that ends before it starts', async () => {
    const key = await seed()
    await expect(
      commentariesRepository.saveText({ ...key, periodKind: 'quarter' }, text()),
    ).rejects.toBeInstanceOf(ValidationError)
    const item = {
      id: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
      title: 'Spring campaign',
      description: '',
      startMonth: '2027-04',
      endMonth: '2027-02',
    }
    const error = await commentariesRepository
      .saveText(
        { ...key, periodKind: 'year', period: '2026' },
        text({ proposal: { items: [item], creativeImages: [] } }),
      )
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([
      { path: 'proposal.items.0.endMonth', message: 'Ends before it starts' },
    ])
    expect(await db.commentaries.count()).toBe(0)
  })
})

describe('commentaries: acknowledging findings', () => {
  it('requires a reason and writes nothing without one', async () => {
    const key = await seed()
    for (const reason of ['', '   ']) {
      const error = await commentariesRepository
        .acknowledge(key, overBudget(key), reason)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues[0]?.path).toBe('reason')
    }
    expect(await db.commentaries.count()).toBe(0)
  })

  it('stores the acknowledgement with its reason and time, and keeps it when the text is saved', async () => {
    const key = await seed()
    await commentariesRepository.acknowledge(key, overBudget(key), '  Agreed extra spend for the sale ')
    await commentariesRepository.saveText(key, text({ summary: 'Sale month.' }))
    const stored = await commentariesRepository.forPeriod(key.clientId, 'month', '2026-10')
    expect(stored?.acknowledgements).toEqual([
      {
        findingId: overBudget(key),
        reason: 'Agreed extra spend for the sale',
        at: expect.stringMatching(/^2026-11-03T09:00:\d\d\.000Z$/) as string,
      },
    ])
    expect(stored?.summary).toBe('Sale month.')
  })

  it('sets verifiedAt only once no finding is open, and clears it when one opens again', async () => {
    const key = await seed()
    // the over-budget spend is acknowledged, the decrease still open
    const acknowledged = await commentariesRepository.acknowledge(key, overBudget(key), 'Agreed extra spend')
    expect(acknowledged.verifiedAt).toBeNull()
    // a cause alone does not explain the decrease …
    const half = await commentariesRepository.saveText(
      key,
      text({ decreases: explained('Tracking broke', '') }),
    )
    expect(half.verifiedAt).toBeNull()
    // … cause and fix do: nothing is open, the period is verified
    const both = await commentariesRepository.saveText(
      key,
      text({ decreases: explained('Tracking broke on the 12th', 'Tag fixed, checked weekly') }),
    )
    expect(both.verifiedAt).not.toBeNull()
    // saving again keeps the moment it was first verified
    const again = await commentariesRepository.saveText(
      key,
      text({ summary: 'Edited.', decreases: both.decreases }),
    )
    expect(again.verifiedAt).toBe(both.verifiedAt)
    // taking the acknowledgement back opens the finding again
    const withdrawn = await commentariesRepository.withdrawAcknowledgement(key, overBudget(key))
    expect(withdrawn.verifiedAt).toBeNull()
    expect(withdrawn.acknowledgements).toEqual([])
  })

  it('re-checks a verified period after its data changed', async () => {
    const key = await seed()
    await commentariesRepository.acknowledge(key, overBudget(key), 'Agreed extra spend')
    const verified = await commentariesRepository.saveText(
      key,
      text({ decreases: explained('Tracking broke', 'Tag fixed') }),
    )
    expect(verified.verifiedAt).not.toBeNull()
    // nothing changed: re-checking writes nothing
    expect((await commentariesRepository.recheck(key))?.updatedAt).toBe(verified.updatedAt)
    // a row with more clicks than impressions is a new, open finding
    await metricMonthsRepository.create(
      row(key.clientId, '2026-10', { channel: 'meta', impressions: 100, clicks: 500, spendMinor: null }),
    )
    expect((await commentariesRepository.recheck(key))?.verifiedAt).toBeNull()
    // a period without a commentary is not created by a re-check
    expect(await commentariesRepository.recheck({ ...key, period: '2026-09' })).toBeUndefined()
  })

  it('reads a client’s results data for the screens, acknowledgements included', async () => {
    const key = await seed()
    await commentariesRepository.acknowledge(key, overBudget(key), 'Agreed extra spend')
    const data = await resultsRepository.forClient(key.clientId)
    expect(data?.rows).toHaveLength(2)
    expect(data?.budgets).toHaveLength(1)
    expect(data?.commentaries[0]?.acknowledgements).toHaveLength(1)
    expect(await resultsRepository.forClient('8d0c2b1a-3e4f-4a5b-9c6d-7e8f9a0b1c2d')).toBeNull()
  })
})
