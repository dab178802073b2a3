/**
 * "The quarter at a glance": which months are compared with which, the KPI tiles with the change
 * against the previous quarter and the same quarter last year (a comparison without data is left
 * out — a first year shows no YoY at all, never "0 %"), and a key to the short labels.
 */
import { Text } from '@react-pdf/renderer'
import type { QuarterlyReportInput } from '@shared/reports/report-input'
import { KpiTiles } from '../components/KpiTiles'
import { Section } from '../components/Section'
import { COLORS, SIZES } from '../theme'
import type { ReviewContext } from '../review/context'
import { monthsLabel } from '../review/format'

const note = { fontSize: SIZES.body, color: COLORS.muted, marginBottom: 8, lineHeight: 1.4 }

/** The glance section of the quarter named `name`. */
export function QuarterGlance({
  input,
  name,
  ctx,
}: {
  input: QuarterlyReportInput
  name: string
  ctx: ReviewContext
}) {
  const { model } = input
  const { language } = ctx
  const noData = model.kpis.every((f) => f.value === null)
  const withData = model.months.filter((m) => Object.values(m.values).some((v) => v !== null)).length
  return (
    <Section title={ctx.r('quarter.glance')}>
      <Text style={note}>
        {ctx.r('quarter.glanceIntro', {
          period: name,
          months: monthsLabel(model.period.months, language),
          previous: monthsLabel(model.previous.months, language),
          lastYear: monthsLabel(model.lastYear.months, language),
        })}
      </Text>
      {noData ? <Text style={note}>{ctx.r('quarter.noData')}</Text> : null}
      {!noData && withData < model.months.length ? (
        <Text style={note}>{ctx.r('quarter.partialPeriod', { months: String(withData) })}</Text>
      ) : null}
      {/* A quarter without any value shows no tiles: a grid of dashes tells the client nothing. */}
      {noData ? null : (
        <>
          <KpiTiles
            keys={input.selection.tiles}
            definitions={model.metrics}
            figures={model.kpis}
            comparisonsOf={(figure) => [
              { base: figure.previous, label: ctx.r('compare.qoq') },
              { base: figure.lastYear, label: ctx.r('compare.yoy') },
            ]}
            ctx={ctx}
          />
          <Text style={{ fontSize: SIZES.tiny, color: COLORS.faint, marginTop: 6 }}>
            {ctx.r('compare.legendQuarter')}
          </Text>
        </>
      )}
    </Section>
  )
}
