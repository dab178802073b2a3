/**
 * The keyboard of Today, as pure functions: which key does what, and where the focus ring goes.
 * Policy: the ring walks every item of every section in reading order and stops at the ends
 * (no wrap-around, so holding ↓ never jumps back to the top); when the focused item leaves the
 * list (done, skipped), the ring stays at its place, on the item that moved up into it — so `d`
 * pressed again closes the next one.
 */

/** What a key press on Today asks for. */
export type TodayKeyAction = 'next' | 'previous' | 'open' | 'done' | 'skip' | 'help'

/** The fields of a keyboard event the mapping reads. */
export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }

const ACTIONS: Readonly<Record<string, TodayKeyAction>> = {
  ArrowDown: 'next',
  j: 'next',
  ArrowUp: 'previous',
  k: 'previous',
  Enter: 'open',
  d: 'done',
  s: 'skip',
  '?': 'help',
}

/** The action of a key press; none with Ctrl, Cmd or Alt held (those belong to the app menu). */
export function keyAction(press: KeyPress): TodayKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  return ACTIONS[press.key] ?? null
}

/** The key `delta` items from `current`, clamped to the ends; from nothing, ↓ starts at the top and ↑ at the bottom. */
export function stepFocus(keys: readonly string[], current: string | null, delta: number): string | null {
  if (keys.length === 0) return null
  const index = current === null ? -1 : keys.indexOf(current)
  if (index === -1) return (delta >= 0 ? keys[0] : keys.at(-1)) ?? null
  return keys[Math.min(keys.length - 1, Math.max(0, index + delta))] ?? null
}

/** The key the ring rests on after the list changed from `previous` to `next`. */
export function keepFocus(
  previous: readonly string[],
  next: readonly string[],
  active: string | null,
): string | null {
  if (active === null || next.includes(active)) return active
  if (next.length === 0) return null
  const index = previous.indexOf(active)
  if (index === -1) return null
  // The first item after the removed one that is still listed, else the nearest before it.
  const after = previous.slice(index + 1).find((key) => next.includes(key))
  if (after !== undefined) return after
  return [...previous.slice(0, index)].reverse().find((key) => next.includes(key)) ?? next[0] ?? null
}
