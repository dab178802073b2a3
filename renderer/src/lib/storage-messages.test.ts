import { describe, expect, it } from 'vitest'
import { createI18n } from '@shared/i18n'
import { LANGUAGES } from '@shared/schemas'
import { STORAGE_FAILURE_KINDS, StorageError } from '../../db/storage-failure'
import { STORAGE_MESSAGE_KEYS, translateStorageFailures } from './storage-messages'

describe('translateStorageFailures', () => {
  it('gives a StorageError the reason in the UI language, keeping the browser’s error as its cause', () => {
    const cause = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    translateStorageFailures(createI18n('fi', 'app'))
    const finnish = new StorageError('quota', cause)
    expect(finnish.message).toBe(
      'Tietokoneen levy on täynnä: vapauta tilaa. Kirjoittamasi teksti pysyy tässä.',
    )
    expect(finnish.cause).toBe(cause)
    translateStorageFailures(createI18n('en', 'app'))
    expect(new StorageError('quota', cause).message).toMatch(/disk is full/)
  })

  it('has a real message and title for every kind in every language', () => {
    for (const language of LANGUAGES) {
      const i18n = createI18n(language, 'app')
      for (const kind of STORAGE_FAILURE_KINDS) {
        const key = STORAGE_MESSAGE_KEYS[kind]
        for (const path of [`storage:failure.${key}`, `storage:title.${key}`]) {
          const text = i18n.t(path)
          expect(text, `${language} ${path}`).not.toBe(path)
          expect(text.length, `${language} ${path}`).toBeGreaterThan(5)
        }
      }
    }
  })
})
