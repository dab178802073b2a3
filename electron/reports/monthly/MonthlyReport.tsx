/**
 * The monthly report (PRODUCT.md "Reports — Monthly"): the cover; the results at a glance with
 * the PM's summary; 13-month trends with last year's line; results per channel and campaign;
 * the decreases explained and the next steps; the month's budget use; next month's plan; and,
 * closing the last page, when the data was verified.
 */
import type { MonthlyReportInput } from '@shared/reports/report-input'
import { contextOf } from '../components/report-context'
import { ReportShell } from '../components/ReportShell'
import { capitalize, longMonth } from '../format'
import { Budget } from './Budget'
import { Campaigns, Channels } from './Breakdowns'
import { Decreases, NextSteps, Summary } from './Commentary'
import { Glance } from './Glance'
import { Plan } from './Plan'
import { Trends } from './Trends'

/** The monthly report document. */
export function MonthlyReport({ input }: { input: MonthlyReportInput }) {
  const ctx = contextOf(input, input.model.currency)
  const { t, language } = ctx
  const periodLabel = capitalize(longMonth(input.period.key, language), language)
  return (
    <ReportShell input={input} ctx={ctx} title={t('monthly.title')} periodLabel={periodLabel}>
      <Glance input={input} ctx={ctx} />
      <Summary input={input} ctx={ctx} />
      <Trends input={input} ctx={ctx} />
      <Channels input={input} ctx={ctx} />
      <Campaigns input={input} ctx={ctx} />
      <Decreases input={input} ctx={ctx} />
      <NextSteps input={input} ctx={ctx} />
      <Budget input={input} ctx={ctx} />
      <Plan input={input} ctx={ctx} />
    </ReportShell>
  )
}
