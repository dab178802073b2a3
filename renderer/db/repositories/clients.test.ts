import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)))
})
afterEach(() => restoreClock())

const kpi = (id: string, name: string) => ({
  id,
  name,
  unit: '',
  higherIsBetter: true,
  aggregation: 'sum' as const,
})

describe('custom KPIs', () => {
  it('saves the client’s custom KPIs', async () => {
    const client = await clientsRepository.create(clientInput())
    const saved = await clientsRepository.saveCustomKpis(client.id, [
      { ...kpi('11111111-1111-4111-8111-111111111111', 'Store visits'), unit: 'visits' },
      { ...kpi('22222222-2222-4222-8222-222222222222', 'NPS'), aggregation: 'average' },
    ])
    expect(saved.customKpis.map((k) => [k.name, k.aggregation])).toEqual([
      ['Store visits', 'sum'],
      ['NPS', 'average'],
    ])
    expect((await clientsRepository.get(client.id))?.customKpis).toEqual(saved.customKpis)
  })

  it('refuses two KPIs with the same name and an empty name, keeping the stored ones', async () => {
    const client = await clientsRepository.create(clientInput())
    const duplicate = await clientsRepository
      .saveCustomKpis(client.id, [
        kpi('11111111-1111-4111-8111-111111111111', 'Calls'),
        kpi('22222222-2222-4222-8222-222222222222', 'calls'),
      ])
      .catch((caught: unknown) => caught)
    expect(duplicate).toBeInstanceOf(ValidationError)
    expect((duplicate as ValidationError).issues[0]?.path).toBe('customKpis.1.name')
    const empty = await clientsRepository
      .saveCustomKpis(client.id, [kpi('11111111-1111-4111-8111-111111111111', '  ')])
      .catch((caught: unknown) => caught)
    expect(empty).toBeInstanceOf(ValidationError)
    expect((await clientsRepository.get(client.id))?.customKpis).toEqual([])
  })

  it('starts a new client with no saved import mappings', async () => {
    const client = await clientsRepository.create(clientInput())
    expect(client.importMappings).toEqual([])
  })
})
