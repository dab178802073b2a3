/**
 * The spreadsheet-like grid of a client's metric months. Keyboard first: arrows, Tab and Enter
 * move; typing replaces a cell, F2 or a double click edits it; Esc cancels; Delete clears;
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes; Ctrl/Cmd+C copies and a block
 * pasted from a spreadsheet lands from the selected cell. A text that is not a number is kept
 * in its cell, marked, with the reason below the grid, until it is corrected or cleared.
 *
 * Every change is one step in the undo history and one transaction in the repository; values
 * show at once (an overlay) and the live query takes over when the write is stored. Rows are
 * virtualised, so a client with years of months and channels scrolls smoothly.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react'
import { Kbd } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import {
  backwardWrites,
  decimalSeparatorOf,
  editsFromTexts,
  emptyHistory,
  formatForEditing,
  forwardWrites,
  isTypingKey,
  moveForKey,
  movePos,
  parseClipboardTable,
  planPaste,
  rangeOf,
  recordStep,
  redoStep,
  rowIdOf,
  toClipboardTable,
  undoStep,
  type CellEdit,
  type CellError,
  type EditableColumn,
  type GridColumn,
  type GridPos,
  type GridRow,
  type GridRowKey,
  type Move,
  type UndoHistory,
} from '@shared/data-entry'
import type { Language } from '@shared/schemas'
import { formatMonth } from '@shared/format'
import { deriveMetrics } from '@shared/results/metrics'
import { metricMonthsRepository } from '../../../db/repositories'
import { GridHeader } from './GridHeader'
import { GridRowView, type GridRowLabels } from './GridRowView'
import { columnOffsets, FROZEN_WIDTH, ROW_HEIGHT } from './grid-layout'
import { useCellErrorText } from './useCellErrorText'
import './metric-grid.css'

type CellRef = { rowId: string; colKey: string }
type Draft = { text: string; error: CellError }
type Editor = CellRef & { text: string; error: CellError | null }
type Flash = { tone: 'info' | 'error'; text: string }

/** The key people press with shortcuts: ⌘ on a Mac, Ctrl elsewhere. */
const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl'

const cellKey = (rowId: string, colKey: string) => `${rowId}\u0001${colKey}`

/** Props of the grid. */
export type MetricGridProps = {
  clientId: string
  clientCurrency: string
  rows: readonly GridRow[]
  columns: readonly GridColumn[]
  language: Language
  isExpanded: (groupId: string) => boolean
  onToggleGroup: (groupId: string) => void
  /** Rows that were edited, so they stay on screen even when emptied. */
  onTouchRows: (keys: GridRowKey[]) => void
  /** A row to select and scroll to (a newly added one, a linked month); a new key moves there. */
  focusRequest: { rowId: string; key: string } | null
}

/** The metric-month grid. */
export function MetricGrid({
  clientId,
  clientCurrency,
  rows,
  columns,
  language,
  isExpanded,
  onToggleGroup,
  onTouchRows,
  focusRequest,
}: MetricGridProps) {
  const { t } = useTranslation('data')
  const errorText = useCellErrorText()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [anchor, setAnchor] = useState<CellRef | null>(null)
  const [focus, setFocus] = useState<CellRef | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const editorRef = useRef<Editor | null>(null)
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map())
  const [history, setHistory] = useState<UndoHistory<CellEdit[]>>(emptyHistory)
  const [overlay, setOverlay] = useState<ReadonlyMap<string, number | null>>(new Map())
  const inFlight = useRef(0)
  // Shown while a write is on its way to the database, so nobody closes the app mid-save unaware.
  const [saving, setSaving] = useState(false)
  const [flash, setFlash] = useState<Flash | null>(null)
  const decimal = decimalSeparatorOf(language)

  // Optimistic values stay until the live query brings rows that include the write.
  useEffect(() => {
    if (inFlight.current === 0) setOverlay((current) => (current.size === 0 ? current : new Map()))
  }, [rows])

  const shownRows = useMemo(() => {
    if (overlay.size === 0) return rows
    return rows.map((row) => {
      let values: GridRow['values'] | null = null
      for (const column of columns) {
        if (!column.editable) continue
        const key = cellKey(row.id, column.key)
        if (!overlay.has(key)) continue
        values ??= { ...row.values }
        values[column.key] = overlay.get(key) ?? null
      }
      return values ? { ...row, values, derived: deriveMetrics(values) } : row
    })
  }, [rows, columns, overlay])

  const rowIndex = useMemo(() => new Map(shownRows.map((row, index) => [row.id, index])), [shownRows])
  const colIndex = useMemo(() => new Map(columns.map((column, index) => [column.key, index])), [columns])
  const { lefts, total: totalWidth } = useMemo(() => columnOffsets(columns), [columns])

  const posOf = useCallback(
    (ref: CellRef | null): GridPos | null => {
      if (!ref) return null
      const row = rowIndex.get(ref.rowId)
      const col = colIndex.get(ref.colKey)
      return row === undefined || col === undefined ? null : { row, col }
    },
    [rowIndex, colIndex],
  )
  const refOf = useCallback(
    (pos: GridPos): CellRef | null => {
      const row = shownRows[pos.row]
      const column = columns[pos.col]
      return row && column ? { rowId: row.id, colKey: column.key } : null
    },
    [shownRows, columns],
  )

  const focusPos = posOf(focus)
  const anchorPos = posOf(anchor) ?? focusPos
  const range = focusPos && anchorPos ? rangeOf(anchorPos, focusPos) : null

  // The virtualizer's functions change every render; this component is not compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shownRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })

  const scrollIntoView = useCallback(
    (pos: GridPos) => {
      virtualizer.scrollToIndex(pos.row, { align: 'auto' })
      const element = scrollRef.current
      const left = lefts[pos.col]
      const column = columns[pos.col]
      if (!element || left === undefined || !column) return
      const width = (lefts[pos.col + 1] ?? totalWidth) - left
      if (left - FROZEN_WIDTH < element.scrollLeft) element.scrollLeft = left - FROZEN_WIDTH
      else if (left + width > element.scrollLeft + element.clientWidth)
        element.scrollLeft = left + width - element.clientWidth
    },
    [virtualizer, lefts, columns, totalWidth],
  )

  const select = useCallback(
    (pos: GridPos, extend = false) => {
      const ref = refOf(pos)
      if (!ref) return
      setFocus(ref)
      if (!extend) setAnchor(ref)
      scrollIntoView(pos)
    },
    [refOf, scrollIntoView],
  )

  useEffect(() => {
    if (!focusRequest) return
    const row = rowIndex.get(focusRequest.rowId)
    if (row === undefined) return
    // Focus first: focusing an unselected grid selects its first cell, which this then moves.
    scrollRef.current?.focus({ preventScroll: true })
    select({ row, col: 0 })
    // Only a new request moves the selection, not later row changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest?.key])

  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true })

  /** Writes a step, shows it at once, and records it for undo unless it is an undo itself. */
  const write = useCallback(
    async (step: CellEdit[], direction: 'do' | 'undo' | 'redo') => {
      if (step.length === 0) return
      const writes = direction === 'undo' ? backwardWrites(step) : forwardWrites(step)
      setOverlay((current) => {
        const next = new Map(current)
        for (const { row, field, value } of writes) {
          const column = columns.find((c) => c.editable && c.field === field)
          if (column) next.set(cellKey(rowIdOf(row), column.key), value)
        }
        return next
      })
      if (direction === 'do') setHistory((current) => recordStep(current, step))
      onTouchRows(step.map((edit) => edit.row))
      inFlight.current += 1
      setSaving(true)
      try {
        await metricMonthsRepository.applyCellWrites(clientId, writes)
      } catch (error) {
        notifications.show({ color: 'red', message: t('grid.saveFailed', { message: String(error) }) })
        if (direction === 'do') setHistory((current) => undoStep(current)?.history ?? current)
        setOverlay(new Map())
      } finally {
        inFlight.current -= 1
        if (inFlight.current === 0) setSaving(false)
      }
    },
    [clientId, columns, onTouchRows, t],
  )

  const setDraft = (ref: CellRef, draft: Draft | null) =>
    setDrafts((current) => {
      const key = cellKey(ref.rowId, ref.colKey)
      if (!draft && !current.has(key)) return current
      const next = new Map(current)
      if (draft) next.set(key, draft)
      else next.delete(key)
      return next
    })

  const openEditor = (text: string | null) => {
    if (!focus) return
    const column = columns[colIndex.get(focus.colKey) ?? -1]
    const row = shownRows[rowIndex.get(focus.rowId) ?? -1]
    if (!column || !row) return
    if (!column.editable) {
      setFlash({ tone: 'info', text: t('grid.readOnly', { metric: t(`metrics.${column.key}`) }) })
      return
    }
    const draft = drafts.get(cellKey(focus.rowId, focus.colKey))
    const initial =
      text ??
      draft?.text ??
      formatForEditing(row.values[column.key] ?? null, column.kind, { language, currency: row.currency })
    const next: Editor = { ...focus, text: initial, error: null }
    editorRef.current = next
    setEditor(next)
    setAnchor(focus)
    setFlash(null)
  }

  /** Commits the editor's text; false when it cannot be read (the editor then stays open). */
  const commitEditor = (keepOpenOnError: boolean): boolean => {
    const current = editorRef.current
    if (!current) return true
    const row = shownRows[rowIndex.get(current.rowId) ?? -1]
    const column = columns[colIndex.get(current.colKey) ?? -1]
    if (!row || !column?.editable) {
      closeEditor()
      return true
    }
    const { edits, invalid } = editsFromTexts([{ row, column, text: current.text }], decimal)
    const refusal = invalid[0]
    if (refusal) {
      if (keepOpenOnError) {
        const next = { ...current, error: refusal.error }
        editorRef.current = next
        setEditor(next)
        return false
      }
      setDraft(current, { text: current.text, error: refusal.error })
      closeEditor()
      return true
    }
    setDraft(current, null)
    closeEditor()
    void write(edits, 'do')
    return true
  }

  const closeEditor = () => {
    editorRef.current = null
    setEditor(null)
  }

  const move = (to: Move, extend = false) => {
    if (!focusPos) {
      if (shownRows.length > 0) select({ row: 0, col: 0 })
      return
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 2)
    select(movePos(focusPos, to, { rows: shownRows.length, cols: columns.length, page }), extend)
    setFlash(null)
  }

  const cellsInRange = (): { row: GridRow; column: EditableColumn }[] => {
    if (!range) return []
    const out: { row: GridRow; column: EditableColumn }[] = []
    for (let r = range.top; r <= range.bottom; r++) {
      const row = shownRows[r]
      for (let c = range.left; c <= range.right; c++) {
        const column = columns[c]
        if (row && column?.editable) out.push({ row, column })
      }
    }
    return out
  }

  const clearRange = () => {
    const cells = cellsInRange()
    setDrafts((current) => {
      const next = new Map(current)
      for (const { row, column } of cells) next.delete(cellKey(row.id, column.key))
      return next
    })
    const step: CellEdit[] = cells
      .filter(({ row, column }) => (row.values[column.key] ?? null) !== null)
      .map(({ row, column }) => ({
        row: row.key,
        field: column.field,
        before: row.values[column.key] ?? null,
        after: null,
      }))
    void write(step, 'do')
  }

  const replay = (direction: 'undo' | 'redo') => {
    const taken = direction === 'undo' ? undoStep(history) : redoStep(history)
    if (!taken) {
      setFlash({ tone: 'info', text: t(direction === 'undo' ? 'grid.nothingToUndo' : 'grid.nothingToRedo') })
      return
    }
    setHistory(taken.history)
    void write(taken.step, direction)
    const first = taken.step[0]
    if (first) {
      const rowId = rowIdOf(first.row)
      const column = columns.find((c) => c.editable && c.field === first.field)
      const pos = column ? posOf({ rowId, colKey: column.key }) : null
      if (pos) select(pos)
    }
    setFlash({
      tone: 'info',
      text: t(direction === 'undo' ? 'grid.undone' : 'grid.redone', { count: taken.step.length }),
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editorRef.current) return
    const mod = event.ctrlKey || event.metaKey
    const key = event.key
    if (mod && (key === 'z' || key === 'Z')) {
      event.preventDefault()
      replay(event.shiftKey ? 'redo' : 'undo')
      return
    }
    if (mod && (key === 'y' || key === 'Y')) {
      event.preventDefault()
      replay('redo')
      return
    }
    if (event.altKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      const row = focusPos ? shownRows[focusPos.row] : undefined
      if (row && row.level === 'channel' && row.campaignCount > 0) {
        event.preventDefault()
        if ((key === 'ArrowRight') !== isExpanded(row.groupId)) onToggleGroup(row.groupId)
      }
      return
    }
    const to = moveForKey(key, { shift: event.shiftKey, ctrl: mod })
    if (to) {
      event.preventDefault()
      const extend = event.shiftKey && key.startsWith('Arrow')
      move(to, extend)
      return
    }
    if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault()
      clearRange()
      return
    }
    if (key === 'F2') {
      event.preventDefault()
      openEditor(null)
      return
    }
    if (key === 'Escape') {
      if (focus) setAnchor(focus)
      setFlash(null)
      return
    }
    if (isTypingKey(key, { ctrl: mod, alt: event.altKey })) {
      event.preventDefault()
      openEditor(key)
    }
  }

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editorRef.current) return
    const text = event.clipboardData.getData('text/plain')
    if (!range || text === '') return
    event.preventDefault()
    const block = parseClipboardTable(text)
    const plan = planPaste(
      block,
      { rowIndex: range.top, columnIndex: range.left },
      { rowCount: shownRows.length, editable: columns.map((column) => column.editable) },
    )
    const cells = plan.targets.flatMap((target) => {
      const row = shownRows[target.rowIndex]
      const column = columns[target.columnIndex]
      return row && column?.editable ? [{ row, column, text: target.text }] : []
    })
    const { edits, invalid } = editsFromTexts(cells, decimal)
    setDrafts((current) => {
      const next = new Map(current)
      for (const { row, column } of cells) next.delete(cellKey(row.id, column.key))
      for (const refusal of invalid) next.set(cellKey(refusal.rowId, refusal.columnKey), refusal)
      return next
    })
    void write(edits, 'do')
    const last = plan.targets[plan.targets.length - 1]
    if (last) {
      const first = { row: range.top, col: range.left }
      setAnchor(refOf(first))
      setFocus(refOf({ row: last.rowIndex, col: last.columnIndex }))
    }
    const parts = [t('grid.pasted', { count: cells.length - invalid.length })]
    if (invalid.length > 0) parts.push(t('grid.pastedInvalid', { count: invalid.length }))
    if (plan.readOnly > 0) parts.push(t('grid.pastedReadOnly', { count: plan.readOnly }))
    if (plan.outside > 0) parts.push(t('grid.pastedOutside', { count: plan.outside }))
    setFlash({ tone: invalid.length > 0 ? 'error' : 'info', text: parts.join(' · ') })
  }

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editorRef.current || !range) return
    event.preventDefault()
    const block: string[][] = []
    for (let r = range.top; r <= range.bottom; r++) {
      const row = shownRows[r]
      const cells: string[] = []
      for (let c = range.left; c <= range.right; c++) {
        const column = columns[c]
        if (!row || !column) continue
        const value = column.editable ? (row.values[column.key] ?? null) : row.derived[column.key]
        cells.push(
          column.editable
            ? formatForEditing(value, column.kind, { language, currency: row.currency })
            : value === null
              ? ''
              : String(value),
        )
      }
      block.push(cells)
    }
    event.clipboardData.setData('text/plain', toClipboardTable(block))
  }

  // Mouse: press selects (Shift extends), dragging extends, a double click edits.
  const dragging = useRef(false)
  const cellAt = (target: EventTarget | null): GridPos | null => {
    const cell = (target as HTMLElement | null)?.closest?.('[data-col-index]')
    if (!cell) return null
    return {
      row: Number(cell.getAttribute('data-row-index')),
      col: Number(cell.getAttribute('data-col-index')),
    }
  }
  const onMouseDown = (event: React.MouseEvent) => {
    const pos = cellAt(event.target)
    if (!pos || event.button !== 0) return
    if ((event.target as HTMLElement).closest('.mg-editor')) return
    if (editorRef.current) commitEditor(false)
    event.preventDefault()
    focusGrid()
    select(pos, event.shiftKey)
    dragging.current = true
    setFlash(null)
  }
  const onMouseOver = (event: React.MouseEvent) => {
    if (!dragging.current) return
    const pos = cellAt(event.target)
    if (pos) select(pos, true)
  }
  useEffect(() => {
    const stop = () => {
      dragging.current = false
    }
    window.addEventListener('mouseup', stop)
    return () => window.removeEventListener('mouseup', stop)
  }, [])

  const labels: GridRowLabels = useMemo(
    () => ({
      baseline: t('grid.baseline'),
      noTotal: t('grid.noTotal'),
      expand: t('grid.expand'),
      collapse: t('grid.collapse'),
    }),
    [t],
  )

  // Drafts per row, so each row view gets a stable, small map.
  const draftsByRow = useMemo(() => {
    const byRow = new Map<string, Map<string, string>>()
    for (const [key, draft] of drafts) {
      const [rowId = '', colKey = ''] = key.split('\u0001')
      const row = byRow.get(rowId) ?? new Map<string, string>()
      row.set(colKey, draft.text)
      byRow.set(rowId, row)
    }
    return byRow
  }, [drafts])

  const activeDraft = focus ? drafts.get(cellKey(focus.rowId, focus.colKey)) : undefined
  const activeRow = focusPos ? shownRows[focusPos.row] : undefined
  const activeColumn = focusPos ? columns[focusPos.col] : undefined

  let status: Flash | null = flash
  if (editor?.error) status = { tone: 'error', text: errorText(editor.error, editor.text) }
  else if (activeDraft)
    status = {
      tone: 'error',
      text: `${errorText(activeDraft.error, activeDraft.text)} ${t('grid.keptAsTyped')}`,
    }
  else if (!status && activeRow && activeColumn) {
    const where = [
      activeRow.level === 'campaign' ? (activeRow.label ?? '') : t(`app:channels.${activeRow.key.channel}`),
      formatMonth(activeRow.key.month, language),
      activeColumn.editable && activeColumn.metric === null
        ? (activeColumn.label ?? '')
        : t(`metrics.${activeColumn.key}`),
    ].join(' · ')
    status = {
      tone: 'info',
      text: activeColumn.editable ? where : `${where} — ${t(`formulas.${activeColumn.key}`)}`,
    }
  }

  const editorElement = editor ? (
    <input
      className="mg-editor"
      autoFocus
      value={editor.text}
      aria-label={t('grid.editorLabel')}
      aria-invalid={editor.error !== null}
      data-testid="cell-editor"
      {...(editor.error ? { 'data-invalid': '' } : {})}
      onChange={(event) => {
        const next = { ...editor, text: event.target.value, error: null }
        editorRef.current = next
        setEditor(next)
      }}
      onKeyDown={(event) => {
        event.stopPropagation()
        const key = event.key
        if (key === 'Escape') {
          event.preventDefault()
          closeEditor()
          focusGrid()
          return
        }
        const to =
          key === 'Enter' || key === 'Tab' || key === 'ArrowUp' || key === 'ArrowDown'
            ? moveForKey(key, { shift: event.shiftKey, ctrl: false })
            : null
        if (!to) return
        event.preventDefault()
        if (commitEditor(true)) {
          focusGrid()
          move(to)
        }
      }}
      onBlur={() => {
        if (editorRef.current) commitEditor(false)
      }}
    />
  ) : null

  const items = virtualizer.getVirtualItems()
  return (
    <div className="mg" data-testid="metric-grid" data-saving={saving}>
      <div
        ref={scrollRef}
        className="mg-scroll"
        role="grid"
        aria-rowcount={shownRows.length + 1}
        aria-colcount={columns.length + 2}
        aria-label={t('grid.label')}
        aria-multiselectable
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onCopy={onCopy}
        onMouseDown={onMouseDown}
        onMouseOver={onMouseOver}
        onDoubleClick={(event) => {
          if (cellAt(event.target)) openEditor(null)
        }}
        onFocus={() => {
          if (!focus && shownRows.length > 0) select({ row: 0, col: 0 })
        }}
        data-testid="grid-scroll"
      >
        <GridHeader columns={columns} width={totalWidth} currency={clientCurrency} />
        <div style={{ position: 'relative', height: virtualizer.getTotalSize(), width: totalWidth }}>
          {items.map((item) => {
            const row = shownRows[item.index]
            if (!row) return null
            const inRange = range && item.index >= range.top && item.index <= range.bottom
            const isActiveRow = focusPos?.row === item.index
            const campaignCount = row.campaignCount
            return (
              <GridRowView
                key={row.id}
                row={row}
                index={item.index}
                top={item.start}
                width={totalWidth}
                columns={columns}
                language={language}
                expanded={isExpanded(row.groupId)}
                clientCurrency={clientCurrency}
                channelLabel={t(`app:channels.${row.key.channel}`)}
                campaignsLabel={campaignCount > 0 ? t('grid.campaigns', { count: campaignCount }) : ''}
                labels={labels}
                onToggle={onToggleGroup}
                range={inRange ? { left: range.left, right: range.right } : null}
                active={isActiveRow && focusPos ? focusPos.col : -1}
                drafts={draftsByRow.get(row.id) ?? null}
                editor={isActiveRow && editor && editor.rowId === row.id ? editorElement : null}
              />
            )
          })}
        </div>
      </div>
      <div className="mg-status" data-tone={status?.tone ?? 'info'} data-testid="grid-status">
        <span className="mg-status-text" data-testid="grid-status-text">
          {status?.text ?? t('grid.hint', { mod: MOD })}
        </span>
        <span className="mg-kbd">
          {saving ? <span data-testid="grid-saving">{t('grid.saving')} · </span> : null}
          <Kbd size="xs">Enter</Kbd> {t('grid.keys.down')} · <Kbd size="xs">F2</Kbd> {t('grid.keys.edit')} ·{' '}
          <Kbd size="xs">{MOD}+Z</Kbd> {t('grid.keys.undo')}
        </span>
      </div>
    </div>
  )
}
