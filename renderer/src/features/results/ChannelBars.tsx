/**
 * One metric per channel as horizontal bars, with the previous month as a thin grey bar below
 * each; a channel without a value shows "—" instead of a bar. Geometry from shared/charts.
 */
import { useTranslation } from 'react-i18next'
import { barGeometry, type ChartBox } from '@shared/charts'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { Language } from '@shared/schemas'

const ROW_HEIGHT = 24
const WIDTH = 460
const MARGIN = { top: 2, right: 64, bottom: 2, left: 128 }
/** Longer channel names are shortened to fit the label column (the full name is the tooltip). */
const LABEL_CHARS = 20

/** A channel's value and its previous month's. */
export type ChannelValue = { key: string; label: string; value: number | null; previous: number | null }

/** The SVG bars. */
export function ChannelBars({
  definition,
  channels,
  currency,
  language,
  label,
  testId,
}: {
  definition: MetricDefinition
  channels: readonly ChannelValue[]
  currency: string
  language: Language
  label: string
  testId?: string
}) {
  const { t } = useTranslation('results')
  const box: ChartBox = {
    width: WIDTH,
    height: channels.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom,
    margin: MARGIN,
  }
  const geometry = barGeometry({
    categories: channels.map((c) => ({ key: c.key, value: c.value, comparison: c.previous })),
    box,
    orientation: 'horizontal',
    padding: 0.35,
    tickCount: 3,
  })
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ display: 'block', fontSize: 11 }}
    >
      <line
        x1={geometry.zero}
        x2={geometry.zero}
        y1={geometry.plot.top}
        y2={geometry.plot.bottom}
        stroke="var(--mantine-color-default-border)"
      />
      {geometry.bars.map((bar, index) => {
        const channel = channels[index]
        const end = Math.max(
          bar.rect ? bar.rect.x + bar.rect.width : geometry.zero,
          bar.comparison ? bar.comparison.x + bar.comparison.width : geometry.zero,
        )
        return (
          <g key={bar.key} data-testid="channel-bar" data-missing={bar.missing ? 'true' : 'false'}>
            <text
              x={geometry.plot.left - 8}
              y={bar.band.center}
              dy="0.32em"
              textAnchor="end"
              fill="var(--mantine-color-text)"
            >
              {shorten(channel?.label ?? '')}
              <title>{channel?.label}</title>
            </text>
            {bar.rect ? (
              <rect {...bar.rect} rx={2} fill="var(--mantine-color-indigo-5)">
                <title>{formatMetric(definition, bar.value, currency, language)}</title>
              </rect>
            ) : null}
            {bar.comparison ? (
              <rect {...bar.comparison} rx={1} fill="var(--mantine-color-gray-4)" opacity={0.8}>
                <title>
                  {t('chart.previousMonth')}:{' '}
                  {formatMetric(definition, channel?.previous ?? null, currency, language)}
                </title>
              </rect>
            ) : null}
            <text
              x={end + 6}
              y={bar.band.center}
              dy="0.32em"
              fill="var(--mantine-color-dimmed)"
              className="tabular"
            >
              {formatMetric(definition, bar.value, currency, language)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

function shorten(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label
}
