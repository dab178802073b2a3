import { describe, expect, it } from 'vitest'
import { keepFocus, keyAction, stepFocus } from './today-keys'

const press = (
  key: string,
  modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => keyAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers })

describe('Today’s keys', () => {
  it('map arrows and j/k to moving, Enter to open, d, s and ? to their actions', () => {
    expect([press('ArrowDown'), press('j'), press('ArrowUp'), press('k')]).toEqual([
      'next',
      'next',
      'previous',
      'previous',
    ])
    expect([press('Enter'), press('d'), press('s'), press('?')]).toEqual(['open', 'done', 'skip', 'help'])
    expect(press('x')).toBeNull()
    expect(press('D')).toBeNull()
  })

  it('leave key presses with Ctrl, Cmd or Alt to the app', () => {
    expect(press('d', { ctrlKey: true })).toBeNull()
    expect(press('ArrowDown', { metaKey: true })).toBeNull()
    expect(press('s', { altKey: true })).toBeNull()
  })
})

describe('the focus ring', () => {
  const keys = ['a', 'b', 'c']

  it('starts at the top going down and at the bottom going up', () => {
    expect(stepFocus(keys, null, 1)).toBe('a')
    expect(stepFocus(keys, null, -1)).toBe('c')
    expect(stepFocus(keys, 'gone', 1)).toBe('a')
    expect(stepFocus([], null, 1)).toBeNull()
  })

  it('moves one item at a time and stops at the ends', () => {
    expect(stepFocus(keys, 'a', 1)).toBe('b')
    expect(stepFocus(keys, 'c', 1)).toBe('c')
    expect(stepFocus(keys, 'a', -1)).toBe('a')
    expect(stepFocus(keys, 'c', -1)).toBe('b')
  })

  it('stays in place when the focused item leaves: on the next one, or the previous at the end', () => {
    expect(keepFocus(keys, ['a', 'c'], 'b')).toBe('c')
    expect(keepFocus(keys, ['a', 'b'], 'c')).toBe('b')
    expect(keepFocus(keys, ['a', 'c'], 'a')).toBe('a')
    expect(keepFocus(['a', 'b', 'c', 'd'], ['a', 'd'], 'b')).toBe('d')
    expect(keepFocus(keys, [], 'b')).toBeNull()
    expect(keepFocus(keys, keys, null)).toBeNull()
  })
})
