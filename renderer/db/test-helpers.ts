/** Helpers for repository tests: a fresh database and valid inputs to start from. */
import type { ClientInput } from '@shared/schemas'
import { db } from './db'

/** Deletes and reopens the singleton database so each test starts empty. */
export async function resetDatabase(): Promise<void> {
  db.close()
  await db.delete()
  await db.open()
}

/** A valid client input; override fields to make the case a test needs. */
export function clientInput(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    name: 'Kahvila Aalto Oy',
    industry: 'Restaurants',
    language: 'fi',
    currency: 'EUR',
    timezone: 'Europe/Helsinki',
    cooperationStart: '2025-03-01',
    ownerId: null,
    activityLevel: 'active',
    contacts: [],
    branding: { logoDataUrl: null, primaryColor: '#224466', secondaryColor: '#ddaa00' },
    customKpis: [],
    teamAllocations: [],
    notes: '',
    archivedAt: null,
    ...overrides,
  }
}
