/**
 * A block pasted from a spreadsheet. Excel, Numbers, LibreOffice and Google Sheets put a copied
 * range on the clipboard as tab-separated text, one line per row, quoting a cell (with doubled
 * inner quotes) only when it holds a tab, a line break or a quote. The block lands with its top
 * left cell on the selected cell; cells that fall on a read-only (derived) column or below the
 * last row are not written, and the grid says so.
 */

/** Splits clipboard text into rows of cells. A trailing line break does not add an empty row. */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let index = 0
  let atCellStart = true
  const source = text.replace(/\r\n?/g, '\n')
  while (index < source.length) {
    const char = source[index] ?? ''
    if (atCellStart && char === '"') {
      // A quoted cell: read to the closing quote; "" is a quote inside it.
      let end = index + 1
      let value = ''
      let closed = false
      while (end < source.length) {
        const next = source[end]
        if (next === '"') {
          if (source[end + 1] === '"') {
            value += '"'
            end += 2
            continue
          }
          closed = true
          end += 1
          break
        }
        value += next ?? ''
        end += 1
      }
      const following = source[end]
      if (closed && (following === undefined || following === '\t' || following === '\n')) {
        cell = value
        index = end
        atCellStart = false
        continue
      }
      // Not a well-formed quoted cell: the quote is just a character.
    }
    atCellStart = false
    if (char === '\t') {
      row.push(cell)
      cell = ''
      atCellStart = true
    } else if (char === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      atCellStart = true
    } else {
      cell += char
    }
    index += 1
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** Where one pasted cell goes. */
export type PasteTarget = { rowIndex: number; columnIndex: number; text: string }

/** A paste laid over the grid. */
export type PastePlan = {
  targets: PasteTarget[]
  /** Cells that fell on read-only columns. */
  readOnly: number
  /** Cells that fell outside the grid (below the last row or right of the last column). */
  outside: number
}

/** Lays a block over the grid from the anchor cell. */
export function planPaste(
  block: readonly (readonly string[])[],
  anchor: { rowIndex: number; columnIndex: number },
  grid: { rowCount: number; editable: readonly boolean[] },
): PastePlan {
  const targets: PasteTarget[] = []
  let readOnly = 0
  let outside = 0
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const rowIndex = anchor.rowIndex + r
      const columnIndex = anchor.columnIndex + c
      if (rowIndex >= grid.rowCount || columnIndex >= grid.editable.length) outside += 1
      else if (!grid.editable[columnIndex]) readOnly += 1
      else targets.push({ rowIndex, columnIndex, text })
    })
  })
  return { targets, readOnly, outside }
}

/** A rectangle of cells as tab-separated text, the way spreadsheets read a paste. */
export function toClipboardTable(block: readonly (readonly string[])[]): string {
  const quote = (cell: string): string => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
  return block.map((cells) => cells.map(quote).join('\t')).join('\n')
}
