/** The 13-month trends of the chosen metrics, two to a row, each with last year's line. */
import { Text, View } from '@react-pdf/renderer'
import type { MonthlyReportInput } from '@shared/reports/report-input'
import type { ReportContext } from '../components/context'
import { Section } from '../components/Section'
import { TrendChart, TrendLegend } from '../components/TrendChart'
import { metricLabel } from '../format'
import { COLORS, CONTENT_WIDTH, SIZES } from '../theme'

const GAP = 16
const CHART_WIDTH = (CONTENT_WIDTH - GAP) / 2
const CHART_HEIGHT = 118

/** The trends section; nothing when no metric has two months of values. */
export function Trends({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const { series, metrics } = input.model
  const charts = input.selection.trends.flatMap((key) => {
    const definition = metrics.find((d) => d.key === key)
    const line = series.metrics.find((s) => s.key === key)
    return definition && line ? [{ definition, line }] : []
  })
  if (charts.length === 0) return null
  return (
    <Section
      title={ctx.t('monthly.trends')}
      keepTogether
      right={
        <TrendLegend
          current={ctx.t('monthly.trendsLegendCurrent')}
          lastYear={ctx.t('monthly.trendsLegendLastYear')}
          accent={ctx.accent}
        />
      }
    >
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', columnGap: GAP, rowGap: 10 }}>
        {charts.map(({ definition, line }) => (
          <View key={definition.key} style={{ width: CHART_WIDTH }} wrap={false}>
            <Text style={{ fontSize: SIZES.small, fontWeight: 600, color: COLORS.text, marginBottom: 3 }}>
              {metricLabel(definition, ctx.t)}
            </Text>
            <TrendChart
              definition={definition}
              months={series.months}
              values={line.values}
              lastYear={line.lastYear}
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
