/** The UI language, for formatting numbers and dates on screen. */
import type { Language } from '@shared/schemas'
import { useAppStore } from '../store'

/** The current UI language. */
export function useLanguage(): Language {
  return useAppStore((state) => state.language)
}
