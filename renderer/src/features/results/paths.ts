/** Where the results screens live (HashRouter paths), so links between them agree. */
import type { PeriodKind } from '@shared/schemas'

/** The Results tab of a client, optionally at a month and with the data check of a period open. */
export function resultsPath(clientId: string, params: { month?: string; verify?: string } = {}): string {
  const search = new URLSearchParams()
  if (params.month) search.set('month', params.month)
  if (params.verify) search.set('verify', params.verify)
  const query = search.toString()
  return `/clients/${clientId}/results${query ? `?${query}` : ''}`
}

/** The commentary editor of a client's report period (`2026-10`, `2026-Q4`, `2026`). */
export function commentaryPath(clientId: string, periodKind: PeriodKind, period: string): string {
  return `/clients/${clientId}/commentary/${periodKind}/${period}`
}

/** The client's metric-months grid (built beside this feature), optionally at a month. */
export function dataPath(clientId: string, month?: string): string {
  return `/clients/${clientId}/data${month ? `?month=${month}` : ''}`
}

/** The client's Budgets tab. */
export function budgetsPath(clientId: string): string {
  return `/clients/${clientId}/budgets`
}
