/**
 * Every schema version of the database, oldest first. Versions are appended, never edited: a
 * user's IndexedDB may be at any of them, and Dexie replays the upgrades in order.
 *
 * To change the schema: append a version with the full `stores` (Dexie keeps what is unchanged)
 * and an `upgrade` that rewrites the stored records; add `test/fixtures/db/v<N>.json` (records as
 * the previous release wrote them) so `test/unit/db-migrations.test.ts` opens and upgrades it.
 */
import type { Table, Transaction } from 'dexie'
import { TABLE_SCHEMAS, type TableName } from '@shared/schemas'

/** Version 1's tables: primary key first, then the indexes the screens query by. */
export const SCHEMA_V1 = {
  settings: 'id',
  teamMembers: 'id, name',
  clients: 'id, name, ownerId, activityLevel, cooperationStart, updatedAt',
  onboardingItems: 'id, clientId, [clientId+order]',
  briefs: 'id, clientId, &campaignId, status',
  campaigns: 'id, clientId, stage, ownerId, [clientId+stage]',
  experiments: 'id, clientId, campaignId, stage',
  tasks: 'id, clientId, campaignId, meetingId, status, deadline, *assigneeIds, [clientId+status]',
  budgetMonths: 'id, clientId, month, &[clientId+month]',
  communications: 'id, clientId, receivedAt, repliedAt, [clientId+receivedAt]',
  meetings: 'id, kind, startsAt, *clientIds',
  touchpoints: 'id, clientId, dueDate, status, &[clientId+kind+periodKey]',
  metricMonths: 'id, clientId, month, [clientId+month], [clientId+channel+month]',
  targets: 'id, clientId, [clientId+periodKind+period]',
  commentaries: 'id, clientId, &[clientId+periodKind+period]',
} as const satisfies Record<Exclude<TableName, 'reports'>, string>

/** Version 3's tables: version 1's and the exported reports. */
export const SCHEMA_V3 = {
  ...SCHEMA_V1,
  reports: 'id, clientId, exportedAt, [clientId+kind+period]',
} as const satisfies Record<TableName, string>

/** One schema version: its stores and the upgrade that brings older records to it. */
export type DatabaseVersion = {
  version: number
  stores: Partial<Record<TableName, string>>
  upgrade?: (transaction: Transaction) => Promise<void>
}

/** A table of the schema an upgrade runs on, or null for one a later version adds. */
function tableOfUpgrade(transaction: Transaction, name: string): Table | null {
  try {
    return transaction.table(name)
  } catch {
    return null
  }
}

/**
 * Rewrites every record through its current zod schema so fields added since (with a default)
 * are filled in. A record the schema refuses is kept exactly as it was: an upgrade never drops
 * what a PM typed; the app's validation will name the problem when the record is next edited.
 */
export async function fillSchemaDefaults(transaction: Transaction): Promise<void> {
  for (const [name, schema] of Object.entries(TABLE_SCHEMAS)) {
    const table = tableOfUpgrade(transaction, name)
    if (table === null) continue
    await table.toCollection().modify((record: Record<string, unknown>) => {
      const parsed = schema.safeParse(record)
      if (parsed.success) Object.assign(record, parsed.data)
    })
  }
}

/** Every version, oldest first; the last one is the schema the app runs on. */
export const DATABASE_VERSIONS: readonly DatabaseVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  // v2: meetings gained notes and decisions per client, show-and-tell, review answers, the
  // touchpoint they close and their finish time; campaigns and experiments a stage history.
  { version: 2, stores: SCHEMA_V1, upgrade: fillSchemaDefaults },
  // v3: the PDF reports exported, by client and period (a new table; no record changes).
  { version: 3, stores: SCHEMA_V3 },
]
