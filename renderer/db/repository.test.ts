import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from './db'
import { RecordNotFoundError, ValidationError } from './errors'
import { setClock } from './clock'
import { clientsRepository, onboardingItemsRepository, settingsRepository } from './repositories'
import { clientInput, resetDatabase } from './test-helpers'
import { BULK_CHUNK } from './repository'

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)))
})
afterEach(() => restoreClock())

describe('a repository', () => {
  it('creates a record with a UUID id and timestamps, and reads it back', async () => {
    const created = await clientsRepository.create(clientInput())
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(created.createdAt).toBe('2026-11-22T09:00:00.000Z')
    expect(created.deletedAt).toBeNull()
    expect(await clientsRepository.get(created.id)).toEqual(created)
  })

  it('refuses an invalid record with field issues and writes nothing', async () => {
    const error = await clientsRepository
      .create(clientInput({ name: '  ', currency: 'euro' }))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual(['currency', 'name'])
    expect(await db.clients.count()).toBe(0)
  })

  it('updates a record, keeps createdAt and moves updatedAt', async () => {
    const created = await clientsRepository.create(clientInput())
    const updated = await clientsRepository.update(created.id, { name: 'Kahvila Aalto Ab' })
    expect(updated.name).toBe('Kahvila Aalto Ab')
    expect(updated.createdAt).toBe(created.createdAt)
    expect(updated.updatedAt > created.updatedAt).toBe(true)
  })

  it('applies a function patch to the record as stored when the write runs, so quick edits all survive', async () => {
    const created = await clientsRepository.create(clientInput())
    const contact = (id: string, name: string) => ({
      id,
      name,
      role: '',
      email: '',
      phone: '',
      primary: false,
    })
    const first = contact('11111111-1111-4111-8111-111111111111', 'Aino')
    const second = contact('22222222-2222-4222-8222-222222222222', 'Eero')
    // Both edits start from the same screen, before either write landed.
    await Promise.all([
      clientsRepository.update(created.id, (stored) => ({ contacts: [...stored.contacts, first] })),
      clientsRepository.update(created.id, (stored) => ({ contacts: [...stored.contacts, second] })),
    ])
    expect((await clientsRepository.get(created.id))?.contacts).toEqual([first, second])
  })

  it('leaves the stored record untouched when an update is invalid', async () => {
    const created = await clientsRepository.create(clientInput())
    await expect(clientsRepository.update(created.id, { timezone: 'not a zone!' })).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect(await db.clients.get(created.id)).toEqual(created)
  })

  it('soft-deletes: the record stays stored with deletedAt but disappears from reads', async () => {
    const created = await clientsRepository.create(clientInput())
    await clientsRepository.remove(created.id)
    expect(await clientsRepository.get(created.id)).toBeUndefined()
    expect(await clientsRepository.list()).toEqual([])
    expect((await db.clients.get(created.id))?.deletedAt).toBe('2026-11-22T09:00:01.000Z')
    await expect(clientsRepository.update(created.id, { name: 'x' })).rejects.toBeInstanceOf(
      RecordNotFoundError,
    )
  })

  it('bulk-writes more than one chunk, or nothing when one record is invalid', async () => {
    const template = await clientsRepository.create(clientInput())
    const many = Array.from({ length: BULK_CHUNK + 5 }, (_, index) => ({
      ...template,
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      name: `Client ${index}`,
    }))
    await clientsRepository.bulkPut(many)
    expect(await db.clients.count()).toBe(BULK_CHUNK + 6)

    await resetDatabase()
    const broken = many.map((record, index) =>
      index === BULK_CHUNK + 1 ? { ...record, currency: '??' } : record,
    )
    await expect(clientsRepository.bulkPut(broken)).rejects.toBeInstanceOf(ValidationError)
    expect(await db.clients.count()).toBe(0)
  })

  it('sorts clients by name with the locale collation and hides archived ones', async () => {
    await clientsRepository.create(clientInput({ name: 'Örn Oy' }))
    await clientsRepository.create(clientInput({ name: 'aalto' }))
    await clientsRepository.create(clientInput({ name: 'Bravo', archivedAt: '2026-01-01T00:00:00.000Z' }))
    const names = (await clientsRepository.listSorted({ locale: 'fi' })).map((client) => client.name)
    expect(names).toEqual(['aalto', 'Örn Oy'])
    expect(await clientsRepository.listSorted({ includeArchived: true })).toHaveLength(3)
  })
})

describe('the settings repository', () => {
  it('reads defaults on a fresh install and validates saved changes', async () => {
    const defaults = await settingsRepository.get()
    expect(defaults.sla).toEqual({ targetHours: 3, limitHours: 6 })
    await settingsRepository.update({ agencyName: 'Kasvu Digital' })
    expect((await settingsRepository.get()).agencyName).toBe('Kasvu Digital')
    await expect(settingsRepository.update({ primaryColor: 'blue' })).rejects.toBeInstanceOf(ValidationError)
    expect((await settingsRepository.get()).primaryColor).toBe(defaults.primaryColor)
  })
})

describe('creating a client with its onboarding', () => {
  const titles = { welcome: 'Welcome call', workshop: 'Workshop' }

  it('creates the checklist from the agency template in the same transaction', async () => {
    await settingsRepository.update({ onboardingTemplate: ['Access hand-over', 'Brand files'] })
    const client = await clientsRepository.createWithOnboarding(clientInput(), titles)
    const items = await onboardingItemsRepository.listForClient(client.id)
    expect(items.map((item) => item.title)).toEqual([
      'Welcome call',
      'Access hand-over',
      'Brand files',
      'Workshop',
    ])
    await onboardingItemsRepository.setDone(items[1]?.id ?? '', true)
    expect((await onboardingItemsRepository.progressByClient()).get(client.id)).toEqual({
      done: 1,
      total: 4,
      complete: false,
    })
  })

  it('writes neither the client nor any item when the client is invalid', async () => {
    await expect(
      clientsRepository.createWithOnboarding(clientInput({ name: '' }), titles),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.clients.count()).toBe(0)
    expect(await db.onboardingItems.count()).toBe(0)
  })

  it('archives and restores a client without losing it', async () => {
    const client = await clientsRepository.createWithOnboarding(clientInput(), titles)
    await clientsRepository.setArchived(client.id, true)
    expect(await clientsRepository.listSorted()).toEqual([])
    expect(await clientsRepository.listSorted({ includeArchived: true })).toHaveLength(1)
    await clientsRepository.setArchived(client.id, false)
    expect((await clientsRepository.listSorted()).map((c) => c.id)).toEqual([client.id])
  })
})
