/**
 * The words for a storage failure, in the UI language, for every form and editor alike — so a
 * full disk reads the same on the client form, the meeting notes and the commentary — and the
 * database's health as the UI sees it.
 */
import { useSyncExternalStore } from 'react'
import type { i18n as I18n } from 'i18next'
import {
  describeStorageFailures,
  storageHealth,
  type StorageFailureKind,
  type StorageHealth,
} from '../../db/storage-failure'

/** The i18n key (in `storage`) of each kind. */
export const STORAGE_MESSAGE_KEYS: Record<StorageFailureKind, string> = {
  quota: 'quota',
  blocked: 'blocked',
  'version-change': 'versionChange',
  closed: 'closed',
  transaction: 'transaction',
}

/** Makes every `StorageError` carry its reason in the UI language of the moment. */
export function translateStorageFailures(i18n: Pick<I18n, 't'>): void {
  describeStorageFailures((kind) => i18n.t(`storage:failure.${STORAGE_MESSAGE_KEYS[kind]}`))
}

/** The database's health, live. */
export function useStorageHealth(): StorageHealth {
  return useSyncExternalStore(storageHealth.subscribe, storageHealth.get)
}
