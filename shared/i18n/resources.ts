/** Every translation of Cadence, by language and namespace; English is the reference. */
import enApp from './locales/en/app'
import enMenu from './locales/en/menu'
import fiApp from './locales/fi/app'
import fiMenu from './locales/fi/menu'
import plApp from './locales/pl/app'
import plMenu from './locales/pl/menu'
import bgApp from './locales/bg/app'
import bgMenu from './locales/bg/menu'
import type { Language } from '../schemas/primitives'

/** The namespaces: `app` for the renderer UI, `menu` for the main process's menu. */
export const NAMESPACES = ['app', 'menu'] as const
/** A translation namespace. */
export type Namespace = (typeof NAMESPACES)[number]

/** A nested tree of translation strings. */
export type TranslationTree = { readonly [key: string]: string | TranslationTree }

/** All resources in i18next's shape. */
export const resources: Record<Language, Record<Namespace, TranslationTree>> = {
  en: { app: enApp, menu: enMenu },
  fi: { app: fiApp, menu: fiMenu },
  pl: { app: plApp, menu: plMenu },
  bg: { app: bgApp, menu: bgMenu },
}
