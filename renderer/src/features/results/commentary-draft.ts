/**
 * The commentary editor's working copy. Lists carry ids so rows keep their identity while the
 * PM edits; blank list lines are the editor's, not the report's, so they are dropped on save.
 * A draft that cannot be saved yet (a proposal item without a title) is kept in localStorage,
 * so nothing typed is lost when the PM leaves the page before fixing it.
 */
import type { ExplainedDecrease, PeriodKind, ProposalItem } from '@shared/schemas'
import { addMonths } from '@shared/results/months'
import type { CommentaryText } from '../../../db/repositories/commentaries'

/** One line of a list (highlights, next steps). */
export type ListItem = { id: string; text: string }

/** The editor's state. */
export type Draft = {
  summary: string
  highlights: ListItem[]
  decreases: ExplainedDecrease[]
  nextSteps: ListItem[]
  proposal: { items: ProposalItem[]; creativeImages: string[] } | null
}

/** The first month of the year after an annual period: where next year's proposal starts. */
export function proposalStart(period: string): string {
  return `${String(Number(period.slice(0, 4)) + 1)}-01`
}

/** The editor's draft of a stored commentary (or of none), with empty rows for the decreases to explain. */
export function draftOf(
  stored: CommentaryText | undefined,
  options: { periodKind: PeriodKind; prefill: readonly string[]; newId: () => string },
): Draft {
  const list = (lines: readonly string[]) => lines.map((text) => ({ id: options.newId(), text }))
  const highlights = list(stored?.highlights ?? [])
  const decreases = [
    ...(stored?.decreases ?? []),
    ...options.prefill.map((metric) => ({ id: options.newId(), metric, cause: '', fix: '' })),
  ]
  return {
    summary: stored?.summary ?? '',
    highlights,
    decreases,
    nextSteps: list(stored?.nextSteps ?? []),
    proposal: stored?.proposal ?? (options.periodKind === 'year' ? { items: [], creativeImages: [] } : null),
  }
}

/** What is saved of a draft: list lines trimmed, blank ones dropped. */
export function textOf(draft: Draft): CommentaryText {
  const lines = (items: readonly ListItem[]) => items.map((i) => i.text.trim()).filter((t) => t !== '')
  return {
    summary: draft.summary,
    highlights: lines(draft.highlights),
    decreases: draft.decreases,
    nextSteps: lines(draft.nextSteps),
    proposal: draft.proposal,
  }
}

/** A new proposal item: three months from the proposal's start. */
export function newProposalItem(id: string, start: string): ProposalItem {
  return { id, title: '', description: '', startMonth: start, endMonth: addMonths(start, 2) }
}

/** Field path → i18n key of its message (in the `results` namespace). */
export function errorKeyOf(path: string): string {
  if (/^proposal\.items\.\d+\.title$/.test(path)) return 'editor.itemTitleRequired'
  if (/^proposal\.items\.\d+\.endMonth$/.test(path)) return 'editor.endBeforeStart'
  return 'editor.fieldError'
}

const STORAGE_PREFIX = 'cadence.commentary-draft'

/** Where a period's unsaved draft is kept. */
export function draftStorageKey(clientId: string, periodKind: PeriodKind, period: string): string {
  return `${STORAGE_PREFIX}:${clientId}:${periodKind}:${period}`
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Partial<Draft>
  return (
    typeof draft.summary === 'string' &&
    Array.isArray(draft.highlights) &&
    Array.isArray(draft.decreases) &&
    Array.isArray(draft.nextSteps)
  )
}

/** The unsaved draft kept for a period, if any (a corrupt one is ignored). */
export function readStoredDraft(storage: Pick<Storage, 'getItem'>, key: string): Draft | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null')
    return isDraft(parsed) ? parsed : null
  } catch {
    return null
  }
}
