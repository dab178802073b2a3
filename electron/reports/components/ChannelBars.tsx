/**
 * One metric per channel as horizontal bars in the accent colour, with the previous month as a
 * thinner grey bar beside each, drawn from the app's bar geometry (shared/charts/bars.ts); a
 * channel without a value prints "—" instead of a bar that would read as 0.
 */
import { G, Line, Rect, Svg, Text } from '@react-pdf/renderer'
import { barGeometry, type ChartBox } from '@shared/charts'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import { COLORS, FONT } from '../theme'
import type { ReportContext } from './context'

const ROW_HEIGHT = 17
const MARGIN = { top: 2, right: 50, bottom: 2, left: 84 }
const LABEL_CHARS = 18

/** A channel's value and its previous month's. */
export type ChannelValue = { key: string; label: string; value: number | null; previous: number | null }

function shorten(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label
}

/** The bars of one metric. */
export function ChannelBars({
  definition,
  channels,
  width,
  ctx,
}: {
  definition: MetricDefinition
  channels: readonly ChannelValue[]
  width: number
  ctx: ReportContext
}) {
  const box: ChartBox = {
    width,
    height: channels.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom,
    margin: MARGIN,
  }
  const geometry = barGeometry({
    categories: channels.map((c) => ({ key: c.key, value: c.value, comparison: c.previous })),
    box,
    orientation: 'horizontal',
    padding: 0.3,
    tickCount: 3,
  })
  const text = { fontFamily: FONT, fontSize: 6.8 }
  return (
    <Svg width={box.width} height={box.height} viewBox={`0 0 ${box.width} ${box.height}`}>
      <Line
        x1={geometry.zero}
        x2={geometry.zero}
        y1={geometry.plot.top}
        y2={geometry.plot.bottom}
        stroke="#c9ced6"
        strokeWidth={0.5}
      />
      {geometry.bars.map((bar, index) => {
        const channel = channels[index]
        const label = channel?.label ?? bar.key
        const centre = bar.band.center + 2.3
        const end = Math.max(
          bar.rect ? bar.rect.x + bar.rect.width : geometry.zero,
          bar.comparison ? bar.comparison.x + bar.comparison.width : geometry.zero,
        )
        return (
          <G key={bar.key}>
            <Text x={MARGIN.left - 6} y={centre} textAnchor="end" fill={COLORS.text} style={text}>
              {shorten(label)}
            </Text>
            {bar.rect ? (
              <Rect
                x={bar.rect.x}
                y={bar.rect.y}
                width={Math.max(bar.rect.width, 0.5)}
                height={bar.rect.height}
                fill={ctx.accent}
              />
            ) : null}
            {bar.comparison ? (
              <Rect
                x={bar.comparison.x}
                y={bar.comparison.y}
                width={Math.max(bar.comparison.width, 0.5)}
                height={bar.comparison.height}
                fill={COLORS.lastYear}
              />
            ) : null}
            <Text x={end + 4} y={centre} fill={bar.missing ? COLORS.faint : COLORS.muted} style={text}>
              {formatMetric(definition, bar.value, ctx.currency, ctx.language)}
            </Text>
          </G>
        )
      })}
    </Svg>
  )
}
