/**
 * localStorage for the persisted UI state (edited mail drafts, preferences) that never throws on
 * a full disk. Policy: a refused write must not break typing — the draft stays in memory and on
 * screen — and must not pass silently either: it is reported like a refused database write, so
 * the storage banner says the disk is full.
 */
import type { StateStorage } from 'zustand/middleware'
import { classifyStorageError, storageHealth } from '../../db/storage-failure'

/** Wraps a Storage so that writes report storage failures instead of throwing. */
export function safeStorage(
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): StateStorage {
  return {
    getItem: (name) => storage().getItem(name),
    setItem: (name, value) => {
      try {
        storage().setItem(name, value)
        if (storageHealth.get().failure === 'quota') storageHealth.writeSucceeded()
      } catch (error) {
        storageHealth.report(classifyStorageError(error) ?? 'transaction')
      }
    },
    removeItem: (name) => storage().removeItem(name),
  }
}
