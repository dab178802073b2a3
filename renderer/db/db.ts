/**
 * The one Dexie database of the renderer. Its versions live in `versions.ts`, appended and never
 * edited, each with an upgrade and a fixture test, because a PM's whole history lives here and a
 * broken upgrade would lose it.
 */
import { Dexie, type Table } from 'dexie'
import type {
  Brief,
  BudgetMonth,
  Campaign,
  Client,
  Commentary,
  Communication,
  Experiment,
  Meeting,
  MetricMonth,
  OnboardingItem,
  ReportFile,
  Settings,
  Target,
  Task,
  TeamMember,
  Touchpoint,
  TableName,
} from '@shared/schemas'
import { TABLE_SCHEMAS } from '@shared/schemas'
import { DATABASE_VERSIONS } from './versions'
import { classifyTransactionFailures, watchDatabaseEvents } from './storage-failure'

/** The IndexedDB database name; changing it would orphan every user's data. */
export const DATABASE_NAME = 'cadence'

export { SCHEMA_V1 } from './versions'
export type { TableName } from '@shared/schemas'

/** Cadence's database with one typed table per entity. */
export class CadenceDatabase extends Dexie {
  settings!: Table<Settings, string>
  teamMembers!: Table<TeamMember, string>
  clients!: Table<Client, string>
  onboardingItems!: Table<OnboardingItem, string>
  briefs!: Table<Brief, string>
  campaigns!: Table<Campaign, string>
  experiments!: Table<Experiment, string>
  tasks!: Table<Task, string>
  budgetMonths!: Table<BudgetMonth, string>
  communications!: Table<Communication, string>
  meetings!: Table<Meeting, string>
  touchpoints!: Table<Touchpoint, string>
  metricMonths!: Table<MetricMonth, string>
  targets!: Table<Target, string>
  commentaries!: Table<Commentary, string>
  reports!: Table<ReportFile, string>

  constructor(name = DATABASE_NAME) {
    super(name)
    for (const { version, stores, upgrade } of DATABASE_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    // A refused write becomes a classified StorageError, and another window is noticed.
    classifyTransactionFailures(this)
    watchDatabaseEvents(this)
  }
}

/** The singleton every repository uses. */
export const db = new CadenceDatabase()

/** Every table name, in a stable order. */
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[]
