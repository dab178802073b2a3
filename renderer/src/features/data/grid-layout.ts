/** Widths of the metric grid's columns: fixed, so rows can be virtualised and cells line up. */
import type { GridColumn } from '@shared/data-entry'

/** Height of one row in pixels. */
export const ROW_HEIGHT = 28
/** Width of the month column. */
export const MONTH_WIDTH = 96
/** Width of the channel / campaign column. */
export const LABEL_WIDTH = 200
/** Both frozen columns together. */
export const FROZEN_WIDTH = MONTH_WIDTH + LABEL_WIDTH

/** The width of a metric column. */
export function columnWidth(column: GridColumn): number {
  if (!column.editable) return column.key === 'conversionRate' ? 88 : 78
  if (column.kind === 'money') return 104
  if (column.kind === 'number') return 112
  return 96
}

/** Left offsets of the metric columns (after the frozen columns) and the total width. */
export function columnOffsets(columns: readonly GridColumn[]): { lefts: number[]; total: number } {
  const lefts: number[] = []
  let left = FROZEN_WIDTH
  for (const column of columns) {
    lefts.push(left)
    left += columnWidth(column)
  }
  return { lefts, total: left }
}

/** Whether a column starts a new group (custom KPIs, then derived metrics) and gets a divider. */
export function startsGroup(columns: readonly GridColumn[], index: number): boolean {
  const column = columns[index]
  const previous = columns[index - 1]
  if (!column || !previous) return false
  const group = (c: GridColumn) => (!c.editable ? 'derived' : c.metric === null ? 'custom' : 'standard')
  return group(column) !== group(previous)
}
