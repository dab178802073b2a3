/**
 * The one Dexie database of the renderer. Versions are appended, never edited: a new schema is
 * a new `this.version(n)` block with an upgrade function and a fixture test, because a PM's
 * whole history lives here and a broken upgrade would lose it.
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
  Settings,
  Target,
  Task,
  TeamMember,
  Touchpoint,
} from '@shared/schemas'

/** The IndexedDB database name; changing it would orphan every user's data. */
export const DATABASE_NAME = 'cadence'

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
} as const

/** The name of a table. */
export type TableName = keyof typeof SCHEMA_V1

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

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
  }
}

/** The singleton every repository uses. */
export const db = new CadenceDatabase()

/** Every table name, in a stable order. */
export const TABLE_NAMES = Object.keys(SCHEMA_V1) as TableName[]
