/** Which demo client has the most to show in the export dialog: open findings per client. */
import { generateDemoAgency } from '@shared/demo'
import { lastCompleteMonth } from '@shared/results/months'
import { periodAcknowledgements, periodStatus } from '@shared/results/period-status'
import { verifyPeriod } from '@shared/results/verification'
import { DEMO_SEED } from '../../renderer/src/lib/useLoadDemo'

/** The demo clients' names ordered by open findings in the last month ended on `today`, most first. */
export function demoClientsByFindings(today: string): string[] {
  const month = lastCompleteMonth(today)
  const agency = generateDemoAgency({ seed: DEMO_SEED, today })
  return agency.clients
    .map((client) => {
      const own = <T extends { clientId: string }>(rows: T[]) => rows.filter((r) => r.clientId === client.id)
      const findings = verifyPeriod({
        client,
        rows: own(agency.metricMonths),
        budgets: own(agency.budgetMonths),
        commentaries: own(agency.commentaries),
        period: month,
      })
      const acks = periodAcknowledgements(agency.commentaries, {
        clientId: client.id,
        periodKind: 'month',
        period: month,
      })
      return { name: client.name, open: periodStatus(findings, acks).open.length }
    })
    .sort((a, b) => b.open - a.open)
    .map((c) => c.name)
}
