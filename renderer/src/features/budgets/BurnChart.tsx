/**
 * A month's burn-down: the ideal line from the plan to zero, the remaining budget to date and
 * the run-rate forecast to month end. Geometry comes from d3-scale / d3-shape (STYLE.md: the
 * in-app and PDF charts share it); colours are theme variables so it reads in light and dark.
 */
import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import type { BudgetLevel, BurnPoint, BurnSeries } from '@shared/budget'
import { LEVEL_COLORS } from './levels'

const WIDTH = 420
const HEIGHT = 150
const MARGIN = { top: 8, right: 8, bottom: 20, left: 56 }

/** Props of a burn-down chart. */
export type BurnChartProps = {
  series: BurnSeries
  /** Level of the forecast, which colours its line. */
  forecastLevel: BudgetLevel | null
  /** Formats a y value (money or hours) for the axis. */
  formatValue: (value: number) => string
  /** Accessible description of what the chart shows. */
  label: string
  testId?: string
}

/** The SVG burn-down chart. */
export function BurnChart({ series, forecastLevel, formatValue, label, testId }: BurnChartProps) {
  const values = series.points.flatMap((p) => [p.ideal, p.actual, p.forecast]).filter(isNumber)
  const top = Math.max(...values, 1)
  const bottom = Math.min(...values, 0)
  const x = scaleLinear()
    .domain([0, series.daysInMonth])
    .range([MARGIN.left, WIDTH - MARGIN.right])
  const y = scaleLinear()
    .domain([bottom, top])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice(4)
  const path = (pick: (p: BurnPoint) => number | null) =>
    line<BurnPoint>()
      .defined((p) => pick(p) !== null)
      .x((p) => x(p.day))
      .y((p) => y(pick(p) ?? 0))(series.points) ?? ''
  const dayTicks = [1, 8, 15, 22, series.daysInMonth]
  const forecastColor = `var(--mantine-color-${LEVEL_COLORS[forecastLevel ?? 'ok']}-6)`

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ display: 'block', fontSize: 10 }}
    >
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke="var(--mantine-color-default-border)"
            strokeWidth={tick === 0 ? 1.2 : 0.6}
          />
          <text
            x={MARGIN.left - 6}
            y={y(tick)}
            dy="0.32em"
            textAnchor="end"
            fill="var(--mantine-color-dimmed)"
            className="tabular"
          >
            {formatValue(tick)}
          </text>
        </g>
      ))}
      {dayTicks.map((day) => (
        <text
          key={day}
          x={x(day)}
          y={HEIGHT - 5}
          textAnchor="middle"
          fill="var(--mantine-color-dimmed)"
          className="tabular"
        >
          {day}
        </text>
      ))}
      {series.phase === 'current' ? (
        <line
          x1={x(series.elapsedDays)}
          x2={x(series.elapsedDays)}
          y1={MARGIN.top}
          y2={HEIGHT - MARGIN.bottom}
          stroke="var(--mantine-color-dimmed)"
          strokeDasharray="2 3"
          strokeWidth={0.8}
        />
      ) : null}
      <path
        d={path((p) => p.ideal)}
        fill="none"
        stroke="var(--mantine-color-gray-5)"
        strokeDasharray="4 4"
        strokeWidth={1.2}
      />
      <path
        d={path((p) => p.forecast)}
        fill="none"
        stroke={forecastColor}
        strokeDasharray="5 3"
        strokeWidth={1.8}
      />
      <path d={path((p) => p.actual)} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
    </svg>
  )
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value)
}
