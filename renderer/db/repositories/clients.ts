/** Repository of clients. */
import { clientSchema, type Client } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.clients, clientSchema)

/** Reads and writes clients; lists hide archived clients unless asked. */
export const clientsRepository = {
  ...base,
  /** Clients not deleted, sorted by name in the UI language's collation. */
  async listSorted(options: { includeArchived?: boolean; locale?: string } = {}): Promise<Client[]> {
    const clients = await base.list()
    const collator = new Intl.Collator(options.locale, { sensitivity: 'base' })
    return clients
      .filter((client) => options.includeArchived || client.archivedAt === null)
      .sort((a, b) => collator.compare(a.name, b.name))
  },
}
