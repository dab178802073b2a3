/** The periods a client's reports can be exported for: months since the cooperation began, and the quarters and years they close. */
import { calendarQuarterKey, lastCompleteMonth, monthOfDate, monthRange } from '@shared/results/months'
import type { Client } from '@shared/schemas'
import type { PeriodReportKind } from './export-report'

/** Months a report can be exported for: from the cooperation's start to the last one ended, newest first. */
export function exportableMonths(client: Pick<Client, 'cooperationStart'>, today: string): string[] {
  const last = lastCompleteMonth(today)
  const first = monthOfDate(client.cooperationStart)
  return first > last ? [last] : monthRange(first, last).reverse()
}

/** The periods of a kind among exportable months (newest first): the months, the quarters and years they close. */
export function exportablePeriods(kind: PeriodReportKind, months: readonly string[]): string[] {
  if (kind === 'monthly') return [...months]
  if (kind === 'quarterly')
    return months.filter((m) => Number(m.slice(5, 7)) % 3 === 0).map((m) => calendarQuarterKey(m))
  return months.filter((m) => m.endsWith('-12')).map((m) => m.slice(0, 4))
}
