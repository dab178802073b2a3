/**
 * Today's keyboard: ↑/↓ and j/k move the focus ring through every row in reading order, Enter
 * opens the row, `d` marks it done, `s` skips it, `?` shows the keys. Keys are read on the
 * window while Today is shown, so they work from anywhere on the screen — except while typing
 * (inputs, text areas, selects, radios), inside a dialog or popover, and on buttons and links,
 * whose own Enter is left alone.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createActiveRowStore, type ActiveRowStore } from './active-row-store'
import { keyAction, stepFocus } from './today-keys'
import { rowDomId } from './TodayRow'
import { revealItem } from '../../components/VirtualStack'

/** What the keys do with the row they act on. */
export type TodayKeyHandlers = {
  onOpen: (key: string) => void
  onDone: (key: string) => void
  onSkip: (key: string) => void
  onHelp: () => void
}

function isTyping(target: Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.matches('input, textarea, select, [role="combobox"], [role="textbox"], [role="radio"]')
  )
}

function isControl(target: Element | null): boolean {
  return (
    target instanceof HTMLElement && target.matches('button, a[href], [role="button"], [role="menuitem"]')
  )
}

function inOverlay(target: Element | null): boolean {
  // An open modal (e.g. the quick log) owns the keyboard, and so does a popover while focus is in it.
  if (document.querySelector('[role="dialog"][aria-modal="true"]')) return true
  return (
    target instanceof HTMLElement && target.closest('[role="dialog"], .mantine-Popover-dropdown') !== null
  )
}

/** A row being scrolled into its list's window, about to take the focus (keys step from it). */
let pendingFocus: string | null = null

/** Focuses a row and scrolls it into view (into its list's window first when it is not rendered). */
export function focusRow(key: string | null): void {
  if (key === null) return
  const row = document.getElementById(rowDomId(key))
  pendingFocus = null
  if (row) return row.focus()
  // Rows are keyed by their record's id: `task:<id>` is the row of key `<id>`.
  if (!revealItem(key.slice(key.indexOf(':') + 1))) return
  pendingFocus = key
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (pendingFocus !== key) return
      pendingFocus = null
      document.getElementById(rowDomId(key))?.focus()
    }),
  )
}

/** The store of the active row, kept in step with the rows, with the window's key handling installed. */
export function useTodayKeyboard(keys: readonly string[], handlers: TodayKeyHandlers): ActiveRowStore {
  const [store] = useState(createActiveRowStore)
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })

  // When the active row leaves the list (done, skipped, filtered out), the ring stays in place.
  const signature = keys.join('\n')
  useLayoutEffect(() => {
    const { moved } = store.setKeys(signature ? signature.split('\n') : [])
    // The removed row took the focus with it; give it to the row that moved up.
    if (moved && (document.activeElement === document.body || document.activeElement === null))
      focusRow(store.active())
  }, [signature, store])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const action = keyAction(event)
      if (action === null) return
      const target = event.target instanceof Element ? event.target : null
      if (isTyping(target) || inOverlay(target)) return
      const handlers = latest.current
      const rowKey = target?.closest('[data-item-key]')?.getAttribute('data-item-key') ?? null
      const onRow = rowKey !== null && target?.getAttribute('data-item-key') === rowKey
      const onNothing = target === null || target === document.body
      // The row the action is for: the focused row (or the row of a focused quick action), or
      // the active row when focus is nowhere in particular.
      const subject = rowKey ?? (onNothing ? store.active() : null)

      if (action === 'next' || action === 'previous') {
        event.preventDefault()
        const next = stepFocus(
          store.keys(),
          pendingFocus ?? rowKey ?? store.active(),
          action === 'next' ? 1 : -1,
        )
        if (next !== null) {
          store.setActive(next)
          focusRow(next)
        }
        return
      }
      if (action === 'help') {
        event.preventDefault()
        handlers.onHelp()
        return
      }
      if (subject === null) return
      if (action === 'open') {
        if ((!onRow && !onNothing) || isControl(target)) return
        event.preventDefault()
        handlers.onOpen(subject)
      } else if (action === 'done') {
        event.preventDefault()
        handlers.onDone(subject)
      } else {
        event.preventDefault()
        handlers.onSkip(subject)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store])

  return store
}
