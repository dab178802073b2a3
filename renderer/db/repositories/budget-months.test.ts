import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BudgetMonthInput } from '@shared/schemas'
import { db } from '../db'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { resetDatabase } from '../test-helpers'
import { budgetMonthsRepository } from './budget-months'

const CLIENT = '0b8f5a52-5a3e-4f4e-9d3e-1f7a2b6c9d01'
const OTHER = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f'

function budget(overrides: Partial<BudgetMonthInput> = {}): BudgetMonthInput {
  return {
    clientId: CLIENT,
    month: '2026-11',
    mediaPlanned: { amountMinor: 500_000, currency: 'EUR' },
    mediaSpent: { amountMinor: 120_000, currency: 'EUR' },
    workHoursPlanned: 40,
    workHoursUsed: 12.5,
    workFee: { amountMinor: 400_000, currency: 'EUR' },
    ...overrides,
  }
}

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)))
})
afterEach(() => restoreClock())

describe('budget months', () => {
  it('upserts: a second save of the same client and month edits the one record', async () => {
    const first = await budgetMonthsRepository.upsert(budget())
    const second = await budgetMonthsRepository.upsert(
      budget({ mediaSpent: { amountMinor: 450_000, currency: 'EUR' } }),
    )
    expect(second.id).toBe(first.id)
    expect(second.createdAt).toBe(first.createdAt)
    expect(second.updatedAt > first.updatedAt).toBe(true)
    expect(await db.budgetMonths.count()).toBe(1)
    expect((await budgetMonthsRepository.forClientMonth(CLIENT, '2026-11'))?.mediaSpent.amountMinor).toBe(
      450_000,
    )
  })

  it('keeps one record per client and month: other months and clients get their own', async () => {
    await budgetMonthsRepository.upsert(budget())
    await budgetMonthsRepository.upsert(budget({ month: '2026-10' }))
    await budgetMonthsRepository.upsert(budget({ clientId: OTHER }))
    expect((await budgetMonthsRepository.listForClient(CLIENT)).map((b) => b.month)).toEqual([
      '2026-11',
      '2026-10',
    ])
    expect((await budgetMonthsRepository.listForMonth('2026-11')).map((b) => b.clientId).sort()).toEqual(
      [CLIENT, OTHER].sort(),
    )
  })

  it('revives a soft-deleted month instead of failing on the unique index', async () => {
    const first = await budgetMonthsRepository.upsert(budget())
    await budgetMonthsRepository.remove(first.id)
    expect(await budgetMonthsRepository.forClientMonth(CLIENT, '2026-11')).toBeUndefined()
    const revived = await budgetMonthsRepository.upsert(budget({ workHoursUsed: 20 }))
    expect(revived.id).toBe(first.id)
    expect(revived.deletedAt).toBeNull()
    expect(await budgetMonthsRepository.listForClient(CLIENT)).toEqual([revived])
  })

  it('refuses negative money and hours with field issues and writes nothing', async () => {
    const error = await budgetMonthsRepository
      .upsert(
        budget({
          mediaPlanned: { amountMinor: -1, currency: 'EUR' },
          workHoursUsed: -2,
          workFee: { amountMinor: -100, currency: 'EUR' },
        }),
      )
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => issue.path.split('.')[0]).sort()).toEqual([
      'mediaPlanned',
      'workFee',
      'workHoursUsed',
    ])
    expect(await db.budgetMonths.count()).toBe(0)
  })

  it('refuses a spend or fee in another currency than the plan', async () => {
    const error = await budgetMonthsRepository
      .upsert(
        budget({
          mediaSpent: { amountMinor: 100, currency: 'PLN' },
          workFee: { amountMinor: 100, currency: 'USD' },
        }),
      )
      .catch((caught: unknown) => caught)
    expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual([
      'mediaSpent',
      'workFee',
    ])
    expect(await db.budgetMonths.count()).toBe(0)
  })

  it('leaves the stored month untouched when a bad upsert or update is refused', async () => {
    const stored = await budgetMonthsRepository.upsert(budget())
    await expect(budgetMonthsRepository.upsert(budget({ workHoursPlanned: -1 }))).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(
      budgetMonthsRepository.update(stored.id, { mediaSpent: { amountMinor: -5, currency: 'EUR' } }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      budgetMonthsRepository.create(budget({ month: '2026-12', workHoursUsed: -1 })),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.budgetMonths.toArray()).toEqual([stored])
  })

  it('refuses a month that is not YYYY-MM', async () => {
    await expect(budgetMonthsRepository.upsert(budget({ month: '2026-13' }))).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect(await db.budgetMonths.count()).toBe(0)
  })
})
