import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CadenceDatabase, db } from './db'
import { ValidationError } from './errors'
import { clientsRepository } from './repositories/clients'
import { classifyStorageError, StorageError, storageHealth, toStorageError } from './storage-failure'
import { clientInput, resetDatabase } from './test-helpers'

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
const titles = { welcome: 'Welcome mail', workshop: 'Kick-off workshop' }

beforeEach(async () => {
  await resetDatabase()
  storageHealth.clear()
})
afterEach(() => {
  vi.restoreAllMocks()
  storageHealth.clear()
})

/** Makes one IndexedDB write method fail for the named stores (all stores when none are named). */
function failWrites(method: 'put' | 'add', error: () => Error, stores?: string[]) {
  const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value as (
    this: IDBObjectStore,
    ...args: [unknown, IDBValidKey?]
  ) => IDBRequest<IDBValidKey>
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
    this: IDBObjectStore,
    ...args: [unknown, IDBValidKey?]
  ) {
    if (stores === undefined || stores.includes(this.name)) throw error()
    return original.apply(this, args)
  })
}

describe('classifyStorageError', () => {
  const abortWith = (inner: Error) => Object.assign(new Dexie.AbortError('Transaction aborted'), { inner })

  it.each([
    ['a DOMException QuotaExceededError', quota(), 'quota'],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
    ['an AbortError whose inner error is the quota', abortWith(quota()), 'quota'],
    [
      'Firefox’s quota error',
      Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      'quota',
    ],
    [
      'a bulk write whose rows failed on quota',
      Object.assign(new Error('2 of 2 failed'), { name: 'BulkError', failures: [quota(), quota()] }),
      'quota',
    ],
    ['a VersionError', new DOMException('newer version', 'VersionError'), 'version-change'],
    [
      'an OpenFailedError around a VersionError',
      Object.assign(new Dexie.OpenFailedError('open failed'), {
        inner: new DOMException('v', 'VersionError'),
      }),
      'version-change',
    ],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'closed'],
    ['an aborted transaction', new Dexie.AbortError('aborted'), 'transaction'],
    ['an unknown IndexedDB error', new DOMException('disk I/O', 'UnknownError'), 'transaction'],
    ['an inactive transaction', new Dexie.TransactionInactiveError('inactive'), 'transaction'],
  ] as const)('classifies %s', (_label, error, kind) => {
    expect(classifyStorageError(error)).toBe(kind)
  })

  it('leaves Cadence’s own errors and everything else alone', () => {
    const invalid = new ValidationError([{ path: 'name', message: 'Required' }])
    expect(classifyStorageError(invalid)).toBeNull()
    expect(classifyStorageError(new Error('boom'))).toBeNull()
    expect(classifyStorageError('a string')).toBeNull()
    expect(classifyStorageError(null)).toBeNull()
    expect(toStorageError(invalid)).toBe(invalid)
  })

  it('survives a cyclic error chain', () => {
    const a: Error & { inner?: unknown } = new Error('a')
    a.inner = { name: 'Nested', cause: a }
    expect(classifyStorageError(a)).toBeNull()
  })
})

describe('a write that fails on storage', () => {
  it('rejects with a quota StorageError, writes nothing, and reports until a write succeeds', async () => {
    const client = await clientsRepository.create(clientInput({ name: 'Before' }))
    const failing = failWrites('put', quota)
    const error = await clientsRepository
      .update(client.id, { name: 'After' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('quota')
    expect(storageHealth.get().failure).toBe('quota')
    failing.mockRestore()
    expect((await db.clients.get(client.id))?.name).toBe('Before')

    await clientsRepository.update(client.id, { name: 'After' })
    expect((await db.clients.get(client.id))?.name).toBe('After')
    expect(storageHealth.get().failure).toBeNull()
  })

  it('writes nothing of a multi-table write when its second table fails (no client without onboarding)', async () => {
    failWrites('add', quota, ['onboardingItems'])
    await expect(clientsRepository.createWithOnboarding(clientInput(), titles)).rejects.toMatchObject({
      kind: 'quota',
    })
    vi.restoreAllMocks()
    expect(await db.clients.count()).toBe(0)
    expect(await db.onboardingItems.count()).toBe(0)
  })

  it('classifies an aborted transaction and keeps none of its writes', async () => {
    const client = await clientsRepository.create(clientInput({ name: 'Kept' }))
    const aborted = db.transaction('rw', db.clients, async () => {
      await db.clients.put({ ...client, name: 'Half-written' })
      Dexie.currentTransaction.abort()
    })
    await expect(aborted).rejects.toMatchObject({ name: 'CadenceStorageError', kind: 'transaction' })
    expect((await db.clients.get(client.id))?.name).toBe('Kept')
  })

  it('classifies an unknown IndexedDB failure as a failed transaction', async () => {
    failWrites('add', () => new DOMException('disk I/O error', 'UnknownError'))
    await expect(clientsRepository.create(clientInput())).rejects.toMatchObject({ kind: 'transaction' })
    expect(storageHealth.get().failure).toBe('transaction')
  })

  it('passes validation errors through unchanged and reports nothing', async () => {
    await expect(clientsRepository.create(clientInput({ name: '' }))).rejects.toBeInstanceOf(ValidationError)
    expect(storageHealth.get().failure).toBeNull()
  })
})

describe('another window holding the database', () => {
  const openRaw = (name: string, version: number) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, version)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })

  it('reports a blocked upgrade while an older connection stays open, and clears it once it closes', async () => {
    const name = `blocked-${crypto.randomUUID()}`
    // Another window at the older version, which does not close when asked.
    const older = await openRaw(name, 1)
    const ours = new CadenceDatabase(name)
    const opening = ours.open()
    await vi.waitFor(() => expect(storageHealth.get().failure).toBe('blocked'))
    older.close()
    await opening
    expect(storageHealth.get().failure).toBeNull()
    ours.close()
  })

  it('reports an upgrade made by another window until this one reloads, even when writes still work', async () => {
    const name = `upgraded-${crypto.randomUUID()}`
    const ours = new CadenceDatabase(name)
    await ours.open()
    // A newer Cadence in another window upgrades the database; Dexie closes ours to let it.
    const newer = await openRaw(name, 1000)
    expect(storageHealth.get().failure).toBe('version-change')
    const error = await ours
      .transaction('rw', ours.clients, () => ours.clients.clear())
      .catch((e: unknown) => e)
    console.log('ERR', error, ours.isOpen())
    newer.close()
    ours.close()
  })
})
