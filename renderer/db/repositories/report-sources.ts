/**
 * What a PDF report is built from (shared/reports `ReportSources`): one client's records and the
 * agency's branding, read in one transaction so a report never mixes two states of the data.
 */
import type { ReportSources } from '@shared/reports'
import { DEFAULT_SETTINGS, SETTINGS_ID, type Commentary } from '@shared/schemas'
import { db } from '../db'

const live = <T extends { deletedAt: string | null }>(records: T[]): T[] =>
  records.filter((record) => record.deletedAt === null)

const TABLES = [
  db.clients,
  db.settings,
  db.metricMonths,
  db.targets,
  db.commentaries,
  db.budgetMonths,
  db.campaigns,
  db.experiments,
  db.tasks,
  db.meetings,
] as const

async function readSources(clientId: string): Promise<ReportSources | null> {
  const client = await db.clients.get(clientId)
  if (!client || client.deletedAt !== null) return null
  const settings = (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS
  const [rows, targets, commentaries, budgets, campaigns, experiments, tasks, meetings] = await Promise.all([
    db.metricMonths.where('clientId').equals(clientId).toArray(),
    db.targets.where('clientId').equals(clientId).toArray(),
    db.commentaries.where('clientId').equals(clientId).toArray(),
    db.budgetMonths.where('clientId').equals(clientId).toArray(),
    db.campaigns.where('clientId').equals(clientId).toArray(),
    db.experiments.where('clientId').equals(clientId).toArray(),
    db.tasks.where('clientId').equals(clientId).toArray(),
    // Internal weeklies carry a card per client without listing the client among the meeting's.
    db.meetings
      .filter((m) => m.clientIds.includes(clientId) || m.weeklyCards.some((c) => c.clientId === clientId))
      .toArray(),
  ])
  return {
    client,
    settings: {
      agencyName: settings.agencyName,
      agencyLogoDataUrl: settings.agencyLogoDataUrl,
      primaryColor: settings.primaryColor,
    },
    rows: live(rows),
    targets: live(targets),
    // Records written before acknowledgements existed read as having none.
    commentaries: live(commentaries).map((c) => ({
      ...c,
      acknowledgements: (c.acknowledgements as Commentary['acknowledgements'] | undefined) ?? [],
      verifiedAt: (c.verifiedAt as string | null | undefined) ?? null,
    })),
    budgets: live(budgets),
    campaigns: live(campaigns),
    experiments: live(experiments),
    tasks: live(tasks),
    meetings: live(meetings),
  }
}

/** Reads report sources. */
export const reportSourcesRepository = {
  /** One client's report sources, or null when the client does not exist. */
  async forClient(clientId: string): Promise<ReportSources | null> {
    return db.transaction('r', [...TABLES], () => readSources(clientId))
  },

  /** The clients a batch export covers: every client not archived, by name. */
  async exportableClients(): Promise<{ id: string; name: string }[]> {
    const clients = await db.clients.filter((c) => c.deletedAt === null && c.archivedAt === null).toArray()
    return clients.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
  },
}
