/**
 * A new client's onboarding (PRODUCT.md "Year", seed 002): the welcome contact first, then the
 * agency's checklist template in order, then the onboarding workshop. Created with the client,
 * so no new client ever starts without its hand-over list.
 */
import type { OnboardingItem, OnboardingItemInput, WorkshopNotes } from './schemas'

/** An empty workshop record: the PM fills goals and the strategic matrix in the workshop. */
export const EMPTY_WORKSHOP: WorkshopNotes = {
  business: '',
  goals: [],
  matrix: { strengths: '', weaknesses: '', opportunities: '', threats: '' },
}

/** The onboarding items of a new client from the agency's checklist template. */
export function onboardingItemsFor(
  clientId: string,
  template: readonly string[],
  titles: { welcome: string; workshop: string },
): OnboardingItemInput[] {
  const checklist = template.map((title) => title.trim()).filter((title) => title.length > 0)
  const item = (kind: OnboardingItemInput['kind'], title: string, order: number): OnboardingItemInput => ({
    clientId,
    kind,
    title,
    order,
    doneAt: null,
    notes: '',
    workshop: kind === 'workshop' ? EMPTY_WORKSHOP : null,
  })
  return [
    item('welcome-contact', titles.welcome, 0),
    ...checklist.map((title, index) => item('checklist', title, index + 1)),
    item('workshop', titles.workshop, checklist.length + 1),
  ]
}

/** How far a client's onboarding is: items done of all, and whether it is complete. */
export function onboardingProgress(items: readonly Pick<OnboardingItem, 'doneAt' | 'deletedAt'>[]): {
  done: number
  total: number
  complete: boolean
} {
  const live = items.filter((item) => item.deletedAt === null)
  const done = live.filter((item) => item.doneAt !== null).length
  return { done, total: live.length, complete: live.length > 0 && done === live.length }
}
