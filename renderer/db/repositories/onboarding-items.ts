/** Repository of onboarding items. */
import { onboardingItemSchema, type OnboardingItem, type WorkshopNotes } from '@shared/schemas'
import { onboardingProgress } from '@shared/onboarding'
import { db } from '../db'
import { nowIso } from '../clock'
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
  /** Marks an item done now, or open again. */
  async setDone(id: string, done: boolean): Promise<OnboardingItem> {
    return base.update(id, { doneAt: done ? nowIso() : null })
  },
  /** Saves the workshop's notes (goals and strategic matrix). */
  async saveWorkshop(id: string, workshop: WorkshopNotes): Promise<OnboardingItem> {
    return base.update(id, { workshop })
  },
  /** Onboarding progress of every client that has onboarding items, by client id. */
  async progressByClient(): Promise<Map<string, ReturnType<typeof onboardingProgress>>> {
    const byClient = new Map<string, OnboardingItem[]>()
    for (const item of await db.onboardingItems.toArray()) {
      byClient.set(item.clientId, [...(byClient.get(item.clientId) ?? []), item])
    }
    return new Map([...byClient].map(([clientId, items]) => [clientId, onboardingProgress(items)]))
  },
}
