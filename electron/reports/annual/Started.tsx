/**
 * "Where we started, where we are" (seed 002: year-to-year — where the client was before the
 * cooperation and what was achieved together): for each headline result, a month before the
 * cooperation against a month of this year (both monthly levels, shared/results/annual-model.ts),
 * and the main result month by month with the year before and the pre-cooperation level drawn
 * across. Without data from before the cooperation, it says so instead of comparing with 0.
 */
import { Line, StyleSheet, Svg, Text, View } from '@react-pdf/renderer'
import type { AnnualFigure } from '@shared/results/model-schemas'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { AnnualReportInput } from '@shared/reports/report-input'
import { ChangeText } from '../components/ChangeText'
import { Section } from '../components/Section'
import { LegendItem, TrendChart } from '../components/TrendChart'
import { metricLabel } from '../format'
import { COLORS, CONTENT_WIDTH, FONT, SIZES, tint } from '../theme'
import type { ReviewContext } from '../review/context'
import { monthsLabel } from '../review/format'

const GAP = 8
const COLUMNS = 3
const CARD_WIDTH = (CONTENT_WIDTH - GAP * (COLUMNS - 1)) / COLUMNS
const CHART_HEIGHT = 150
/** Then-and-now cards at most; the tiles after them show every headline figure. */
const CARDS = 6

const styles = StyleSheet.create({
  intro: { fontSize: SIZES.body, color: COLORS.muted, marginBottom: 10, lineHeight: 1.4 },
  grid: { flexDirection: 'row', flexWrap: 'wrap', gap: GAP, marginBottom: 14 },
  card: { width: CARD_WIDTH, borderRadius: 4, paddingHorizontal: 10, paddingVertical: 9, gap: 4 },
  label: { fontSize: SIZES.small, color: COLORS.muted },
  pair: { flexDirection: 'row', alignItems: 'flex-end', gap: 8 },
  side: { gap: 1 },
  sideLabel: { fontSize: SIZES.tiny, color: COLORS.muted, textTransform: 'uppercase', letterSpacing: 0.3 },
  then: { fontSize: 10.5, color: COLORS.muted },
  arrow: { fontSize: 10.5, color: COLORS.faint, paddingBottom: 1 },
  now: { fontSize: 14, fontWeight: 600, color: COLORS.text },
  perMonth: { fontSize: SIZES.tiny, color: COLORS.faint },
  chartTitle: { fontSize: SIZES.small, fontWeight: 600, color: COLORS.text, marginBottom: 3 },
})

function BaselineCard({
  definition,
  figure,
  ctx,
}: {
  definition: MetricDefinition
  figure: AnnualFigure
  ctx: ReviewContext
}) {
  const baseline = figure.baseline
  if (!baseline) return null
  const format = (value: number | null) => formatMetric(definition, value, ctx.currency, ctx.language)
  const perMonth = definition.aggregation === 'sum'
  return (
    <View style={[styles.card, { backgroundColor: tint(ctx.accent, 0.93) }]} wrap={false}>
      <Text style={styles.label}>{metricLabel(definition, ctx.t)}</Text>
      <View style={styles.pair}>
        <View style={styles.side}>
          <Text style={styles.sideLabel}>{ctx.r('annual.then')}</Text>
          <Text style={styles.then}>{format(baseline.value)}</Text>
        </View>
        <Text style={styles.arrow}>→</Text>
        <View style={styles.side}>
          <Text style={[styles.sideLabel, { color: ctx.accent }]}>{ctx.r('annual.now')}</Text>
          <Text style={styles.now}>{format(baseline.current)}</Text>
        </View>
      </View>
      <View style={{ flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between' }}>
        <ChangeText change={baseline.change} ctx={ctx} />
        {perMonth ? <Text style={styles.perMonth}>{ctx.r('annual.perMonth')}</Text> : null}
      </View>
    </View>
  )
}

/** The dotted baseline level's legend sample. */
function BaselineLegend({ label }: { label: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
      <Svg width={14} height={6} viewBox="0 0 14 6">
        <Line x1={0} x2={14} y1={3} y2={3} stroke={COLORS.warning} strokeWidth={1} strokeDasharray="1,2" />
      </Svg>
      <Text style={{ fontFamily: FONT, fontSize: 7, color: COLORS.muted }}>{label}</Text>
    </View>
  )
}

/** The section. */
export function Started({ input, ctx }: { input: AnnualReportInput; ctx: ReviewContext }) {
  const { model } = input
  const byKey = new Map(model.kpis.map((f) => [f.key, f]))
  const cards = input.selection.tiles
    .flatMap((key) => {
      const definition = model.metrics.find((d) => d.key === key)
      const figure = byKey.get(key)
      return definition &&
        figure?.baseline &&
        figure.baseline.value !== null &&
        figure.baseline.current !== null
        ? [{ definition, figure }]
        : []
    })
    .slice(0, CARDS)
  const chartKey = input.selection.charts[0] ?? null
  const chartDefinition = model.metrics.find((d) => d.key === chartKey) ?? null
  const baselineMonths = model.baseline.months
  const reference = chartKey ? (byKey.get(chartKey)?.baseline?.value ?? null) : null
  return (
    <Section title={ctx.r('annual.startedTitle')}>
      {model.kpis.every((f) => f.value === null) ? (
        <Text style={styles.intro}>{ctx.r('annual.noData')}</Text>
      ) : baselineMonths.length === 0 || cards.length === 0 ? (
        <Text style={styles.intro}>{ctx.r('annual.noBaseline')}</Text>
      ) : (
        <>
          <Text style={styles.intro}>
            {ctx.r('annual.startedIntro', {
              months: ctx.r('annual.baselineMonths', { count: baselineMonths.length }),
              range: monthsLabel(baselineMonths, ctx.language),
            })}
          </Text>
          <View style={styles.grid}>
            {cards.map(({ definition, figure }) => (
              <BaselineCard key={definition.key} definition={definition} figure={figure} ctx={ctx} />
            ))}
          </View>
        </>
      )}
      {chartDefinition && model.months.some((m) => m.values[chartDefinition.key] != null) ? (
        <View wrap={false}>
          <View>
            <Text style={styles.chartTitle}>
              {ctx.r('annual.trendTitle', { metric: metricLabel(chartDefinition, ctx.t) })}
            </Text>
            <View
              style={{ flexDirection: 'row', flexWrap: 'wrap', columnGap: 12, rowGap: 2, marginBottom: 4 }}
            >
              <LegendItem color={ctx.accent} label={ctx.r('annual.legendCurrent')} />
              <LegendItem color={COLORS.lastYear} label={ctx.r('annual.legendLastYear')} dashed />
              {reference !== null ? <BaselineLegend label={ctx.r('annual.legendBaseline')} /> : null}
            </View>
          </View>
          <TrendChart
            definition={chartDefinition}
            months={model.months.map((m) => m.month)}
            values={model.months.map((m) => m.values[chartDefinition.key] ?? null)}
            lastYear={input.previousMonths.map((m) => m.values[chartDefinition.key] ?? null)}
            reference={reference}
            width={CONTENT_WIDTH}
            height={CHART_HEIGHT}
            ctx={ctx}
          />
        </View>
      ) : null}
    </Section>
  )
}
