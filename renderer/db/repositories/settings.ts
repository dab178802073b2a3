/** Repository of the agency's settings: one record with a fixed id. */
import {
  DEFAULT_SETTINGS,
  SETTINGS_ID,
  settingsSchema,
  type Settings,
  type SettingsInput,
} from '@shared/schemas'
import { db } from '../db'
import { nowIso } from '../clock'
import { parseOrThrow } from '../errors'

/** Reads and writes the settings; reading a fresh install yields the defaults. */
export const settingsRepository = {
  /** The stored settings, or the defaults (not yet stored) on a fresh install. */
  async get(): Promise<Settings> {
    const stored = await db.settings.get(SETTINGS_ID)
    if (stored) return stored
    const now = nowIso()
    return { ...DEFAULT_SETTINGS, id: SETTINGS_ID, createdAt: now, updatedAt: now, deletedAt: null }
  },
  /** Validates and saves a change to the settings. */
  async update(patch: Partial<SettingsInput>): Promise<Settings> {
    return db.transaction('rw', db.settings, async () => {
      const current = await settingsRepository.get()
      const next = parseOrThrow(settingsSchema, {
        ...current,
        ...patch,
        id: SETTINGS_ID,
        updatedAt: nowIso(),
      })
      await db.settings.put(next)
      return next
    })
  },
}
