/** What every section of Today needs from the screen: the day, the clients, and the row actions. */
import { INTL_LOCALE } from '@shared/format'
import type { Client, Language } from '@shared/schemas'
import type { TodayEntry } from './today-entry'
import { cachedDateTimeFormat } from '@shared/intl'

/** The screen's state and actions, handed to each section. */
export type TodaySectionProps = {
  today: string
  now: string
  language: Language
  clients: ReadonlyMap<string, Client>
  open: (entry: TodayEntry) => void
  done: (entry: TodayEntry) => void
  /** The touchpoint whose skip popover is open. */
  skipFor: string | null
  setSkipFor: (touchpointId: string | null) => void
}

/** A date as "Fri 27 Nov": short enough for a row's date column, with the weekday that plans a week. */
export function shortDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number)
  return cachedDateTimeFormat(INTL_LOCALE[language], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)))
}
