/**
 * "Year over year": the year's KPI tiles with the change against the previous year and against
 * before the cooperation (a comparison without data is left out: a first year with no history
 * shows no YoY, never "0 %").
 */
import { Text } from '@react-pdf/renderer'
import type { AnnualReportInput } from '@shared/reports/report-input'
import { KpiTiles, type TileComparison } from '../components/KpiTiles'
import { Section } from '../components/Section'
import { COLORS, SIZES } from '../theme'
import type { ReviewContext } from '../review/context'
import { monthsLabel } from '../review/format'

const note = { fontSize: SIZES.body, color: COLORS.muted, marginBottom: 8, lineHeight: 1.4 }

/** The section for the year named `name`. */
export function YearGlance({
  input,
  name,
  ctx,
}: {
  input: AnnualReportInput
  name: string
  ctx: ReviewContext
}) {
  const { model } = input
  const noData = model.kpis.every((f) => f.value === null)
  const withData = model.months.filter((m) => Object.values(m.values).some((v) => v !== null)).length
  return (
    <Section title={ctx.r('annual.yoyTitle')}>
      <Text style={note}>
        {ctx.r('annual.yoyIntro', {
          period: name,
          months: monthsLabel(model.period.months, ctx.language),
          previous: monthsLabel(model.previous.months, ctx.language),
        })}
      </Text>
      {noData ? <Text style={note}>{ctx.r('annual.noData')}</Text> : null}
      {!noData && withData < model.months.length ? (
        <Text style={note}>{ctx.r('annual.partialPeriod', { months: String(withData) })}</Text>
      ) : null}
      {noData ? null : (
        <>
          <KpiTiles
            keys={input.selection.tiles}
            definitions={model.metrics}
            figures={model.kpis}
            comparisonsOf={(figure): TileComparison[] => [
              { base: figure.previous, label: ctx.r('compare.yoy') },
              ...(figure.baseline
                ? [
                    {
                      base: { value: figure.baseline.value, change: figure.baseline.change },
                      label: ctx.r('compare.vsBaseline'),
                    },
                  ]
                : []),
            ]}
            ctx={ctx}
          />
          <Text style={{ fontSize: SIZES.tiny, color: COLORS.faint, marginTop: 6 }}>
            {ctx.r('compare.legendYear')}
          </Text>
        </>
      )}
    </Section>
  )
}
