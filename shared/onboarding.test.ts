import { describe, expect, it } from 'vitest'
import { onboardingItemInputSchema } from './schemas'
import { onboardingItemsFor, onboardingProgress } from './onboarding'

const CLIENT = '11111111-1111-4111-8111-111111111111'
const titles = { welcome: 'Welcome call', workshop: 'Onboarding workshop' }

describe('onboarding items for a new client', () => {
  it('puts the welcome contact first, the template in order, and the workshop last', () => {
    const items = onboardingItemsFor(CLIENT, ['Access hand-over', '  ', ' Brand files '], titles)
    expect(items.map((item) => [item.kind, item.title, item.order])).toEqual([
      ['welcome-contact', 'Welcome call', 0],
      ['checklist', 'Access hand-over', 1],
      ['checklist', 'Brand files', 2],
      ['workshop', 'Onboarding workshop', 3],
    ])
    for (const item of items) expect(onboardingItemInputSchema.safeParse(item).success).toBe(true)
    expect(items.at(-1)?.workshop?.matrix).toEqual({
      strengths: '',
      weaknesses: '',
      opportunities: '',
      threats: '',
    })
  })
})

describe('onboarding progress', () => {
  it('counts done items and ignores deleted ones', () => {
    const done = '2026-11-20T10:00:00.000Z'
    expect(
      onboardingProgress([
        { doneAt: done, deletedAt: null },
        { doneAt: null, deletedAt: null },
        { doneAt: null, deletedAt: done },
      ]),
    ).toEqual({ done: 1, total: 2, complete: false })
    expect(onboardingProgress([{ doneAt: done, deletedAt: null }])).toEqual({
      done: 1,
      total: 1,
      complete: true,
    })
    expect(onboardingProgress([]).complete).toBe(false)
  })
})
