/**
 * The weekly's clients and their cards. Policy (seed 000): every active and light client that is
 * not archived is on the weekly — active ones first, each with a card, then light ones with a
 * one-line "changes" — and the meeting is one per week, the latest one before it being "the last
 * weekly" the cards count from.
 */
import type { ActivityLevel } from '../schemas/enums'
import type { WeeklyCard } from '../schemas/meeting'
import { cachedCollator } from '../intl'

/** How far a client's card is: nothing yet, drafted from the data, or saved by its author. */
export type CardState = 'empty' | 'prefilled' | 'filled'

/** The text fields a card is filled in. */
export const CARD_SECTIONS = ['done', 'analysis', 'direction', 'budgets', 'nextWeek'] as const
/** One of the five sections. */
export type CardSection = (typeof CARD_SECTIONS)[number]

/** Whether a stored card has any text in its sections or its changes line. */
export function hasCardContent(card: Pick<WeeklyCard, CardSection | 'changesLine'>): boolean {
  return [...CARD_SECTIONS.map((section) => card[section]), card.changesLine].some(
    (text) => text.trim() !== '',
  )
}

/** The state of a client's card: filled once saved with content, else prefilled when data drafts it. */
export function cardState(
  card: Pick<WeeklyCard, CardSection | 'changesLine'> | undefined,
  prefill: { isEmpty: boolean },
): CardState {
  if (card && hasCardContent(card)) return 'filled'
  return prefill.isEmpty ? 'empty' : 'prefilled'
}

/** What the weekly reads of a client. */
export type WeeklyClient = {
  id: string
  name: string
  activityLevel: ActivityLevel
  archivedAt: string | null
  deletedAt: string | null
}

/** The clients on the weekly: not archived, active first, then light, each by name. */
export function weeklyClients<T extends WeeklyClient>(clients: readonly T[], language = 'en'): T[] {
  const collator = cachedCollator(language)
  return clients
    .filter((client) => client.archivedAt === null && client.deletedAt === null)
    .sort(
      (a, b) =>
        (a.activityLevel === 'active' ? 0 : 1) - (b.activityLevel === 'active' ? 0 : 1) ||
        collator.compare(a.name, b.name),
    )
}

/** The latest weekly that started before `startsAt`, or undefined for the first one. */
export function previousWeekly<T extends { startsAt: string; deletedAt: string | null }>(
  weeklies: readonly T[],
  startsAt: string,
): T | undefined {
  const before = Date.parse(startsAt)
  return weeklies
    .filter((meeting) => meeting.deletedAt === null && Date.parse(meeting.startsAt) < before)
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))[0]
}
