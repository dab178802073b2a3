/**
 * Moving around the grid from the keyboard, spreadsheet style: arrows move one cell, Tab moves
 * right and wraps to the next row's first cell (Shift+Tab back), Enter moves down (Shift+Enter
 * up), Home/End go to the row's first/last cell, Ctrl+Home/End to the grid's corners and
 * PageUp/PageDown by a page. Shift+arrows grow a range from its anchor.
 */

/** A cell by row and column index. */
export type GridPos = { row: number; col: number }

/** A move the keyboard asks for. */
export type Move =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'next'
  | 'previous'
  | 'rowStart'
  | 'rowEnd'
  | 'gridStart'
  | 'gridEnd'
  | 'pageUp'
  | 'pageDown'

/** The grid's size and how many rows a page is. */
export type GridBounds = { rows: number; cols: number; page: number }

const clamp = (value: number, max: number): number => Math.max(0, Math.min(max, value))

/** Where a move from `pos` lands, kept inside the grid. */
export function movePos(pos: GridPos, move: Move, bounds: GridBounds): GridPos {
  const lastRow = Math.max(0, bounds.rows - 1)
  const lastCol = Math.max(0, bounds.cols - 1)
  switch (move) {
    case 'up':
      return { row: clamp(pos.row - 1, lastRow), col: pos.col }
    case 'down':
      return { row: clamp(pos.row + 1, lastRow), col: pos.col }
    case 'left':
      return { row: pos.row, col: clamp(pos.col - 1, lastCol) }
    case 'right':
      return { row: pos.row, col: clamp(pos.col + 1, lastCol) }
    case 'next':
      if (pos.col < lastCol) return { row: pos.row, col: pos.col + 1 }
      return pos.row < lastRow ? { row: pos.row + 1, col: 0 } : pos
    case 'previous':
      if (pos.col > 0) return { row: pos.row, col: pos.col - 1 }
      return pos.row > 0 ? { row: pos.row - 1, col: lastCol } : pos
    case 'rowStart':
      return { row: pos.row, col: 0 }
    case 'rowEnd':
      return { row: pos.row, col: lastCol }
    case 'gridStart':
      return { row: 0, col: 0 }
    case 'gridEnd':
      return { row: lastRow, col: lastCol }
    case 'pageUp':
      return { row: clamp(pos.row - bounds.page, lastRow), col: pos.col }
    case 'pageDown':
      return { row: clamp(pos.row + bounds.page, lastRow), col: pos.col }
  }
}

/** The move a key asks for when no cell is being edited, or null. */
export function moveForKey(key: string, modifiers: { shift: boolean; ctrl: boolean }): Move | null {
  switch (key) {
    case 'ArrowUp':
      return 'up'
    case 'ArrowDown':
      return 'down'
    case 'ArrowLeft':
      return 'left'
    case 'ArrowRight':
      return 'right'
    case 'Tab':
      return modifiers.shift ? 'previous' : 'next'
    case 'Enter':
      return modifiers.shift ? 'up' : 'down'
    case 'Home':
      return modifiers.ctrl ? 'gridStart' : 'rowStart'
    case 'End':
      return modifiers.ctrl ? 'gridEnd' : 'rowEnd'
    case 'PageUp':
      return 'pageUp'
    case 'PageDown':
      return 'pageDown'
    default:
      return null
  }
}

/** The rectangle between an anchor and a focus cell. */
export type GridRange = { top: number; bottom: number; left: number; right: number }

/** The range spanned by two cells. */
export function rangeOf(anchor: GridPos, focus: GridPos): GridRange {
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  }
}

/** Whether a key press types a character (and so starts editing the cell with it). */
export function isTypingKey(key: string, modifiers: { ctrl: boolean; alt: boolean }): boolean {
  return key.length === 1 && !modifiers.ctrl && !modifiers.alt
}
