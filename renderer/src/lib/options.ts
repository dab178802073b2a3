/** Choices offered in forms: languages, currencies and time zones, named in the UI language. */
import { LANGUAGES, type Language } from '@shared/schemas'
import { INTL_LOCALE } from '@shared/format'
import { cachedDisplayNames } from '@shared/intl'

/** Currencies agencies in our markets bill in, most common first. */
export const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'PLN',
  'BGN',
  'SEK',
  'NOK',
  'DKK',
  'CHF',
  'CZK',
  'HUF',
  'RON',
]

/** Select options for the supported languages, named in the UI language. */
export function languageOptions(uiLanguage: Language): { value: Language; label: string }[] {
  const names = cachedDisplayNames([INTL_LOCALE[uiLanguage]], { type: 'language' })
  return LANGUAGES.map((code) => ({ value: code, label: names.of(code) ?? code }))
}

/** Select options for currencies, with their names in the UI language. */
export function currencyOptions(uiLanguage: Language): { value: string; label: string }[] {
  const names = cachedDisplayNames([INTL_LOCALE[uiLanguage]], { type: 'currency' })
  return COMMON_CURRENCIES.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }))
}

/** Every IANA time zone the runtime knows. */
export function timezoneOptions(): string[] {
  return Intl.supportedValuesOf('timeZone')
}

/** The computer's own time zone, the default for new clients. */
export function localTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
