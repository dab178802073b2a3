/**
 * What a client's results are computed from: the report models and the data checker
 * (shared/results) are pure, so they take the client's rows, targets, budgets, commentaries and
 * campaigns as plain arrays, read here in one go.
 */
import type { BudgetMonth, Campaign, Client, Commentary, MetricMonth, Target } from '@shared/schemas'
import { db } from '../db'

/** One client's results data, deleted records left out. */
export type ClientResultsData = {
  client: Client
  rows: MetricMonth[]
  targets: Target[]
  budgets: BudgetMonth[]
  commentaries: Commentary[]
  campaigns: Campaign[]
}

const live = <T extends { deletedAt: string | null }>(records: T[]): T[] =>
  records.filter((record) => record.deletedAt === null)

/** Reads a client's results data; call inside a transaction to read it consistently with a write. */
export async function readClientResults(clientId: string): Promise<ClientResultsData | null> {
  const client = await db.clients.get(clientId)
  if (!client || client.deletedAt !== null) return null
  const [rows, targets, budgets, commentaries, campaigns] = await Promise.all([
    db.metricMonths.where('clientId').equals(clientId).toArray(),
    db.targets.where('clientId').equals(clientId).toArray(),
    db.budgetMonths.where('clientId').equals(clientId).toArray(),
    db.commentaries.where('clientId').equals(clientId).toArray(),
    db.campaigns.where('clientId').equals(clientId).toArray(),
  ])
  return {
    client,
    rows: live(rows),
    targets: live(targets),
    budgets: live(budgets),
    // Records written before acknowledgements existed read as having none.
    commentaries: live(commentaries).map((c) => ({
      ...c,
      acknowledgements: (c.acknowledgements as Commentary['acknowledgements'] | undefined) ?? [],
      verifiedAt: (c.verifiedAt as string | null | undefined) ?? null,
    })),
    campaigns: live(campaigns),
  }
}

/** The tables `readClientResults` reads, for transactions that write with it. */
export const RESULTS_TABLES = [
  db.clients,
  db.metricMonths,
  db.targets,
  db.budgetMonths,
  db.commentaries,
  db.campaigns,
] as const

/** Reads results data for the screens (live queries call it). */
export const resultsRepository = {
  /** A client's results data in one read transaction, or null when the client does not exist. */
  async forClient(clientId: string): Promise<ClientResultsData | null> {
    return db.transaction('r', [...RESULTS_TABLES], () => readClientResults(clientId))
  },
}
