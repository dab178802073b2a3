/** One row of the metric grid: the frozen month and channel cells, then the metric cells. */
import { memo, type CSSProperties, type ReactNode } from 'react'
import { ActionIcon, Badge } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { formatMonth } from '@shared/format'
import type { Language } from '@shared/schemas'
import { formatCellValue, type GridColumn, type GridRow } from '@shared/data-entry'
import { columnWidth, LABEL_WIDTH, MONTH_WIDTH, ROW_HEIGHT, startsGroup } from './grid-layout'

/** What a row shows beyond its stored values: selection, drafts and the cell being edited. */
export type RowViewState = {
  /** Column range selected in this row, or null. */
  range: { left: number; right: number } | null
  /** The active cell's column in this row, or -1. */
  active: number
  /** Invalid texts kept per column key. */
  drafts: ReadonlyMap<string, string> | null
  /** The editor, when it is open in this row. */
  editor: ReactNode
}

/** Texts every row shares. */
export type GridRowLabels = { baseline: string; noTotal: string; expand: string; collapse: string }

type Props = RowViewState & {
  row: GridRow
  index: number
  top: number
  width: number
  columns: readonly GridColumn[]
  language: Language
  expanded: boolean
  clientCurrency: string
  /** The channel's name (channel rows). */
  channelLabel: string
  /** "3 campaigns" (channel rows with campaigns). */
  campaignsLabel: string
  labels: GridRowLabels
  onToggle: (groupId: string) => void
}

/** A grid row; re-renders only when its own selection, drafts or values change. */
export const GridRowView = memo(function GridRowView({
  row,
  index,
  top,
  width,
  columns,
  language,
  expanded,
  clientCurrency,
  channelLabel,
  campaignsLabel,
  labels,
  onToggle,
  range,
  active,
  drafts,
  editor,
}: Props) {
  const style: CSSProperties = { transform: `translateY(${top}px)`, width, height: ROW_HEIGHT }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="mg-row"
      style={style}
      data-testid="grid-row"
      data-row-id={row.id}
      data-level={row.level}
      {...(row.baseline ? { 'data-baseline': '' } : {})}
      {...(row.firstOfMonth ? { 'data-first': '' } : {})}
    >
      <div className="mg-label mg-sticky" style={{ left: 0, width: MONTH_WIDTH }} role="rowheader">
        {row.firstOfMonth ? (
          <span className="mg-label-text" style={{ fontWeight: 500 }}>
            {formatMonth(row.key.month, language)}
          </span>
        ) : null}
      </div>
      <div
        className="mg-label mg-sticky"
        data-edge=""
        style={{ left: MONTH_WIDTH, width: LABEL_WIDTH }}
        title={row.label ?? undefined}
      >
        {row.level === 'channel' && row.campaignCount > 0 ? (
          <ActionIcon
            size={18}
            variant="subtle"
            color="gray"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onToggle(row.groupId)}
            aria-label={expanded ? labels.collapse : labels.expand}
            aria-expanded={expanded}
            data-testid="toggle-campaigns"
          >
            {expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          </ActionIcon>
        ) : (
          <span style={{ width: 18, flex: 'none' }} />
        )}
        <span className="mg-label-text" style={row.level === 'channel' ? { fontWeight: 500 } : undefined}>
          {row.level === 'channel' ? channelLabel : (row.label ?? '')}
        </span>
        {row.level === 'channel' && row.campaignCount > 0 && !expanded ? (
          <Badge size="xs" variant="default" style={{ flex: 'none' }}>
            {campaignsLabel}
          </Badge>
        ) : null}
        {row.baseline && row.firstOfMonth ? (
          <Badge
            size="xs"
            color="yellow"
            variant="light"
            style={{ flex: 'none' }}
            data-testid="baseline-badge"
          >
            {labels.baseline}
          </Badge>
        ) : null}
        {row.level === 'channel' && row.record === null && row.campaignCount > 0 ? (
          <span className="mg-label-text" style={{ fontSize: 11, color: 'var(--mantine-color-dimmed)' }}>
            {labels.noTotal}
          </span>
        ) : null}
      </div>
      {columns.map((column, col) => {
        const draft = drafts?.get(column.key)
        const value = column.editable ? (row.values[column.key] ?? null) : row.derived[column.key]
        const inRange = range !== null && col >= range.left && col <= range.right
        // Money in another currency than the client's is shown with its code: it is not summed.
        const foreign = column.kind === 'money' && row.currency !== clientCurrency
        let text: string
        if (draft !== undefined) text = draft
        else if (column.editable && value === null) text = ''
        else {
          text = formatCellValue(value, column.kind, { language, currency: row.currency })
          if (foreign && value !== null) text = `${text} ${row.currency}`
        }
        return (
          <div
            key={column.key}
            role="gridcell"
            className="mg-cell"
            style={{ width: columnWidth(column) }}
            data-col={column.key}
            data-col-index={col}
            data-row-index={index}
            aria-readonly={!column.editable || undefined}
            aria-selected={inRange || undefined}
            aria-invalid={draft !== undefined || undefined}
            {...(column.editable ? {} : { 'data-derived': '' })}
            {...(inRange && active !== col ? { 'data-in-range': '' } : {})}
            {...(active === col ? { 'data-active': '' } : {})}
            {...(draft !== undefined ? { 'data-invalid': '' } : {})}
            {...(foreign ? { 'data-foreign': '' } : {})}
            {...(startsGroup(columns, col) ? { 'data-group-start': '' } : {})}
          >
            {text}
            {active === col ? editor : null}
          </div>
        )
      })}
    </div>
  )
})
