/** The renderer's i18next instance; the UI language comes from the store. */
import { createI18n } from '@shared/i18n'
import { useAppStore } from '../store'

/** The renderer's translation instance, created in the persisted UI language. */
export const i18n = createI18n(useAppStore.getState().language, 'app')

// Follow language changes made in Settings, and tell main so the menu follows too.
useAppStore.subscribe((state, previous) => {
  if (state.language !== previous.language) void i18n.changeLanguage(state.language)
})
