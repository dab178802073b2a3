import { describe, expect, it } from 'vitest'
import { isTypingKey, moveForKey, movePos, rangeOf } from './navigation'

const bounds = { rows: 10, cols: 4, page: 5 }

describe('keyboard movement', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(movePos({ row: 0, col: 0 }, 'up', bounds)).toEqual({ row: 0, col: 0 })
    expect(movePos({ row: 0, col: 0 }, 'down', bounds)).toEqual({ row: 1, col: 0 })
    expect(movePos({ row: 9, col: 3 }, 'right', bounds)).toEqual({ row: 9, col: 3 })
    expect(movePos({ row: 2, col: 3 }, 'left', bounds)).toEqual({ row: 2, col: 2 })
  })

  it('Tab moves right and wraps to the next row, Shift+Tab back', () => {
    expect(movePos({ row: 2, col: 3 }, 'next', bounds)).toEqual({ row: 3, col: 0 })
    expect(movePos({ row: 3, col: 0 }, 'previous', bounds)).toEqual({ row: 2, col: 3 })
    expect(movePos({ row: 9, col: 3 }, 'next', bounds)).toEqual({ row: 9, col: 3 })
  })

  it('jumps to row and grid ends and by pages', () => {
    expect(movePos({ row: 4, col: 2 }, 'rowStart', bounds)).toEqual({ row: 4, col: 0 })
    expect(movePos({ row: 4, col: 2 }, 'gridEnd', bounds)).toEqual({ row: 9, col: 3 })
    expect(movePos({ row: 8, col: 1 }, 'pageDown', bounds)).toEqual({ row: 9, col: 1 })
    expect(movePos({ row: 3, col: 1 }, 'pageUp', bounds)).toEqual({ row: 0, col: 1 })
  })

  it('maps keys to moves: Enter goes down, Shift+Enter up, Ctrl+Home to the start', () => {
    expect(moveForKey('Enter', { shift: false, ctrl: false })).toBe('down')
    expect(moveForKey('Enter', { shift: true, ctrl: false })).toBe('up')
    expect(moveForKey('Tab', { shift: true, ctrl: false })).toBe('previous')
    expect(moveForKey('Home', { shift: false, ctrl: true })).toBe('gridStart')
    expect(moveForKey('a', { shift: false, ctrl: false })).toBeNull()
  })

  it('spans a range between anchor and focus in any direction', () => {
    expect(rangeOf({ row: 5, col: 1 }, { row: 2, col: 3 })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 })
  })

  it('treats single characters without Ctrl or Alt as typing', () => {
    expect(isTypingKey('7', { ctrl: false, alt: false })).toBe(true)
    expect(isTypingKey(',', { ctrl: false, alt: false })).toBe(true)
    expect(isTypingKey('z', { ctrl: true, alt: false })).toBe(false)
    expect(isTypingKey('Enter', { ctrl: false, alt: false })).toBe(false)
  })
})
