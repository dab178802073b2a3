/**
 * Which row of Today is active, outside React state: moving the focus ring re-renders only the
 * two rows whose state changed (each row subscribes to "am I active?"), not the whole screen —
 * with a week of rows and their popovers a full render per key press made ↓ visibly lag.
 */
import { keepFocus } from './today-keys'

/** The active row, the listed rows, and change notification. */
export type ActiveRowStore = {
  active: () => string | null
  /** The one row in the Tab order: the active one, else the first. */
  tabStop: () => string | null
  keys: () => readonly string[]
  setActive: (key: string | null) => void
  /** Replaces the listed rows; when the active row left, the row now in its place becomes active. */
  setKeys: (keys: readonly string[]) => { moved: boolean }
  subscribe: (listener: () => void) => () => void
}

/** A new store with no active row. */
export function createActiveRowStore(): ActiveRowStore {
  let active: string | null = null
  let keys: readonly string[] = []
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  return {
    active: () => active,
    tabStop: () => (active !== null && keys.includes(active) ? active : (keys[0] ?? null)),
    keys: () => keys,
    setActive: (key) => {
      if (key === active) return
      active = key
      notify()
    },
    setKeys: (next) => {
      const previous = keys
      keys = next
      const kept = keepFocus(previous, next, active)
      const moved = kept !== active
      active = kept
      notify()
      return { moved }
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
