/**
 * The frame every chart is drawn in: an SVG viewBox and the margins that hold its axis labels.
 * Geometry is returned as plain numbers and path strings, so the same result draws an in-app
 * `<svg>` and a react-pdf `<Svg>` (STYLE.md "PDFs").
 */
import { scaleLinear } from 'd3-scale'

/** Space around the plot for axis labels, in viewBox units. */
export type ChartMargin = { top: number; right: number; bottom: number; left: number }

/** A chart's viewBox size and margins. */
export type ChartBox = { width: number; height: number; margin: ChartMargin }

/** The plot area inside the margins. */
export type PlotArea = { left: number; right: number; top: number; bottom: number }

/** A tick of a value axis: the value and where it sits along the axis. */
export type Tick = { value: number; position: number }

/** The plot area of a box (never inverted, however small the box). */
export function plotArea(box: ChartBox): PlotArea {
  const left = box.margin.left
  const top = box.margin.top
  return {
    left,
    top,
    right: Math.max(left, box.width - box.margin.right),
    bottom: Math.max(top, box.height - box.margin.bottom),
  }
}

/** Coordinates are rounded to hundredths of a unit: exact enough to draw, and stable in tests and PDFs. */
export function coordinate(value: number): number {
  return Math.round(value * 100) / 100
}

/** A value scale's domain, rounded to nice numbers, with its ticks. */
export type ValueAxis = { domain: [number, number]; ticks: Tick[]; scale: (value: number) => number }

/**
 * A value axis over `values` mapped onto [rangeStart, rangeEnd]. The domain always includes 0,
 * so bars and lines are never exaggerated by a cut axis; with no values (or only zeros) it is
 * [0, 1], so an empty chart still has a readable frame.
 */
export function valueAxis(
  values: readonly (number | null | undefined)[],
  rangeStart: number,
  rangeEnd: number,
  tickCount: number,
): ValueAxis {
  let min = 0
  let max = 0
  for (const value of values) {
    if (value === null || value === undefined || !Number.isFinite(value)) continue
    if (value < min) min = value
    if (value > max) max = value
  }
  if (min === max) max = min + 1
  const scale = scaleLinear().domain([min, max]).range([rangeStart, rangeEnd]).nice(tickCount)
  const [low = min, high = max] = scale.domain()
  return {
    domain: [low, high],
    ticks: scale.ticks(tickCount).map((value) => ({ value, position: coordinate(scale(value)) })),
    scale: (value) => coordinate(scale(value)),
  }
}
