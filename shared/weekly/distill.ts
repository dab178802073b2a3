/**
 * The client-facing summary distilled from a weekly card (seed 000 "Palaverin jälkeen"): the
 * account manager turns the key points of the card into a short summary for next week's client
 * meeting and Friday mail. Policy: only what was done, next week's plan and the budget reach the
 * client — never the internal analysis, direction or help requests — at most a few points each,
 * without the team members' names the card's to-do list is grouped by.
 */
import type { BudgetBurn } from '../budget'
import type { WeeklyCard } from '../schemas/meeting'

/** Key points of done and next week kept for the client. */
export const SUMMARY_POINTS = 4

/** The structured client summary; the renderer writes it in the client's language. */
export type ClientSummaryPoints = { done: string[]; next: string[]; budget: BudgetBurn | null }

const BULLET = /^\s*(?:[-*•·–]|\d+[.)])\s*/

/** The lines of a card section as points: bullets stripped, blanks and headings dropped. */
export function sectionPoints(text: string, names: readonly string[] = []): string[] {
  const prefixes = names.filter((name) => name.trim() !== '').map((name) => `${name.trim()}:`)
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(BULLET, '').trim())
    .map((line) => {
      const prefix = prefixes.find((candidate) => line.startsWith(candidate))
      return prefix ? line.slice(prefix.length).trim() : line
    })
    .filter((line) => line !== '' && !line.endsWith(':'))
}

/**
 * The key points of a card for the client: the first points of done and next week, and the
 * month's budget burn. `names` are team members' names to strip where a line starts "Name:".
 */
export function distillClientSummary(
  card: Pick<WeeklyCard, 'done' | 'nextWeek'>,
  budget: BudgetBurn | null,
  names: readonly string[] = [],
): ClientSummaryPoints {
  return {
    done: sectionPoints(card.done, names).slice(0, SUMMARY_POINTS),
    next: sectionPoints(card.nextWeek, names).slice(0, SUMMARY_POINTS),
    budget,
  }
}
