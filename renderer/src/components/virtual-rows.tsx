/**
 * Windowed rendering for long lists: only the rows near the viewport are in the DOM, so a
 * list of 300 clients or 5 000 tasks opens and scrolls like a list of twenty. Short lists
 * (up to `VIRTUAL_THRESHOLD` rows) render whole, exactly as before, so small agencies, tests
 * and screenshots see no difference.
 *
 * Tables scroll with their screen (`useTableWindow`): the rows are windowed against the
 * screen's scrolling body, with spacer rows standing in for the rows above and below.
 */
import { useLayoutEffect, useState } from 'react'
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'

/** Lists longer than this are windowed. */
export const VIRTUAL_THRESHOLD = 80

/** The nearest ancestor that scrolls vertically (the screen's body), or null. */
export function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if (overflowY === 'auto' || overflowY === 'scroll') return node
  }
  return null
}

/** The rows a windowed table renders and the space the others take. */
export type TableWindow = {
  /** Put on the `<tbody>` as its ref: its position in the scrolling body anchors the window. */
  setBody: (element: HTMLTableSectionElement | null) => void
  /** The indexes to render, or null when the whole list renders. */
  items: VirtualItem[] | null
  /** Heights of the spacers before and after the rendered rows. */
  before: number
  after: number
  /** Put on each rendered row (with `data-index`), so rows of any height line up. */
  measure: (element: Element | null) => void
}

/**
 * Windows a table's `count` rows against the scrolling body around it. `estimate` is a row's
 * usual height in px (rows are measured once rendered).
 */
export function useTableWindow(
  count: number,
  { estimate = 41, overscan = 12, threshold = VIRTUAL_THRESHOLD } = {},
): TableWindow {
  const [body, setBody] = useState<HTMLTableSectionElement | null>(null)
  const enabled = count > threshold
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [margin, setMargin] = useState(0)

  // Where the rows start inside the scrolling body; it moves when content above them resizes.
  useLayoutEffect(() => {
    if (!enabled || !body) return
    const element = scrollParent(body)
    setScroller(element)
    if (!element) return
    const measure = () => {
      const top = body.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop
      setMargin((previous) => (Math.abs(previous - top) > 0.5 ? top : previous))
    }
    measure()
    const observer = new ResizeObserver(measure)
    for (const child of element.children) observer.observe(child)
    return () => observer.disconnect()
  }, [enabled, body])

  // The virtualizer's functions change every render; this hook is not compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: enabled ? count : 0,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan,
    scrollMargin: margin,
  })
  if (!enabled) return { setBody, items: null, before: 0, after: 0, measure: () => undefined }
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  const before = first ? first.start - margin : 0
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : virtualizer.getTotalSize()
  return { setBody, items, before, after, measure: virtualizer.measureElement }
}

/** A spacer row standing in for the rows outside the window. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden data-virtual-spacer style={{ height }}>
      <td colSpan={columns} style={{ padding: 0, border: 0 }} />
    </tr>
  )
}
