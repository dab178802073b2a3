import { describe, expect, it } from 'vitest'
import { parseClipboardTable, planPaste, toClipboardTable } from './paste'

describe('pasting from a spreadsheet', () => {
  it('splits tab-separated rows, ignoring the trailing line break spreadsheets add', () => {
    expect(parseClipboardTable('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ])
  })

  it('reads a single copied cell as a 1×1 block', () => {
    expect(parseClipboardTable('1 234,50')).toEqual([['1 234,50']])
    expect(parseClipboardTable('42\n')).toEqual([['42']])
  })

  it('keeps empty cells so the block keeps its shape', () => {
    expect(parseClipboardTable('1\t\t3\n\t5\t')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ])
  })

  it('unquotes cells Excel quoted for a tab, line break or quote inside', () => {
    expect(parseClipboardTable('"a\tb"\t"line\nbreak"\t"say ""hi"""\n2\t3\t4')).toEqual([
      ['a\tb', 'line\nbreak', 'say "hi"'],
      ['2', '3', '4'],
    ])
  })

  it('treats a quote that does not close a cell as a plain character', () => {
    expect(parseClipboardTable('"12 inch\t5')).toEqual([['"12 inch', '5']])
  })

  it('round-trips what the grid copies', () => {
    const block = [
      ['1', 'a\tb', ''],
      ['x"y', '2', 'line\nbreak'],
    ]
    expect(parseClipboardTable(toClipboardTable(block))).toEqual(block)
  })

  it('lays the block from the anchor, skipping read-only columns and cells outside the grid', () => {
    const plan = planPaste(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      { rowIndex: 4, columnIndex: 1 },
      { rowCount: 5, editable: [true, true, false, true] },
    )
    expect(plan.targets).toEqual([
      { rowIndex: 4, columnIndex: 1, text: 'a' },
      { rowIndex: 4, columnIndex: 3, text: 'c' },
    ])
    expect(plan.readOnly).toBe(1)
    expect(plan.outside).toBe(3)
  })
})
