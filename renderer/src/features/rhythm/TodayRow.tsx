/**
 * One item line of Today and the list it sits in. Rows use a roving tabindex: only the active
 * row (or the first, before any is active) is in the Tab order, the arrow keys and j/k move the
 * focus ring between rows (useTodayKeyboard), and a focused row says which keys it answers to.
 */
import { Children, createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { Text, UnstyledButton } from '@mantine/core'
import { IconChevronRight } from '@tabler/icons-react'
import { createActiveRowStore, type ActiveRowStore } from './active-row-store'
import classes from './today.module.css'
import { VirtualStack } from '../../components/VirtualStack'

/** Which row is active (a store each row subscribes to), and the id of the keys' description. */
export type TodayNav = {
  store: ActiveRowStore
  /** Id of the element describing the keys, for screen readers. */
  hintId: string
}

const NavContext = createContext<TodayNav>({ store: createActiveRowStore(), hintId: '' })

/** Provides the focus state to the rows below. */
export const TodayNavProvider = NavContext.Provider

/** The DOM id of a row, for moving focus to it. */
export function rowDomId(key: string): string {
  return `today-row-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`
}

/** Lists longer than this (never the small demo agency's) scroll in a box of their own, windowed. */
export const TODAY_VIRTUAL_THRESHOLD = 60
/** A row's usual height (44 px) and how many a long list shows at once. */
const ROW_HEIGHT = 44
const VISIBLE_ROWS = 12

/**
 * A list of rows. A long one (a big agency's overdue touchpoints) scrolls in a box of its own
 * and renders only the rows in view, so every section of Today stays in reach.
 */
export function TodayList({ children, label }: { children: ReactNode; label: string }) {
  const rows = Children.toArray(children)
  if (rows.length > TODAY_VIRTUAL_THRESHOLD)
    return (
      <VirtualStack
        items={rows}
        estimate={ROW_HEIGHT}
        maxHeight={VISIBLE_ROWS * ROW_HEIGHT}
        className={classes.scrollBox}
        role="list"
        label={label}
        testId="today-virtual-list"
      />
    )
  return (
    <div role="list" aria-label={label} className={classes.list}>
      {children}
    </div>
  )
}

/**
 * A labelled group of rows inside a section, e.g. "Overdue · 3". With `expanded` the label is a
 * button that folds the group away, leaving the count.
 */
export function TodayGroup({
  label,
  color,
  children,
  testId,
  expanded,
  onExpanded,
}: {
  label: string
  color?: string
  children: ReactNode
  testId?: string
  expanded?: boolean
  onExpanded?: (expanded: boolean) => void
}) {
  const dot = color ? <span className={classes.dot} style={{ background: color }} /> : null
  return (
    <div className={classes.group} data-testid={testId}>
      {expanded === undefined ? (
        <div className={classes.groupLabel}>
          {dot}
          {label}
        </div>
      ) : (
        <UnstyledButton
          className={classes.groupLabel}
          onClick={() => onExpanded?.(!expanded)}
          aria-expanded={expanded}
          data-testid={testId ? `${testId}-toggle` : undefined}
        >
          {dot}
          {label}
          <IconChevronRight size={12} className={classes.chevron} data-expanded={expanded} aria-hidden />
        </UnstyledButton>
      )}
      {expanded === false ? null : <TodayList label={label}>{children}</TodayList>}
    </div>
  )
}

/** One row: title and context on the left, a date or badge, and quick actions. */
export function TodayRow({
  itemKey,
  title,
  subtitle,
  meta,
  actions,
  onOpen,
  shortcuts,
  testId,
}: {
  itemKey: string
  title: ReactNode
  subtitle?: ReactNode
  meta?: ReactNode
  actions?: ReactNode
  onOpen: () => void
  /** `aria-keyshortcuts` of the row, e.g. "Enter d s". */
  shortcuts: string
  testId: string
}) {
  const { store, hintId } = useContext(NavContext)
  const active = useSyncExternalStore(store.subscribe, () => store.active() === itemKey)
  const tabStop = useSyncExternalStore(store.subscribe, () => store.tabStop() === itemKey)
  return (
    <div
      id={rowDomId(itemKey)}
      role="listitem"
      tabIndex={tabStop ? 0 : -1}
      className={classes.row}
      data-item-key={itemKey}
      data-active={active}
      aria-keyshortcuts={shortcuts}
      aria-describedby={hintId || undefined}
      onFocus={() => store.setActive(itemKey)}
      onClick={onOpen}
      data-testid={testId}
    >
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate data-testid={`${testId}-title`}>
          {title}
        </Text>
        {subtitle ? (
          <Text size="xs" c="dimmed" truncate>
            {subtitle}
          </Text>
        ) : null}
      </div>
      <div className={classes.meta}>{meta}</div>
      {/* Clicks on the actions do their own thing, not open the row. */}
      <div className={classes.actions} onClick={(event) => event.stopPropagation()}>
        {actions}
      </div>
    </div>
  )
}
