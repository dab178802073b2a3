/**
 * The client-facing summary distilled from a weekly card (seed 000 "Palaverin jälkeen"): the
 * account manager turns the key points of the card into a short summary for next week's client
 * meeting and Friday mail. Policy: only what was done, next week's plan, campaigns that moved on
 * the lean loop and the budget reach the client — never the internal analysis, direction or help
 * requests, nor task statuses or the team members' names — at most a few points each.
 *
 * A section still as the data drafted it is re-read from the data, so its dates can be written
 * in the client's language and its internal notes (overdue, blocked) left out; a section the team
 * wrote or edited is passed on line by line as written. The card's lean-loop lines (marked `↻`)
 * are in the preparer's language and the team's vocabulary, so the moves go to the client as data.
 */
import type { BudgetBurn } from '../budget'
import type { LeanStage } from '../schemas/enums'
import type { WeeklyCard } from '../schemas/meeting'
import type { WeeklyPrefill } from './prefill'

/** Key points of done and next week kept for the client. */
export const SUMMARY_POINTS = 4

/** Marks a card line about a lean-loop move, which the distiller leaves to the structured moves. */
export const LOOP_MARK = '↻'

/** One point for the client, with its date (`YYYY-MM-DD`) when it comes from the data. */
export type SummaryPoint = { text: string; date: string | null }

/** A campaign's new stage, told to the client. */
export type CampaignNews = { name: string; stage: LeanStage }

/** The structured client summary; the renderer writes it in the client's language. */
export type ClientSummaryPoints = {
  done: SummaryPoint[]
  next: SummaryPoint[]
  campaigns: CampaignNews[]
  budget: BudgetBurn | null
}

/** What the distiller reads. */
export type DistillInput = {
  card: Pick<WeeklyCard, 'done' | 'nextWeek'>
  /** Which sections are still exactly as drafted from the data. */
  drafted: { done: boolean; nextWeek: boolean }
  prefill: Pick<WeeklyPrefill, 'done' | 'nextWeek' | 'moves' | 'budget'> | null
  /** The team members' names, stripped from written lines. */
  names: readonly string[]
}

const BULLET = /^\s*(?:[-*•·–]|\d+[.)])\s*/
const TRAILING_PARENTHESIS = /\s*\(([^()]*)\)\s*$/

/**
 * The lines of a card section as points: bullets stripped; blanks, headings and lean-loop lines
 * dropped; a leading "Name:" or a trailing "(Name, Name)" of team members removed.
 */
export function sectionPoints(text: string, names: readonly string[] = []): string[] {
  const team = new Set(names.map((name) => name.trim()).filter((name) => name !== ''))
  const withoutNames = (line: string): string => {
    const prefix = [...team].find((name) => line.startsWith(`${name}:`))
    const rest = prefix ? line.slice(prefix.length + 1).trim() : line
    const trailing = TRAILING_PARENTHESIS.exec(rest)
    const onlyNames = trailing?.[1]?.split(',').every((part) => team.has(part.trim())) ?? false
    return trailing && onlyNames ? rest.slice(0, trailing.index).trim() : rest
  }
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith(LOOP_MARK))
    .map((line) => withoutNames(line.replace(BULLET, '').trim()))
    .filter((line) => line !== '' && !line.endsWith(':'))
}

const written = (text: string, names: readonly string[]): SummaryPoint[] =>
  sectionPoints(text, names).map((line) => ({ text: line, date: null }))

/** The key points of a card for the client (see the policy above). */
export function distillClientSummary({ card, drafted, prefill, names }: DistillInput): ClientSummaryPoints {
  const done =
    drafted.done && prefill
      ? prefill.done.map((task) => ({ text: task.title, date: null }))
      : written(card.done, names)
  const next =
    drafted.nextWeek && prefill
      ? prefill.nextWeek
          .flatMap((plan) => plan.tasks)
          .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title))
          .map((task) => ({ text: task.title, date: task.deadline }))
      : written(card.nextWeek, names)
  return {
    done: done.slice(0, SUMMARY_POINTS),
    next: next.slice(0, SUMMARY_POINTS),
    campaigns: (prefill?.moves ?? [])
      .filter((move) => move.kind === 'campaign' && move.to !== 'idea')
      .map((move) => ({ name: move.name, stage: move.to })),
    budget: prefill?.budget ?? null,
  }
}
