/**
 * The agenda a prepared review starts with (seed 002): each cooperation quarter has its aim, and
 * the aim becomes concrete items. Items are keys, translated by the UI into the PM's language
 * (`meetings:agenda.<aim>.<item>`); the first item of every review states the aim itself.
 */
import type { QuarterAim } from '../cadence'

/** What a prepared meeting is about: a quarter's aim, or the onboarding workshop. */
export type AgendaTopic = QuarterAim | 'onboarding-workshop'

/** The agenda item keys of each topic, in the order they are discussed. */
export const AGENDA_ITEMS: Record<AgendaTopic, readonly string[]> = {
  'q1-close-startup': ['aim', 'problems', 'achieved', 'plans'],
  'q2-non-standard-actions': ['aim', 'results', 'nonStandard', 'feedback'],
  'q3-control-next-year': ['aim', 'effects', 'nextYearPlans', 'channels'],
  'q4-year-to-year': ['aim', 'yearToYear', 'strategyDraft', 'proposal'],
  'onboarding-workshop': ['business', 'goals', 'matrix', 'handover'],
}
