/** Repository of onboarding items. */
import { onboardingItemSchema, type OnboardingItem } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.onboardingItems, onboardingItemSchema)

/** Reads and writes clients' onboarding checklists. */
export const onboardingItemsRepository = {
  ...base,
  /** A client's onboarding items in checklist order. */
  async listForClient(clientId: string): Promise<OnboardingItem[]> {
    const items = await db.onboardingItems
      .where('[clientId+order]')
      .between([clientId, -Infinity], [clientId, Infinity])
      .toArray()
    return items.filter((item) => item.deletedAt === null)
  },
}
