/**
 * The annual report (PRODUCT.md "Reports — Annual"; seed 002 "Year", "Annual report"): the cover;
 * where we started and where we are (against the pre-cooperation baseline); year over year; the
 * PM's summary; results by channel; best months and records; the biggest successes; what was done
 * together and the annual review; what the year's tests taught; next year's proposal with its
 * timeline and creative examples; and, closing the last page, when the data was verified.
 */
import type { AnnualReportInput } from '@shared/reports/report-input'
import { ReportShell } from '../components/ReportShell'
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
  const periodLabel = /^\d{4}$/.test(input.period.key) ? name : `${name} · ${months}`
  return (
    <ReportShell
      input={input}
      ctx={ctx}
      title={ctx.r('kind.annual')}
      periodLabel={periodLabel}
      documentPeriod={name}
    >
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
    </ReportShell>
  )
}
