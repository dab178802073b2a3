/**
 * i18next set-up shared by the renderer and main. Instances are created synchronously from the
 * bundled resources: Cadence works offline, so there is never a backend to load from.
 */
import i18next, { type i18n } from 'i18next'
import { LANGUAGES, type Language } from '../schemas/primitives'
import { NAMESPACES, resources } from './resources'

export { NAMESPACES, resources } from './resources'
export type { Namespace, TranslationTree } from './resources'

/** Creates an initialised i18next instance for `language` (falls back to English). */
export function createI18n(language: Language, defaultNS: (typeof NAMESPACES)[number] = 'app'): i18n {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

/** Picks the supported language closest to a system locale such as `fi-FI` (English otherwise). */
export function languageFromLocale(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? ''
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en'
}
