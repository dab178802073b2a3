/**
 * A trend line chart of a monthly series with last year's values as a second line (PRODUCT.md
 * "13-month trends with last year's line").
 *
 * Policy: a month without a value is a gap — the line breaks there and is never drawn down to
 * 0, because "not measured" is not zero. A value with gaps on both sides draws no segment, so
 * it is marked `isolated` and the chart shows it as a dot. Both lines share one value axis, so
 * last year's line is never clipped.
 */
import { line } from 'd3-shape'
import { coordinate, plotArea, valueAxis, type ChartBox, type PlotArea, type Tick } from './box'

/** The series a trend chart draws: one value per month, and optionally last year's. */
export type TrendInput = {
  months: readonly string[]
  values: readonly (number | null)[]
  /** Last year's values, aligned with `months` (the same month a year earlier). */
  lastYear?: readonly (number | null)[]
  box: ChartBox
  /** About how many value ticks to aim for (d3's nice ticks may differ by one or two). */
  tickCount?: number
  /** A level drawn across the chart (the annual report's pre-cooperation baseline); the axis includes it. */
  reference?: number | null
}

/** A month of a line: where it is, and its value and height when it has one. */
export type TrendPoint = {
  index: number
  month: string
  x: number
  value: number | null
  y: number | null
  /** A value with no neighbour to join: draw it as a dot or it is invisible. */
  isolated: boolean
}

/** One line: its SVG path (empty when no month has a value) and its points. */
export type TrendLine = { path: string; points: TrendPoint[] }

/** Everything needed to draw a trend chart. */
export type TrendGeometry = {
  plot: PlotArea
  /** The value axis's nice domain, [low, high]. */
  domain: [number, number]
  /** Value ticks; `position` is the y coordinate. */
  ticks: Tick[]
  /** Each month's x coordinate, for month labels. */
  months: { index: number; month: string; x: number }[]
  current: TrendLine
  lastYear: TrendLine | null
  /** The y of the reference level; null without one. */
  reference: number | null
  /** No month of either series has a value. */
  empty: boolean
}

const DEFAULT_TICKS = 4

function isValue(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value)
}

/** The x of each month: spread evenly over the plot; a single month sits in the middle. */
function monthX(count: number, plot: PlotArea): (index: number) => number {
  if (count <= 1) return () => coordinate((plot.left + plot.right) / 2)
  const step = (plot.right - plot.left) / (count - 1)
  return (index) => coordinate(plot.left + index * step)
}

function trendLine(
  months: readonly string[],
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): TrendLine {
  const valueAt = (index: number): number | null => {
    const value = values[index]
    return isValue(value) ? value : null
  }
  const points: TrendPoint[] = months.map((month, index) => {
    const value = valueAt(index)
    return {
      index,
      month,
      x: x(index),
      value,
      y: value === null ? null : y(value),
      isolated: value !== null && valueAt(index - 1) === null && valueAt(index + 1) === null,
    }
  })
  const path =
    line<TrendPoint>()
      .defined((p) => p.y !== null && !p.isolated)
      .x((p) => p.x)
      .y((p) => p.y ?? 0)(points) ?? ''
  return { path, points }
}

/** The geometry of a trend chart: shared value axis, month positions and both lines. */
export function trendGeometry(input: TrendInput): TrendGeometry {
  const plot = plotArea(input.box)
  const lastYear = input.lastYear ?? null
  const all = [...input.values, ...(lastYear ?? [])]
  const reference = isValue(input.reference) ? input.reference : null
  const axis = valueAxis(
    reference === null ? all : [...all, reference],
    plot.bottom,
    plot.top,
    input.tickCount ?? DEFAULT_TICKS,
  )
  const x = monthX(input.months.length, plot)
  return {
    plot,
    domain: axis.domain,
    ticks: axis.ticks,
    months: input.months.map((month, index) => ({ index, month, x: x(index) })),
    current: trendLine(input.months, input.values, x, axis.scale),
    lastYear: lastYear === null ? null : trendLine(input.months, lastYear, x, axis.scale),
    reference: reference === null ? null : axis.scale(reference),
    empty: !all.some(isValue),
  }
}

/**
 * Which month labels fit: every `step`-th month, counted back from the last (the report month
 * is always labelled). `labelWidth` is a label's width in viewBox units, gap included.
 */
export function monthLabelStep(count: number, plotWidth: number, labelWidth: number): number {
  if (count <= 1 || plotWidth <= 0) return 1
  const spacing = plotWidth / (count - 1)
  return Math.max(1, Math.ceil(labelWidth / spacing))
}

/** Whether the month at `index` gets a label under `step` (the last month always does). */
export function isLabelledMonth(index: number, count: number, step: number): boolean {
  return (count - 1 - index) % step === 0
}
