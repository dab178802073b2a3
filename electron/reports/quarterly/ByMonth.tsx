/** "Month by month": the chosen metrics' months of the quarter beside the same months a year earlier. */
import { Svg, Rect, Text, View } from '@react-pdf/renderer'
import type { QuarterlyReportInput } from '@shared/reports/report-input'
import { Section } from '../components/Section'
import { metricLabel } from '../format'
import { COLORS, CONTENT_WIDTH, FONT, SIZES } from '../theme'
import type { ReviewContext } from '../review/context'
import { MonthBars } from './MonthBars'

const GAP = 16
const CHART_WIDTH = (CONTENT_WIDTH - GAP) / 2
const CHART_HEIGHT = 120

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
      <Svg width={8} height={8} viewBox="0 0 8 8">
        <Rect x={0} y={0} width={8} height={8} fill={color} />
      </Svg>
      <Text style={{ fontFamily: FONT, fontSize: 7, color: COLORS.muted }}>{label}</Text>
    </View>
  )
}

/** The section; nothing when no metric has months with values. */
export function ByMonth({ input, ctx }: { input: QuarterlyReportInput; ctx: ReviewContext }) {
  const { model } = input
  const charts = input.selection.charts.flatMap((key) => {
    const definition = model.metrics.find((d) => d.key === key)
    return definition ? [definition] : []
  })
  if (charts.length === 0) return null
  const months = model.months.map((m) => m.month)
  const hasLastYear = input.lastYearMonths.some((m) => charts.some((d) => m.values[d.key] != null))
  return (
    <Section
      title={ctx.r('quarter.byMonth')}
      presenceAhead={CHART_HEIGHT + 20}
      right={
        <View style={{ flexDirection: 'row', gap: 12 }}>
          <Swatch color={ctx.accent} label={ctx.r('quarter.chartLegendCurrent')} />
          {hasLastYear ? (
            <Swatch color={COLORS.lastYear} label={ctx.r('quarter.chartLegendLastYear')} />
          ) : null}
        </View>
      }
    >
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', columnGap: GAP, rowGap: 10 }}>
        {charts.map((definition) => (
          <View key={definition.key} style={{ width: CHART_WIDTH }} wrap={false}>
            <Text style={{ fontSize: SIZES.small, fontWeight: 600, color: COLORS.text, marginBottom: 3 }}>
              {metricLabel(definition, ctx.t)}
            </Text>
            <MonthBars
              definition={definition}
              months={months}
              values={model.months.map((m) => m.values[definition.key] ?? null)}
              lastYear={input.lastYearMonths.map((m) => m.values[definition.key] ?? null)}
              width={CHART_WIDTH}
              height={CHART_HEIGHT}
              ctx={ctx}
            />
          </View>
        ))}
      </View>
    </Section>
  )
}
