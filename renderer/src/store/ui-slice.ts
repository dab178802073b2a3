/** UI preferences: theme and language. Persisted per machine, not in the database. */
import type { StateCreator } from 'zustand'
import type { Language } from '@shared/schemas'

/** The colour scheme choice; `system` follows the operating system. */
export type ThemePreference = 'system' | 'light' | 'dark'

/** The preferences slice. */
export type UiSlice = {
  theme: ThemePreference
  language: Language
  setTheme: (theme: ThemePreference) => void
  setLanguage: (language: Language) => void
}

/** Creates the preferences slice with the system's language as the default. */
export const createUiSlice =
  (initialLanguage: Language): StateCreator<UiSlice, [], [], UiSlice> =>
  (set) => ({
    theme: 'system',
    language: initialLanguage,
    setTheme: (theme) => set({ theme }),
    setLanguage: (language) => set({ language }),
  })
