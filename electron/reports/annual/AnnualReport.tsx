/**
 * The annual report (PRODUCT.md "Reports — Annual"; seed 002 "Year", "Annual report"): the cover;
 * where we started and where we are (against the pre-cooperation baseline); year over year; the
 * PM's summary; results by channel; best months and records; the biggest successes; what was done
 * together and the annual review; what the year's tests taught; next year's proposal with its
 * timeline and creative examples; and the line saying when the data was verified.
 */
import type { AnnualReportInput } from '@shared/reports/report-input'
import { Cover } from '../components/Cover'
import { ContentPages, type FrameInfo } from '../components/PageFrame'
import { verifiedLine } from '../components/report-context'
import { ReportDocument } from '../components/ReportDocument'
import { VerifiedLine } from '../components/VerifiedLine'
import { instantDate } from '../format'
import { YearWorkSection } from '../review/AimSection'
import { ChannelTable } from '../review/ChannelTable'
import { ReviewDecreases, ReviewSummary } from '../review/Commentary'
import { reviewContextOf } from '../review/context'
import { monthsLabel, yearName } from '../review/format'
import { LeanLoopSection } from '../review/LeanLoopSection'
import { BestMonths, Successes } from './Best'
import { Proposal } from './Proposal'
import { Started } from './Started'
import { YearGlance } from './YearGlance'

/** The annual report document. */
export function AnnualReport({ input }: { input: AnnualReportInput }) {
  const ctx = reviewContextOf(input)
  const { language } = ctx
  const { model } = input
  const name = yearName(input.period.key, input.cooperation, ctx)
  const months = monthsLabel(model.period.months, language)
  const title = ctx.r('kind.annual')
  const periodLabel = /^\d{4}$/.test(input.period.key) ? name : `${name} · ${months}`
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
      title={`${title} · ${input.client.name} · ${name}`}
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
        <Started input={input} ctx={ctx} />
        <YearGlance input={input} name={name} ctx={ctx} />
        <ReviewSummary commentary={input.commentary} withHighlights={false} ctx={ctx} />
        <ChannelTable
          title={ctx.r('annual.channels')}
          intro={ctx.r('annual.channelIntro')}
          rows={model.channels}
          columns={input.selection.columns}
          primary={input.selection.primary}
          changes={[{ label: ctx.r('compare.yoy'), of: (f) => f.previous }]}
          metrics={model.metrics}
          empty={ctx.r('annual.noChannels')}
          ctx={ctx}
        />
        <BestMonths input={input} ctx={ctx} />
        <Successes input={input} ctx={ctx} />
        <ReviewDecreases
          commentary={input.commentary}
          metrics={model.metrics}
          figures={model.kpis}
          changeLabel={ctx.r('compare.yoy')}
          ctx={ctx}
        />
        <YearWorkSection
          work={input.work}
          testsLearned={input.leanLoop.learned.length}
          review={input.review}
          ctx={ctx}
        />
        <LeanLoopSection
          loop={input.leanLoop}
          title={ctx.r('annual.learnedTitle')}
          withRunning={false}
          ctx={ctx}
        />
        <Proposal input={input} ctx={ctx} />
        <VerifiedLine verifiedAt={input.verifiedAt} ctx={ctx} />
      </ContentPages>
    </ReportDocument>
  )
}
