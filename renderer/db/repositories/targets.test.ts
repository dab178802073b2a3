import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { resetDatabase } from '../test-helpers'
import { targetsRepository } from './targets'

const CLIENT = '0b8f5a52-5a3e-4f4e-9d3e-1f7a2b6c9d01'
const OTHER = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f'

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)))
})
afterEach(() => restoreClock())

describe('targets', () => {
  it('sets a target per client, KPI and period, editing it when set again', async () => {
    const first = await targetsRepository.upsert({
      clientId: CLIENT,
      kpi: 'leads',
      periodKind: 'month',
      period: '2026-12',
      value: 40,
    })
    const second = await targetsRepository.upsert({
      clientId: CLIENT,
      kpi: 'leads',
      periodKind: 'month',
      period: '2026-12',
      value: 45,
    })
    expect(second.id).toBe(first.id)
    expect(second.value).toBe(45)
    await targetsRepository.upsert({
      clientId: CLIENT,
      kpi: 'spend',
      periodKind: 'month',
      period: '2026-12',
      value: 100_000,
    })
    await targetsRepository.upsert({
      clientId: CLIENT,
      kpi: 'leads',
      periodKind: 'quarter',
      period: '2027-Q1',
      value: 130,
    })
    await targetsRepository.upsert({
      clientId: OTHER,
      kpi: 'leads',
      periodKind: 'month',
      period: '2026-12',
      value: 9,
    })
    const mine = await targetsRepository.listForClient(CLIENT)
    expect(mine.map((t) => `${t.kpi} ${t.period} ${t.value}`).sort()).toEqual([
      'leads 2026-12 45',
      'leads 2027-Q1 130',
      'spend 2026-12 100000',
    ])
  })

  it('refuses a period that does not match its kind of key and writes nothing', async () => {
    const error = await targetsRepository
      .upsert({ clientId: CLIENT, kpi: 'leads', periodKind: 'month', period: 'next month', value: 1 })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect(await db.targets.count()).toBe(0)
  })

  it('drops a removed target from the list', async () => {
    const target = await targetsRepository.upsert({
      clientId: CLIENT,
      kpi: 'leads',
      periodKind: 'year',
      period: '2027',
      value: 500,
    })
    await targetsRepository.remove(target.id)
    expect(await targetsRepository.listForClient(CLIENT)).toEqual([])
    const again = await targetsRepository.upsert({
      clientId: CLIENT,
      kpi: 'leads',
      periodKind: 'year',
      period: '2027',
      value: 520,
    })
    expect(again.id).not.toBe(target.id)
  })
})
