/**
 * A timeline (a small Gantt chart) of items that run from a start month to an end month, like
 * the annual report's proposal for next year.
 *
 * Policy: the month axis runs from the earliest start to the latest end, and covers at least
 * `minMonths` months from its first (a year by default), so a short plan still reads against
 * the year. An item that ends before it starts has no bar (`invalid`); it stays in its row so
 * the rows keep the items' order.
 */
import { monthIndex, monthOfIndex } from '../results/months'
import { coordinate, plotArea, type ChartBox, type PlotArea } from './box'

/** An item to place on the timeline. */
export type TimelineItem = { id: string; startMonth: string; endMonth: string }

/** The timeline to draw. */
export type TimelineInput = {
  items: readonly TimelineItem[]
  box: ChartBox
  /** The axis covers at least this many months (12 unless given). */
  minMonths?: number
  /** The first month the axis must show even when every item starts later (e.g. next January). */
  from?: string
  /**
   * The last month the axis must show even when every item ends earlier: with `from`, it lets a
   * long plan drawn in parts (one per page) keep one axis on every part.
   */
  to?: string
}

/** A month column of the axis. */
export type TimelineMonth = { month: string; x: number; width: number }

/** One item's row and bar. */
export type TimelineBar = {
  id: string
  row: number
  y: number
  height: number
  /** The bar; null when the item ends before it starts. */
  rect: { x: number; width: number } | null
  invalid: boolean
}

/** Everything needed to draw a timeline. */
export type TimelineGeometry = { plot: PlotArea; months: TimelineMonth[]; bars: TimelineBar[] }

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

/** The geometry of a timeline; months that are not `YYYY-MM` make an item invalid. */
export function timelineGeometry(input: TimelineInput): TimelineGeometry {
  const plot = plotArea(input.box)
  const valid = input.items.filter(
    (item) =>
      MONTH_RE.test(item.startMonth) && MONTH_RE.test(item.endMonth) && item.endMonth >= item.startMonth,
  )
  const starts = valid.map((item) => monthIndex(item.startMonth))
  const ends = valid.map((item) => monthIndex(item.endMonth))
  const fromIndex = input.from && MONTH_RE.test(input.from) ? monthIndex(input.from) : null
  const first = Math.min(...starts, ...(fromIndex === null ? [] : [fromIndex]))
  const firstIndex = Number.isFinite(first) ? first : (fromIndex ?? 0)
  const toIndex = input.to && MONTH_RE.test(input.to) ? monthIndex(input.to) : null
  const last = Math.max(
    ...ends,
    firstIndex + (input.minMonths ?? 12) - 1,
    ...(toIndex === null ? [] : [toIndex]),
  )
  const count = last - firstIndex + 1
  const width = (plot.right - plot.left) / count
  const months: TimelineMonth[] = Array.from({ length: count }, (_, i) => ({
    month: monthOfIndex(firstIndex + i),
    x: coordinate(plot.left + i * width),
    width: coordinate(width),
  }))
  const rowHeight = input.items.length === 0 ? 0 : (plot.bottom - plot.top) / input.items.length
  const bars = input.items.map((item, row): TimelineBar => {
    const ok = valid.includes(item)
    const start = ok ? monthIndex(item.startMonth) - firstIndex : 0
    const end = ok ? monthIndex(item.endMonth) - firstIndex + 1 : 0
    return {
      id: item.id,
      row,
      y: coordinate(plot.top + row * rowHeight),
      height: coordinate(rowHeight),
      rect: ok
        ? { x: coordinate(plot.left + start * width), width: coordinate((end - start) * width) }
        : null,
      invalid: !ok,
    }
  })
  return { plot, months, bars }
}
