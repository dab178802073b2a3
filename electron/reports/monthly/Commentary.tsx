/**
 * The PM's commentary of a month (seed 002): the summary and highlights after the figures they
 * explain, then each decrease with its cause and fix against the month before, and the next steps.
 */
import type { MonthlyReportInput } from '@shared/reports/report-input'
import { CommentarySummary, DecreaseList } from '../components/Commentary'
import type { ReportContext } from '../components/context'
import { Section } from '../components/Section'
import { BulletList } from '../components/TextBlocks'

/** The summary with the highlights beside it, or a note that the PM has not written one yet. */
export function Summary({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  return (
    <CommentarySummary
      title={ctx.t('monthly.summary')}
      highlightsTitle={ctx.t('monthly.highlights')}
      summary={input.commentary?.summary ?? ''}
      highlights={input.commentary?.highlights ?? []}
      emptyNote={ctx.t('monthly.noCommentary')}
      ctx={ctx}
    />
  )
}

/** Each decrease with its cause and fix. */
export function Decreases({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  return (
    <DecreaseList
      title={ctx.t('monthly.decreases')}
      decreases={input.commentary?.decreases ?? []}
      metrics={input.model.metrics}
      figures={input.model.kpis}
      changeLabel={ctx.t('tile.mom')}
      ctx={ctx}
    />
  )
}

/** The next steps. */
export function NextSteps({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const steps = input.commentary?.nextSteps ?? []
  if (steps.length === 0) return null
  return (
    <Section title={ctx.t('monthly.nextSteps')} presenceAhead={40} keepTogether={steps.length <= 12}>
      <BulletList items={steps} color={ctx.accent} />
    </Section>
  )
}
