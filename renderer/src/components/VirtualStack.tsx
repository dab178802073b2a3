/**
 * A long stack of rows or cards (a big agency's overdue touchpoints on Today, the learned
 * column of the campaign board) scrolls in a box of its own and only the items in view are in
 * the DOM, so the screen opens at once and everything around the list stays in reach. Short
 * stacks are not affected: callers switch to this above their threshold.
 *
 * A keyboard that walks items by key can bring one that is scrolled away into the window
 * first (`revealItem`), then focus it on the next frame.
 */
import { isValidElement, useEffect, useRef, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

type Revealer = (id: string) => boolean
const revealers = new Set<Revealer>()

/** Scrolls the item whose React key is `id` into its stack's window; false when no stack has it. */
export function revealItem(id: string): boolean {
  for (const reveal of revealers) if (reveal(id)) return true
  return false
}

/** React's key of a child from `Children.toArray` (`.$<id>` → `<id>`). */
function childId(child: ReactNode): string {
  const key = isValidElement(child) && child.key !== null ? String(child.key) : ''
  return key.startsWith('.$') ? key.slice(2) : key
}

/** Props of a windowed stack. */
export type VirtualStackProps = {
  /** The items, keyed (e.g. `Children.toArray(children)`). */
  items: ReactNode[]
  /** An item's usual height in px (items are measured once rendered). */
  estimate: number
  /** The box's height; it scrolls beyond. */
  maxHeight: number | string
  /** Space between items in px. */
  gap?: number
  /** Class of the scrolling box (e.g. to let hover edges show). */
  className?: string
  /** Role and label of the inner list (e.g. "list"); items are then `role="none"` wrappers. */
  role?: string
  label?: string
  testId?: string
}

/** The windowed stack. */
export function VirtualStack({
  items,
  estimate,
  maxHeight,
  gap = 0,
  className,
  role,
  label,
  testId = 'virtual-stack',
}: VirtualStackProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer's functions change every render; this component is not compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    getItemKey: (index) => childId(items[index]) || index,
    overscan: 6,
    gap,
  })

  const latest = useRef({ items, virtualizer })
  useEffect(() => {
    latest.current = { items, virtualizer }
  })
  useEffect(() => {
    const reveal: Revealer = (id) => {
      const index = latest.current.items.findIndex((item) => childId(item) === id)
      if (index < 0) return false
      latest.current.virtualizer.scrollToIndex(index, { align: 'auto' })
      return true
    }
    revealers.add(reveal)
    return () => void revealers.delete(reveal)
  }, [])

  return (
    <div
      ref={scrollRef}
      className={className}
      style={{ maxHeight, overflowY: 'auto', overscrollBehavior: 'contain' }}
      data-testid={testId}
    >
      <div
        role={role}
        aria-label={label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            role={role ? 'none' : undefined}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              display: 'flex',
              flexDirection: 'column',
              transform: `translateY(${item.start}px)`,
            }}
          >
            {items[item.index]}
          </div>
        ))}
      </div>
    </div>
  )
}
