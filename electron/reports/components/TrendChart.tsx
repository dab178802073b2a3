/**
 * A 13-month trend of one metric with last year's line, drawn as vector graphics from the same
 * geometry as the app's charts (shared/charts/trend.ts): missing months are gaps, lone values
 * dots, both lines on one value axis that starts at 0. The box is in points, so text is never
 * scaled.
 */
import { Circle, G, Line, Path, Svg, Text, View } from '@react-pdf/renderer'
import { isLabelledMonth, monthLabelStep, trendGeometry, type ChartBox, type TrendLine } from '@shared/charts'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetricAxis } from '@shared/results/metric-format'
import { axisMonth } from '../format'
import { COLORS, FONT } from '../theme'
import type { ReportContext } from './context'

const AXIS_FONT = 6.5
/** Room a month label takes, in points: its longest name at the axis size, plus a gap. */
function monthLabelWidth(labels: readonly string[]): number {
  return Math.max(...labels.map((label) => label.length), 3) * AXIS_FONT * 0.58 + 6
}

function Trend({ line, color, dashed }: { line: TrendLine; color: string; dashed: boolean }) {
  return (
    <G>
      {line.path ? (
        <Path
          d={line.path}
          fill="none"
          stroke={color}
          strokeWidth={dashed ? 1 : 1.6}
          {...(dashed ? { strokeDasharray: '3,2' } : {})}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ) : null}
      {line.points
        .filter((p) => p.isolated && p.y !== null)
        .map((p) => (
          <Circle key={p.month} cx={p.x} cy={p.y ?? 0} r={1.8} fill={color} />
        ))}
    </G>
  )
}

/** The trend chart of one metric. */
export function TrendChart({
  definition,
  months,
  values,
  lastYear,
  reference = null,
  width,
  height,
  ctx,
}: {
  definition: MetricDefinition
  months: readonly string[]
  values: readonly (number | null)[]
  lastYear: readonly (number | null)[]
  /** A level drawn across as a dotted line (the annual report's pre-cooperation baseline). */
  reference?: number | null
  width: number
  height: number
  ctx: ReportContext
}) {
  const box: ChartBox = { width, height, margin: { top: 6, right: 8, bottom: 22, left: 40 } }
  const geometry = trendGeometry({ months, values, lastYear, box, reference })
  const labels = months.map((month) => axisMonth(month, ctx.language))
  const step = monthLabelStep(
    months.length,
    geometry.plot.right - geometry.plot.left,
    monthLabelWidth(labels),
  )
  const labelled = geometry.months.filter(({ index }) => isLabelledMonth(index, months.length, step))
  // The year goes under the first labelled month and under every January.
  const withYear = new Set(labelled.filter((m, i) => i === 0 || m.month.endsWith('-01')).map((m) => m.month))
  const axisText = { fontFamily: FONT, fontSize: AXIS_FONT }
  const last = geometry.current.points.at(-1)
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {geometry.ticks.map((tick) => (
        <G key={tick.value}>
          <Line
            x1={geometry.plot.left}
            x2={geometry.plot.right}
            y1={tick.position}
            y2={tick.position}
            stroke={tick.value === 0 ? '#c9ced6' : COLORS.rule}
            strokeWidth={0.5}
          />
          <Text
            x={geometry.plot.left - 4}
            y={tick.position + 2.2}
            textAnchor="end"
            fill={COLORS.faint}
            style={axisText}
          >
            {formatMetricAxis(definition, tick.value, ctx.currency, ctx.language)}
          </Text>
        </G>
      ))}
      {labelled.map(({ index, month, x }) => {
        const last = index === months.length - 1
        const anchor = last ? 'end' : index === 0 ? 'start' : 'middle'
        return (
          <G key={month}>
            <Text
              x={x}
              y={height - 11}
              textAnchor={anchor}
              fill={last ? COLORS.text : COLORS.faint}
              style={axisText}
            >
              {labels[index] ?? ''}
            </Text>
            {withYear.has(month) ? (
              <Text x={x} y={height - 3} textAnchor={anchor} fill={COLORS.faint} style={axisText}>
                {month.slice(0, 4)}
              </Text>
            ) : null}
          </G>
        )
      })}
      {geometry.reference !== null ? (
        <Line
          x1={geometry.plot.left}
          x2={geometry.plot.right}
          y1={geometry.reference}
          y2={geometry.reference}
          stroke={COLORS.warning}
          strokeWidth={1}
          strokeDasharray="1,2"
        />
      ) : null}
      {geometry.lastYear ? <Trend line={geometry.lastYear} color={COLORS.lastYear} dashed /> : null}
      <Trend line={geometry.current} color={ctx.accent} dashed={false} />
      {last && last.y !== null ? <Circle cx={last.x} cy={last.y} r={2.4} fill={ctx.accent} /> : null}
      {geometry.empty ? (
        <Text
          x={(geometry.plot.left + geometry.plot.right) / 2}
          y={(geometry.plot.top + geometry.plot.bottom) / 2}
          textAnchor="middle"
          fill={COLORS.faint}
          style={{ fontFamily: FONT, fontSize: 8 }}
        >
          {ctx.t('monthly.noTrend')}
        </Text>
      ) : null}
    </Svg>
  )
}

/** A line sample and its label, for chart legends. */
export function LegendItem({
  color,
  label,
  dashed = false,
}: {
  color: string
  label: string
  dashed?: boolean
}) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
      <Svg width={14} height={6} viewBox="0 0 14 6">
        <Line
          x1={0}
          x2={14}
          y1={3}
          y2={3}
          stroke={color}
          strokeWidth={dashed ? 1 : 1.6}
          {...(dashed ? { strokeDasharray: '3,2' } : {})}
        />
      </Svg>
      <Text style={{ fontFamily: FONT, fontSize: 7, color: COLORS.muted }}>{label}</Text>
    </View>
  )
}

/** The legend of the trend charts: this year solid in the accent, a year earlier dashed grey. */
export function TrendLegend({
  current,
  lastYear,
  accent,
}: {
  current: string
  lastYear: string
  accent: string
}) {
  return (
    <View style={{ flexDirection: 'row', gap: 12 }}>
      <LegendItem color={accent} label={current} />
      <LegendItem color={COLORS.lastYear} label={lastYear} dashed />
    </View>
  )
}
