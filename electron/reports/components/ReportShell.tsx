/**
 * What every report document is made of around its sections: the PDF document with its metadata,
 * the cover (the weekly summary has none: its title block sits on the first page), and the
 * content pages with their running header and footer, the last one closed by when the data was
 * verified.
 */
import type { ReactNode } from 'react'
import type { ReportInput } from '@shared/reports/report-input'
import { instantDate } from '../format'
import type { ReportContext } from './context'
import { Cover } from './Cover'
import { ContentPages, type FrameInfo } from './PageFrame'
import { verifiedLine } from './report-context'
import { ReportDocument } from './ReportDocument'

/** A report document: cover and framed content pages of `input`, in the client's language. */
export function ReportShell({
  input,
  ctx,
  title,
  periodLabel,
  documentPeriod = periodLabel,
  withCover = true,
  withVerification = true,
  children,
}: {
  input: ReportInput
  ctx: ReportContext
  /** What the report is ("Monthly report"): the cover's kind, the header and the PDF's subject. */
  title: string
  /** The period as the cover and footer print it. */
  periodLabel: string
  /** The period in the PDF's title, where it is shorter than `periodLabel`. */
  documentPeriod?: string
  withCover?: boolean
  /** Close the last page with when the data was verified (or that it was not yet). */
  withVerification?: boolean
  children: ReactNode
}) {
  const frame: FrameInfo = {
    title,
    clientName: input.client.name,
    agencyName: input.agency.name,
    agencyLogo: input.agency.logoDataUrl,
    periodLabel,
    draft: input.draft,
    closing: withVerification
      ? { text: verifiedLine(input, ctx) ?? ctx.t('verified.not'), verified: input.verifiedAt !== null }
      : null,
  }
  return (
    <ReportDocument
      title={`${title} · ${input.client.name} · ${documentPeriod}`}
      author={input.agency.name}
      subject={title}
      language={ctx.language}
      generatedAt={input.generatedAt}
    >
      {withCover ? (
        <Cover
          ctx={ctx}
          cover={{
            kindLabel: title,
            clientName: input.client.name,
            clientLogo: input.client.logoDataUrl,
            agencyName: input.agency.name,
            agencyLogo: input.agency.logoDataUrl,
            periodLabel,
            preparedOn: instantDate(input.generatedAt, input.timezone, ctx.language),
            verifiedLine: verifiedLine(input, ctx),
            draft: input.draft,
          }}
        />
      ) : null}
      <ContentPages frame={frame} ctx={ctx}>
        {children}
      </ContentPages>
    </ReportDocument>
  )
}
