import { afterEach, describe, expect, it } from 'vitest'
import { storageHealth } from '../../db/storage-failure'
import { safeStorage } from './safe-local-storage'

function fakeStorage() {
  const items = new Map<string, string>()
  let full = false
  return {
    fill: (value: boolean) => (full = value),
    items,
    storage: {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        items.set(name, value)
      },
      removeItem: (name: string) => void items.delete(name),
    },
  }
}

afterEach(() => storageHealth.clear())

describe('safeStorage', () => {
  it('does not throw on a full disk, reports it, and clears the report once a write fits again', () => {
    const fake = fakeStorage()
    const storage = safeStorage(() => fake.storage)
    fake.fill(true)
    expect(() => storage.setItem('cadence.ui', '{"mailDrafts":{}}')).not.toThrow()
    expect(storageHealth.get().failure).toBe('quota')
    expect(fake.items.has('cadence.ui')).toBe(false)

    fake.fill(false)
    void storage.setItem('cadence.ui', '{"mailDrafts":{}}')
    expect(fake.items.get('cadence.ui')).toBe('{"mailDrafts":{}}')
    expect(storageHealth.get().failure).toBeNull()
  })
})
