/** Repository of clients. */
import { v4 as uuid } from 'uuid'
import {
  clientSchema,
  onboardingItemSchema,
  SETTINGS_ID,
  DEFAULT_SETTINGS,
  type Client,
  type ClientInput,
  type CustomKpi,
} from '@shared/schemas'
import { onboardingItemsFor } from '@shared/onboarding'
import { db } from '../db'
import { nowIso } from '../clock'
import { parseOrThrow, RecordNotFoundError, ValidationError, type FieldIssue } from '../errors'
import { createRepository } from '../repository'
import { cachedCollator } from '@shared/intl'

const base = createRepository(db.clients, clientSchema)

/** Titles of the two fixed onboarding steps, in the language the PM works in. */
export type OnboardingTitles = { welcome: string; workshop: string }

/** Reads and writes clients; lists hide archived clients unless asked. */
export const clientsRepository = {
  ...base,
  /** Creates a client from the form's fields; saved import mappings start empty. */
  async create(input: ClientInput & Partial<Pick<Client, 'importMappings'>>): Promise<Client> {
    return base.create({ importMappings: [], ...input })
  },
  /** Clients not deleted, sorted by name in the UI language's collation. */
  async listSorted(options: { includeArchived?: boolean; locale?: string } = {}): Promise<Client[]> {
    const clients = await base.list()
    const collator = cachedCollator(options.locale, { sensitivity: 'base' })
    return clients
      .filter((client) => options.includeArchived || client.archivedAt === null)
      .sort((a, b) => collator.compare(a.name, b.name))
  },

  /**
   * Creates a client together with its onboarding checklist from the agency's template, in one
   * transaction: a client never exists without its onboarding, and a failure writes neither.
   */
  async createWithOnboarding(input: ClientInput, titles: OnboardingTitles): Promise<Client> {
    return db.transaction('rw', [db.clients, db.onboardingItems, db.settings], async () => {
      const now = nowIso()
      const client = parseOrThrow(clientSchema, {
        ...input,
        id: uuid(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })
      const template =
        (await db.settings.get(SETTINGS_ID))?.onboardingTemplate ?? DEFAULT_SETTINGS.onboardingTemplate
      const items = onboardingItemsFor(client.id, template, titles).map((item) =>
        parseOrThrow(onboardingItemSchema, {
          ...item,
          id: uuid(),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        }),
      )
      await db.clients.add(client)
      await db.onboardingItems.bulkAdd(items)
      return client
    })
  },

  /**
   * Replaces the client's custom KPIs. Names must differ (ignoring case), or a report would show
   * two columns nobody can tell apart. A KPI removed here keeps its values in the metric months;
   * they are simply no longer shown or reported.
   */
  async saveCustomKpis(id: string, kpis: readonly CustomKpi[]): Promise<Client> {
    const seen = new Map<string, number>()
    const issues: FieldIssue[] = []
    kpis.forEach((kpi, index) => {
      const key = kpi.name.trim().toLocaleLowerCase()
      if (key !== '' && seen.has(key))
        issues.push({ path: `customKpis.${index}.name`, message: 'Duplicate name' })
      seen.set(key, index)
    })
    if (issues.length > 0) throw new ValidationError(issues)
    return base.update(id, { customKpis: [...kpis] })
  },

  /** Archives a client (hidden from lists, kept with all its history) or brings it back. */
  async setArchived(id: string, archived: boolean): Promise<Client> {
    const client = await base.get(id)
    if (!client) throw new RecordNotFoundError('clients', id)
    return base.update(id, { archivedAt: archived ? (client.archivedAt ?? nowIso()) : null })
  },
}
