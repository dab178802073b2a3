/**
 * The monthly report (PRODUCT.md "Reports — Monthly"): the cover; the results at a glance with
 * the PM's summary; 13-month trends with last year's line; results per channel and campaign;
 * the decreases explained and the next steps; the month's budget use; next month's plan; and
 * the line saying when the data was verified.
 */
import type { MonthlyReportInput } from '@shared/reports/report-input'
import { Cover } from '../components/Cover'
import { ContentPages, type FrameInfo } from '../components/PageFrame'
import { contextOf, verifiedLine } from '../components/report-context'
import { ReportDocument } from '../components/ReportDocument'
import { VerifiedLine } from '../components/VerifiedLine'
import { capitalize, instantDate, longMonth } from '../format'
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
  const title = t('monthly.title')
  const frame: FrameInfo = {
    title,
    clientName: input.client.name,
    agencyName: input.agency.name,
    agencyLogo: input.agency.logoDataUrl,
    periodLabel,
    draft: input.draft,
  }
  return (
    <ReportDocument
      title={`${title} · ${input.client.name} · ${periodLabel}`}
      author={input.agency.name}
      subject={title}
      language={language}
      generatedAt={input.generatedAt}
    >
      <Cover
        ctx={ctx}
        cover={{
          kindLabel: title,
          clientName: input.client.name,
          clientLogo: input.client.logoDataUrl,
          agencyName: input.agency.name,
          agencyLogo: input.agency.logoDataUrl,
          periodLabel,
          preparedOn: instantDate(input.generatedAt, input.timezone, language),
          verifiedLine: verifiedLine(input, ctx),
          draft: input.draft,
        }}
      />
      <ContentPages frame={frame} ctx={ctx}>
        <Glance input={input} ctx={ctx} />
        <Summary input={input} ctx={ctx} />
        <Trends input={input} ctx={ctx} />
        <Channels input={input} ctx={ctx} />
        <Campaigns input={input} ctx={ctx} />
        <Decreases input={input} ctx={ctx} />
        <NextSteps input={input} ctx={ctx} />
        <Budget input={input} ctx={ctx} />
        <Plan input={input} ctx={ctx} />
        <VerifiedLine verifiedAt={input.verifiedAt} ctx={ctx} />
      </ContentPages>
    </ReportDocument>
  )
}
