/**
 * Formatting of client-facing demo text in the client's language: templates, numbers, money,
 * dates and month names. Written by hand rather than with Intl so that the generated strings
 * are identical on every host, whatever ICU data it ships.
 */
import type { Channel, Language } from '../schemas'
import { dayParts, monthOfYear, yearOfMonth, type DayNumber, type MonthNumber } from './calendar'

/** One text in each client language. */
export type Localized = Record<Language, string>

/** Templates split into literal text (even indexes) and placeholder names (odd), memoised. */
const TEMPLATE_PARTS = new Map<string, readonly string[]>()

/** Replaces `{name}` placeholders with the given values (unknown placeholders stay visible). */
export function fill(template: string, values: Record<string, string | number>): string {
  let parts = TEMPLATE_PARTS.get(template)
  if (!parts) {
    parts = template.split(/\{(\w+)\}/)
    TEMPLATE_PARTS.set(template, parts)
  }
  let out = parts[0] ?? ''
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? ''
    const value = values[key]
    out += (value === undefined ? `{${key}}` : String(value)) + (parts[i + 1] ?? '')
  }
  return out
}

/** Fills the template of `language`. */
export function localized(
  text: Localized,
  language: Language,
  values: Record<string, string | number> = {},
): string {
  return fill(text[language], values)
}

const GROUP: Record<Language, string> = { en: ',', fi: '\u00a0', pl: '\u00a0', bg: '\u00a0' }

/** An integer with the language's thousands separator. */
export function formatCount(value: number, language: Language): string {
  const digits = String(Math.round(Math.abs(value)))
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[language])
  return value < 0 ? `-${grouped}` : grouped
}

/** A signed percentage change such as `+12%` (Finnish puts a space before the sign). */
export function formatChange(ratio: number, language: Language): string {
  const pct = Math.round((ratio - 1) * 100)
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±'
  return `${sign}${Math.abs(pct)}${language === 'fi' ? '\u00a0%' : '%'}`
}

/** A percentage such as `62%`. */
export function formatPercent(ratio: number, language: Language): string {
  return `${Math.round(ratio * 100)}${language === 'fi' ? '\u00a0%' : '%'}`
}

const SYMBOL: Record<string, string> = { EUR: '€', PLN: 'zł', BGN: 'лв.', GBP: '£', USD: '$' }

/** Whole currency units with the symbol where the language puts it (`£1,200`, `1 200 zł`). */
export function formatMoney(amountMinor: number, currency: string, language: Language): string {
  const symbol = SYMBOL[currency] ?? currency
  const amount = formatCount(amountMinor / 100, language)
  // English writes £, $ and € before the amount; zł and лв. follow it in every language.
  return language === 'en' && ['GBP', 'USD', 'EUR'].includes(currency)
    ? `${symbol}${amount}`
    : `${amount}\u00a0${symbol}`
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const MONTH_NAMES: Record<Language, string> = {
  en: EN_MONTHS.join(' '),
  fi: 'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
  pl: 'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
  bg: 'януари февруари март април май юни юли август септември октомври ноември декември',
}

/** "in <month>" forms: Finnish inessive, Polish locative. */
const MONTH_IN: Record<Language, string> = {
  en: EN_MONTHS.map((m) => `in ${m}`).join('|'),
  fi: MONTH_NAMES.fi
    .split(' ')
    .map((m) => `${m}ssa`)
    .join('|'),
  pl: 'w styczniu|w lutym|w marcu|w kwietniu|w maju|w czerwcu|w lipcu|w sierpniu|w wrześniu|w październiku|w listopadzie|w grudniu',
  bg: MONTH_NAMES.bg
    .split(' ')
    .map((m) => `през ${m}`)
    .join('|'),
}

/** The month's name, e.g. `marraskuu 2026` (with the year when asked). */
export function monthName(month: MonthNumber, language: Language, withYear = false): string {
  const name = MONTH_NAMES[language].split(' ')[monthOfYear(month) - 1] ?? ''
  return withYear ? `${name} ${yearOfMonth(month)}` : name
}

/** "in <month> <year>" in the language's grammar (`marraskuussa 2026`, `w listopadzie 2026`). */
export function inMonth(month: MonthNumber, language: Language): string {
  const phrase = MONTH_IN[language].split('|')[monthOfYear(month) - 1] ?? ''
  return `${phrase} ${yearOfMonth(month)}`
}

/** A calendar date as the language writes it in running text. */
export function formatLocalDate(day: DayNumber, language: Language): string {
  const { year, month, date } = dayParts(day)
  switch (language) {
    case 'en':
      return `${date} ${(EN_MONTHS[month - 1] ?? '').slice(0, 3)} ${year}`
    case 'bg':
      return `${String(date).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year} г.`
    default:
      return `${date}.${month}.${year}`
  }
}

const CHANNEL_NAMES: Record<Channel, Localized> = {
  'google-ads': { en: 'Google Ads', fi: 'Google Ads', pl: 'Google Ads', bg: 'Google Ads' },
  meta: {
    en: 'Meta (Facebook & Instagram)',
    fi: 'Meta (Facebook ja Instagram)',
    pl: 'Meta (Facebook i Instagram)',
    bg: 'Meta (Facebook и Instagram)',
  },
  linkedin: { en: 'LinkedIn', fi: 'LinkedIn', pl: 'LinkedIn', bg: 'LinkedIn' },
  'microsoft-ads': { en: 'Microsoft Ads', fi: 'Microsoft Ads', pl: 'Microsoft Ads', bg: 'Microsoft Ads' },
  tiktok: { en: 'TikTok', fi: 'TikTok', pl: 'TikTok', bg: 'TikTok' },
  seo: { en: 'SEO', fi: 'hakukoneoptimointi', pl: 'SEO', bg: 'SEO' },
  email: { en: 'e-mail', fi: 'sähköposti', pl: 'e-mail', bg: 'имейл' },
  'organic-social': {
    en: 'organic social',
    fi: 'orgaaninen some',
    pl: 'organiczne social media',
    bg: 'органични социални мрежи',
  },
  website: { en: 'website', fi: 'verkkosivusto', pl: 'strona internetowa', bg: 'уебсайт' },
}

/** A channel's display name in the language. */
export function channelName(channel: Channel, language: Language): string {
  return CHANNEL_NAMES[channel][language]
}
