import { describe, expect, it, vi } from 'vitest'
import { createActiveRowStore } from './active-row-store'

describe('the active row', () => {
  it('is the tab stop once set, and the first row before', () => {
    const store = createActiveRowStore()
    store.setKeys(['a', 'b', 'c'])
    expect(store.tabStop()).toBe('a')
    store.setActive('b')
    expect([store.active(), store.tabStop()]).toEqual(['b', 'b'])
  })

  it('moves to the row that took its place when it leaves the list, and says so', () => {
    const store = createActiveRowStore()
    store.setKeys(['a', 'b', 'c'])
    store.setActive('b')
    expect(store.setKeys(['a', 'c'])).toEqual({ moved: true })
    expect(store.active()).toBe('c')
    expect(store.setKeys(['x', 'a', 'c'])).toEqual({ moved: false })
    expect(store.active()).toBe('c')
  })

  it('tells subscribers about changes, and not about setting the same row again', () => {
    const store = createActiveRowStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.setActive('a')
    store.setActive('a')
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.setActive('b')
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
