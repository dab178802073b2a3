/**
 * Cell edits: what a typed value, a cleared cell or a paste changes, as steps the undo history
 * can replay both ways. An edit remembers the value before and after, so undo writes `before`
 * back and redo writes `after` again; unchanged cells make no edit.
 */
import type { DecimalSeparator } from '../imports/numbers'
import { parseCellText, type CellError } from './cell-input'
import type { EditableColumn, FieldKey } from './columns'
import type { GridRow, GridRowKey } from './grid-rows'

/** One value to write into a row's field (null clears it). */
export type CellWrite = { row: GridRowKey; field: FieldKey; value: number | null }

/** One changed cell with its value before and after. */
export type CellEdit = { row: GridRowKey; field: FieldKey; before: number | null; after: number | null }

/** The writes that apply a step. */
export function forwardWrites(step: readonly CellEdit[]): CellWrite[] {
  return step.map((edit) => ({ row: edit.row, field: edit.field, value: edit.after }))
}

/** The writes that take a step back, last edit first. */
export function backwardWrites(step: readonly CellEdit[]): CellWrite[] {
  return [...step].reverse().map((edit) => ({ row: edit.row, field: edit.field, value: edit.before }))
}

/** A typed text that could not be read, kept so the PM can correct it. */
export type InvalidCell = { rowId: string; columnKey: string; text: string; error: CellError }

/** Typed texts for cells, read into edits (changed cells only) and refusals. */
export function editsFromTexts(
  cells: readonly { row: GridRow; column: EditableColumn; text: string }[],
  decimal: DecimalSeparator,
): { edits: CellEdit[]; invalid: InvalidCell[] } {
  const edits: CellEdit[] = []
  const invalid: InvalidCell[] = []
  for (const { row, column, text } of cells) {
    const parsed = parseCellText(text, column.kind, { decimal, currency: row.currency })
    if (!parsed.ok) {
      invalid.push({ rowId: row.id, columnKey: column.key, text, error: parsed.error })
      continue
    }
    const before = row.values[column.key] ?? null
    if (before === parsed.value) continue
    edits.push({ row: row.key, field: column.field, before, after: parsed.value })
  }
  return { edits, invalid }
}
