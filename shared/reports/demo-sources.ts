/** The report sources of one client of a demo agency (tests, screenshots and benchmarks). */
import type { DemoAgency } from '../demo'
import type { ReportSources } from './sources'

/** One demo client's records as the renderer would read them. */
export function demoReportSources(agency: DemoAgency, clientId: string): ReportSources {
  const client = agency.clients.find((c) => c.id === clientId)
  if (!client) throw new Error(`No demo client ${clientId}`)
  const own = <T extends { clientId: string }>(records: readonly T[]) =>
    records.filter((r) => r.clientId === clientId)
  return {
    client,
    settings: agency.settings,
    rows: own(agency.metricMonths),
    targets: own(agency.targets),
    commentaries: own(agency.commentaries),
    budgets: own(agency.budgetMonths),
    campaigns: own(agency.campaigns),
    experiments: own(agency.experiments),
    tasks: own(agency.tasks),
    meetings: agency.meetings.filter(
      (m) => m.clientIds.includes(clientId) || m.weeklyCards.some((c) => c.clientId === clientId),
    ),
  }
}
