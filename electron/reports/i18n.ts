/**
 * Translations for the documents: one i18next instance per client language, created on first use
 * and kept for the process (workers render many reports in a few languages).
 */
import type { TFunction } from 'i18next'
import { createI18n } from '@shared/i18n'
import type { Language } from '@shared/schemas'

/** A translate function bound to the `report` namespace of one language. */
export type ReportT = TFunction<'report'>

const instances = new Map<Language, ReturnType<typeof createI18n>>()

/** The report translations of `language`; other namespaces are reachable as `ns:key`. */
export function reportT(language: Language): ReportT {
  let instance = instances.get(language)
  if (!instance) {
    instance = createI18n(language, 'report')
    instances.set(language, instance)
  }
  return instance.getFixedT<'report'>(language, 'report')
}
