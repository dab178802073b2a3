import { describe, expect, it } from 'vitest'
import { appendLine, locateLine, moveLine, removeLine, replaceLine } from './list-edits'

describe('edits of a stored list addressed by what a screen showed', () => {
  it('finds a line by its index while it reads the same, by its text after the list moved', () => {
    expect(locateLine(['a', 'b', 'a'], { index: 2, text: 'a' })).toBe(2)
    expect(locateLine(['x', 'a', 'b'], { index: 0, text: 'a' })).toBe(1)
    expect(locateLine(['b'], { index: 0, text: 'a' })).toBe(-1)
  })

  it('appends a trimmed line, and nothing for an empty one', () => {
    expect(appendLine(['a'], '  b ')).toEqual(['a', 'b'])
    expect(appendLine(['a'], '   ')).toEqual(['a'])
  })

  it('removes the line the screen showed even when another line was added before it', () => {
    expect(removeLine(['new', 'a', 'b'], { index: 1, text: 'b' })).toEqual(['new', 'a'])
    expect(removeLine(['a'], { index: 1, text: 'gone' })).toEqual(['a'])
  })

  it('replaces the shown line, removes it when cleared, and keeps the text when the line is gone', () => {
    expect(replaceLine(['a', 'b'], { index: 1, text: 'b' }, ' B ')).toEqual(['a', 'B'])
    expect(replaceLine(['new', 'a', 'b'], { index: 0, text: 'a' }, 'A')).toEqual(['new', 'A', 'b'])
    expect(replaceLine(['a', 'b'], { index: 0, text: 'a' }, ' ')).toEqual(['b'])
    expect(replaceLine(['b'], { index: 0, text: 'a' }, 'A')).toEqual(['b', 'A'])
  })

  it('moves the shown line one place and never past either end', () => {
    expect(moveLine(['a', 'b', 'c'], { index: 2, text: 'c' }, -1)).toEqual(['a', 'c', 'b'])
    expect(moveLine(['x', 'a', 'b'], { index: 0, text: 'a' }, 1)).toEqual(['x', 'b', 'a'])
    expect(moveLine(['a', 'b'], { index: 0, text: 'a' }, -1)).toEqual(['a', 'b'])
    expect(moveLine(['a', 'b'], { index: 1, text: 'b' }, 1)).toEqual(['a', 'b'])
    expect(moveLine(['b'], { index: 0, text: 'a' }, 1)).toEqual(['b'])
  })
})
