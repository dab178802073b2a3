/**
 * A bar chart of one value per category (per channel, per campaign, per month), optionally with
 * a comparison value beside each bar (previous period, last year).
 *
 * Policy: a category without a value has no bar and says so (`missing`), so the chart can print
 * "—" instead of a zero-length bar that reads as 0. Bars grow from 0, and the value axis covers
 * values and comparisons alike; negative values grow the other way.
 */
import { scaleBand } from 'd3-scale'
import { plotArea, valueAxis, type ChartBox, type PlotArea, type Tick } from './box'

/** A category of a bar chart. */
export type BarCategory = { key: string; value: number | null; comparison?: number | null }

/** The bars a chart draws. */
export type BarInput = {
  categories: readonly BarCategory[]
  box: ChartBox
  /** `horizontal`: categories down the side, bars grow to the right; `vertical`: bars grow up. */
  orientation: 'horizontal' | 'vertical'
  tickCount?: number
  /** Space between categories as a share of a band (0–1). */
  padding?: number
}

/** A rectangle in viewBox units. */
export type Rect = { x: number; y: number; width: number; height: number }

/** One category's band, bar and comparison bar. */
export type Bar = {
  key: string
  value: number | null
  /** No value: nothing is drawn for it. */
  missing: boolean
  /** The category's band across the category axis (its label sits at `center`). */
  band: { start: number; size: number; center: number }
  /** The value bar; null when the value is missing. */
  rect: Rect | null
  /** The comparison bar (thinner, beside the value bar); null without a comparison value. */
  comparison: Rect | null
}

/** Everything needed to draw a bar chart. */
export type BarGeometry = {
  plot: PlotArea
  orientation: 'horizontal' | 'vertical'
  domain: [number, number]
  /** Value ticks; `position` is x for horizontal charts and y for vertical ones. */
  ticks: Tick[]
  /** Where the value 0 is along the value axis. */
  zero: number
  bars: Bar[]
}

const DEFAULT_TICKS = 4
const DEFAULT_PADDING = 0.3
/** The comparison bar's share of the band's inner size; the value bar takes the rest. */
const COMPARISON_SHARE = 0.35

function isValue(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value)
}

/** The geometry of a bar chart. */
export function barGeometry(input: BarInput): BarGeometry {
  const plot = plotArea(input.box)
  const horizontal = input.orientation === 'horizontal'
  const values = input.categories.flatMap((c) => [c.value, c.comparison])
  const axis = horizontal
    ? valueAxis(values, plot.left, plot.right, input.tickCount ?? DEFAULT_TICKS)
    : valueAxis(values, plot.bottom, plot.top, input.tickCount ?? DEFAULT_TICKS)
  const band = scaleBand<string>()
    .domain(input.categories.map((c) => c.key))
    .range(horizontal ? [plot.top, plot.bottom] : [plot.left, plot.right])
    .paddingInner(input.padding ?? DEFAULT_PADDING)
    .paddingOuter((input.padding ?? DEFAULT_PADDING) / 2)
  const size = band.bandwidth()
  const zero = axis.scale(0)
  const withComparison = input.categories.some((c) => isValue(c.comparison))

  const rect = (value: number, start: number, thickness: number): Rect => {
    const end = axis.scale(value)
    const low = Math.min(zero, end)
    const length = Math.abs(end - zero)
    return horizontal
      ? { x: low, y: start, width: length, height: thickness }
      : { x: start, y: low, width: thickness, height: length }
  }

  const bars = input.categories.map((category, index): Bar => {
    // Keys may repeat (two campaigns of one name); the band of the first would be shared.
    const start = band(category.key) ?? band.step() * index
    const comparisonSize = withComparison ? size * COMPARISON_SHARE : 0
    const valueSize = size - comparisonSize
    const value = isValue(category.value) ? category.value : null
    const comparison = isValue(category.comparison) ? category.comparison : null
    return {
      key: category.key,
      value,
      missing: value === null,
      band: { start, size, center: start + size / 2 },
      rect: value === null ? null : rect(value, start, valueSize),
      comparison: comparison === null ? null : rect(comparison, start + valueSize, comparisonSize),
    }
  })
  return { plot, orientation: input.orientation, domain: axis.domain, ticks: axis.ticks, zero, bars }
}
