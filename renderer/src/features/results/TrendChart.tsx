/**
 * A 13-month trend of one metric with last year's values as a lighter dashed line. Geometry
 * comes from shared/charts (the PDFs draw from the same); colours are theme variables so the
 * chart reads in light and dark. Missing months are gaps, lone values are dots.
 */
import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isLabelledMonth, monthLabelStep, trendGeometry, type ChartBox, type TrendLine } from '@shared/charts'
import { INTL_LOCALE } from '@shared/format'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric, formatMetricAxis } from '@shared/results/metric-format'
import type { Language } from '@shared/schemas'
import { formatMonthLong } from './periods'
import { cachedDateTimeFormat } from '@shared/intl'

const BOX: ChartBox = { width: 460, height: 150, margin: { top: 8, right: 8, bottom: 20, left: 48 } }
const MONTH_LABEL_WIDTH = 38
const CURRENT = 'var(--mantine-color-indigo-6)'
const LAST_YEAR = 'var(--mantine-color-gray-5)'
const GRID = 'var(--mantine-color-default-border)'
const TEXT = 'var(--mantine-color-dimmed)'

function shortMonth(month: string, language: Language): string {
  const [year = 1970, index = 1] = month.split('-').map(Number)
  return cachedDateTimeFormat(INTL_LOCALE[language], {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, index - 1, 1)))
}

/** Props of a trend chart. */
export type TrendChartProps = {
  definition: MetricDefinition
  label: string
  months: readonly string[]
  values: readonly (number | null)[]
  lastYear: readonly (number | null)[]
  currency: string
  language: Language
}

/** The SVG trend chart with its legend. */
export function TrendChart({
  definition,
  label,
  months,
  values,
  lastYear,
  currency,
  language,
}: TrendChartProps) {
  const { t } = useTranslation('results')
  const geometry = trendGeometry({ months, values, lastYear, box: BOX })
  const step = monthLabelStep(months.length, geometry.plot.right - geometry.plot.left, MONTH_LABEL_WIDTH)
  const format = (value: number | null) => formatMetric(definition, value, currency, language)
  const first = months[0]
  const last = months.at(-1)
  const description = t('chart.label', {
    metric: label,
    from: first ? formatMonthLong(first, language) : '',
    to: last ? formatMonthLong(last, language) : '',
  })
  return (
    <div data-testid="trend-chart" data-metric={definition.key}>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        role="img"
        aria-label={description}
        style={{ display: 'block', fontSize: 10, overflow: 'visible' }}
      >
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={geometry.plot.left}
              x2={geometry.plot.right}
              y1={tick.position}
              y2={tick.position}
              stroke={GRID}
              strokeWidth={tick.value === 0 ? 1 : 0.6}
            />
            <text x={geometry.plot.left - 6} y={tick.position} dy="0.32em" textAnchor="end" fill={TEXT}>
              {formatMetricAxis(definition, tick.value, currency, language)}
            </text>
          </g>
        ))}
        {geometry.months.map(({ index, month, x }) =>
          isLabelledMonth(index, months.length, step) ? (
            <text
              key={month}
              x={x}
              y={BOX.height - 5}
              textAnchor={index === months.length - 1 ? 'end' : index === 0 ? 'start' : 'middle'}
              fill={TEXT}
              fontWeight={index === months.length - 1 ? 600 : 400}
            >
              {shortMonth(month, language)}
            </text>
          ) : null,
        )}
        {geometry.lastYear ? (
          <Line line={geometry.lastYear} color={LAST_YEAR} dashed testId="trend-last-year" />
        ) : null}
        <Line line={geometry.current} color={CURRENT} testId="trend-current" />
        {geometry.current.points.map((point) =>
          point.y === null ? null : (
            <g key={point.month}>
              {point.index === months.length - 1 ? (
                <circle cx={point.x} cy={point.y} r={3} fill={CURRENT} />
              ) : null}
              <circle cx={point.x} cy={point.y} r={8} fill="transparent">
                <title>
                  {geometry.lastYear?.points[point.index]?.value != null
                    ? t('chart.pointTitleLastYear', {
                        month: formatMonthLong(point.month, language),
                        value: format(point.value),
                        lastYear: format(geometry.lastYear.points[point.index]?.value ?? null),
                      })
                    : `${formatMonthLong(point.month, language)}: ${format(point.value)}`}
                </title>
              </circle>
            </g>
          ),
        )}
        {geometry.empty ? (
          <text
            x={(geometry.plot.left + geometry.plot.right) / 2}
            y={(geometry.plot.top + geometry.plot.bottom) / 2}
            textAnchor="middle"
            fill={TEXT}
            fontSize={11}
          >
            {t('chart.noValues')}
          </text>
        ) : null}
      </svg>
    </div>
  )
}

function Line({
  line,
  color,
  dashed = false,
  testId,
}: {
  line: TrendLine
  color: string
  dashed?: boolean
  testId: string
}) {
  return (
    <g data-testid={testId}>
      <path
        d={line.path}
        fill="none"
        stroke={color}
        strokeWidth={dashed ? 1.4 : 2}
        strokeDasharray={dashed ? '4 3' : undefined}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      {line.points
        .filter((p) => p.isolated && p.y !== null)
        .map((p) => (
          <circle key={p.month} cx={p.x} cy={p.y ?? 0} r={2.5} fill={color} />
        ))}
    </g>
  )
}

/** The legend of a trend chart: this year solid, a year earlier dashed. */
export function TrendLegend() {
  const { t } = useTranslation('results')
  return (
    <Group gap="md">
      <LegendItem color={CURRENT} label={t('chart.thisYear')} />
      <LegendItem color={LAST_YEAR} label={t('chart.lastYear')} dashed />
    </Group>
  )
}

/** One legend entry: a line sample and its label. */
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
    <Group gap={6} wrap="nowrap">
      <svg width={16} height={6} aria-hidden>
        <line
          x1={0}
          x2={16}
          y1={3}
          y2={3}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={dashed ? '4 2' : undefined}
        />
      </svg>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  )
}
