/**
 * Where opening a touchpoint takes the PM: the place its work is done. Mails open in the mail
 * editor, the internal weekly in this week's weekly, reviews and the workshop in their meeting
 * (created on first open), a monthly report in the month's results with their data check, and
 * other client work on the client's tab for it. A client kind without a
 * client (it cannot be generated, but data can be imported) falls back to the client list.
 */
import type { Touchpoint } from '@shared/schemas'
import { resultsPath } from '../results/paths'

/** The app route (HashRouter path) of a touchpoint's work. */
export function touchpointRoute(
  touchpoint: Pick<Touchpoint, 'id' | 'kind' | 'clientId'> & { periodKey?: string },
): string {
  const { id, kind, clientId, periodKey = '' } = touchpoint
  const client = (tab: string | null) =>
    clientId === null ? '/clients' : `/clients/${clientId}${tab === null ? '' : `/${tab}`}`
  switch (kind) {
    case 'monday-plan-mail':
    case 'friday-summary':
      return `/mail/${id}`
    case 'internal-weekly':
      return '/weekly'
    case 'quarterly-review':
    case 'annual-review':
    case 'onboarding-workshop':
      return `/meetings/prepare/${id}`
    case 'monthly-report':
      // A month's report starts with checking its numbers: the month's results and their check.
      return clientId !== null && /^\d{4}-\d{2}$/.test(periodKey)
        ? resultsPath(clientId, { month: periodKey, verify: periodKey })
        : client('reports')
    case 'annual-report':
      return client('reports')
    case 'publishing-schedule':
      return client('campaigns')
    case 'onboarding-checklist':
      return client('onboarding')
    case 'welcome-contact':
      return client(null)
  }
}
