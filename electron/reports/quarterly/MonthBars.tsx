/**
 * One metric month by month: a bar per month of the quarter with, beside it, the same month a
 * year earlier (vector graphics; geometry from shared/charts/bars.ts, the app's bar charts). A
 * month without a value has no bar and reads "—", never a bar of zero.
 */
import { Line, Rect, Svg, Text } from '@react-pdf/renderer'
import { barGeometry, type ChartBox } from '@shared/charts'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric, formatMetricAxis } from '@shared/results/metric-format'
import { COLORS, FONT } from '../theme'
import type { ReviewContext } from '../review/context'
import { monthAbbreviation } from '../review/format'

const AXIS_FONT = 6.5

/** The chart of one metric. */
export function MonthBars({
  definition,
  months,
  values,
  lastYear,
  width,
  height,
  ctx,
}: {
  definition: MetricDefinition
  months: readonly string[]
  values: readonly (number | null)[]
  lastYear: readonly (number | null)[]
  width: number
  height: number
  ctx: ReviewContext
}) {
  const box: ChartBox = { width, height, margin: { top: 12, right: 4, bottom: 14, left: 40 } }
  const geometry = barGeometry({
    categories: months.map((month, i) => ({
      key: month,
      value: values[i] ?? null,
      comparison: lastYear[i] ?? null,
    })),
    box,
    orientation: 'vertical',
    padding: 0.35,
  })
  const axisText = { fontFamily: FONT, fontSize: AXIS_FONT }
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {geometry.ticks.map((tick) => (
        <Line
          key={`l${tick.value}`}
          x1={geometry.plot.left}
          x2={geometry.plot.right}
          y1={tick.position}
          y2={tick.position}
          stroke={tick.value === 0 ? '#c9ced6' : COLORS.rule}
          strokeWidth={0.5}
        />
      ))}
      {geometry.ticks.map((tick) => (
        <Text
          key={`t${tick.value}`}
          x={geometry.plot.left - 4}
          y={tick.position + 2.2}
          textAnchor="end"
          fill={COLORS.faint}
          style={axisText}
        >
          {formatMetricAxis(definition, tick.value, ctx.currency, ctx.language)}
        </Text>
      ))}
      {geometry.bars.map((bar) => (
        <Text
          key={`m${bar.key}`}
          x={bar.band.center}
          y={height - 3}
          textAnchor="middle"
          fill={COLORS.muted}
          style={axisText}
        >
          {monthAbbreviation(bar.key, ctx.language)}
        </Text>
      ))}
      {geometry.bars.map((bar) =>
        bar.comparison ? (
          <Rect
            key={`c${bar.key}`}
            x={bar.comparison.x}
            y={bar.comparison.y}
            width={bar.comparison.width}
            height={bar.comparison.height}
            fill={COLORS.lastYear}
          />
        ) : null,
      )}
      {geometry.bars.map((bar) =>
        bar.rect ? (
          <Rect
            key={`v${bar.key}`}
            x={bar.rect.x}
            y={bar.rect.y}
            width={bar.rect.width}
            height={bar.rect.height}
            fill={ctx.accent}
          />
        ) : (
          <Text
            key={`v${bar.key}`}
            x={bar.band.center}
            y={geometry.zero - 4}
            textAnchor="middle"
            fill={COLORS.faint}
            style={axisText}
          >
            —
          </Text>
        ),
      )}
      {geometry.bars.map((bar) =>
        bar.rect && bar.value !== null ? (
          <Text
            key={`n${bar.key}`}
            x={bar.rect.x + bar.rect.width / 2}
            y={Math.min(bar.rect.y, geometry.zero) - 3}
            textAnchor="middle"
            fill={COLORS.text}
            style={{ ...axisText, fontWeight: 600 }}
          >
            {formatMetric(definition, bar.value, ctx.currency, ctx.language)}
          </Text>
        ) : null,
      )}
    </Svg>
  )
}
