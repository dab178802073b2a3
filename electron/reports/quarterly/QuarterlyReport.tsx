/**
 * The quarterly report (PRODUCT.md "Reports — Quarterly"; seed 002 "Quarter"): the cover; the
 * quarter at a glance against the previous quarter and the same quarter last year; the PM's
 * summary; month by month against a year earlier; results by channel; the decreases explained;
 * the cooperation quarter's aim and what was done about it; tests and learnings from the lean
 * loop; proposals; and, closing the last page, when the data was verified.
 */
import type { QuarterlyReportInput } from '@shared/reports/report-input'
import { ReportShell } from '../components/ReportShell'
import { date } from '../format'
import { AimSection } from '../review/AimSection'
import { ChannelTable } from '../review/ChannelTable'
import { ReviewDecreases, ReviewSummary } from '../review/Commentary'
import { reviewContextOf, type ReviewContext } from '../review/context'
import { cooperationQuarterName, monthsLabel, quarterName } from '../review/format'
import { LeanLoopSection } from '../review/LeanLoopSection'
import { ProposalsSection } from '../review/ProposalsSection'
import { ByMonth } from './ByMonth'
import { QuarterGlance } from './Glance'

function calendarNote(input: QuarterlyReportInput, ctx: ReviewContext): string | null {
  if (input.cooperation === null)
    return ctx.r('aim.beforeCooperation', { date: date(input.cooperationStart, ctx.language) })
  if (input.model.period.scheme === 'cooperation') return null
  return ctx.r('aim.calendarNote', { period: cooperationQuarterName(input.cooperation, ctx) })
}

/** The quarterly report document. */
export function QuarterlyReport({ input }: { input: QuarterlyReportInput }) {
  const ctx = reviewContextOf(input)
  const { language } = ctx
  const name = quarterName(input.period.key, input.cooperation, ctx)
  const months = monthsLabel(input.model.period.months, language)
  const { model } = input
  return (
    <ReportShell
      input={input}
      ctx={ctx}
      title={ctx.r('kind.quarterly')}
      periodLabel={`${name} · ${months}`}
      documentPeriod={name}
    >
      <QuarterGlance input={input} name={name} ctx={ctx} />
      <ReviewSummary commentary={input.commentary} ctx={ctx} />
      <ByMonth input={input} ctx={ctx} />
      <ChannelTable
        title={ctx.r('quarter.channels')}
        intro={ctx.r('quarter.channelIntro')}
        rows={model.channels}
        columns={input.selection.columns}
        primary={input.selection.primary}
        changes={[
          { label: ctx.r('compare.qoq'), of: (f) => f.previous },
          { label: ctx.r('compare.yoy'), of: (f) => f.lastYear },
        ]}
        metrics={model.metrics}
        empty={ctx.r('quarter.noChannels')}
        ctx={ctx}
      />
      <ReviewDecreases
        commentary={input.commentary}
        metrics={model.metrics}
        figures={model.kpis}
        changeLabel={ctx.r('compare.qoq')}
        ctx={ctx}
      />
      <AimSection
        cooperation={input.cooperation}
        calendarNote={calendarNote(input, ctx)}
        work={input.work}
        testsLearned={input.leanLoop.learned.length}
        review={input.review}
        ctx={ctx}
      />
      <LeanLoopSection loop={input.leanLoop} title={ctx.r('leanLoop.title')} ctx={ctx} />
      <ProposalsSection
        proposals={input.review?.proposals ?? []}
        nextSteps={input.commentary?.nextSteps ?? []}
        ctx={ctx}
      />
    </ReportShell>
  )
}
