/**
 * A table that may run over several pages: its header row is `fixed` inside the table's own
 * view, so react-pdf repeats it at the top of every page the table continues on (and only
 * those); a row never splits across pages. Numbers align right.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import { COLORS, SIZES } from '../theme'
import { oneLine } from './TextBlocks'

/** A column: its header, its width (points) or share of the rest, and how a row's cell reads. */
export type TableColumn<R> = {
  key: string
  /** The header; lines of their own where it has two parts (a metric, then what it is compared with). */
  header: string | readonly string[]
  /** A fixed width in points; columns without one share the rest. */
  width?: number
  align?: 'left' | 'right'
  render: (row: R) => ReactNode
  /** A second, smaller line under the cell's text (a campaign's channels). */
  sub?: (row: R) => string | null
}

const styles = StyleSheet.create({
  table: { borderTopWidth: 0.6, borderTopColor: COLORS.text },
  header: {
    flexDirection: 'row',
    borderBottomWidth: 0.6,
    borderBottomColor: COLORS.rule,
    backgroundColor: COLORS.white,
    paddingVertical: 4,
  },
  headerCell: { fontSize: SIZES.tiny + 0.3, fontWeight: 600, color: COLORS.muted, paddingHorizontal: 4 },
  row: { flexDirection: 'row', borderBottomWidth: 0.4, borderBottomColor: COLORS.rule, paddingVertical: 3.5 },
  cell: { fontSize: SIZES.small, color: COLORS.text, paddingHorizontal: 4 },
  sub: { fontSize: SIZES.tiny, color: COLORS.faint },
  cellBox: { paddingHorizontal: 4, flexDirection: 'row' },
  right: { justifyContent: 'flex-end' },
})

/** Tables of at most this many rows never split across pages. */
const KEEP_TOGETHER_ROWS = 12

function cellBox<R>(column: TableColumn<R>) {
  return column.width === undefined ? { flexGrow: 1, flexBasis: 0 } : { width: column.width }
}

/** The table. */
export function DataTable<R>({
  columns,
  rows,
  rowKey,
}: {
  columns: readonly TableColumn<R>[]
  rows: readonly R[]
  rowKey: (row: R, index: number) => string
}) {
  // A short table is kept on one page; a long one flows on with its header repeated.
  return (
    <View style={styles.table} wrap={rows.length > KEEP_TOGETHER_ROWS}>
      <View style={styles.header} fixed>
        {columns.map((column) =>
          typeof column.header === 'string' ? (
            <Text
              key={column.key}
              style={[styles.headerCell, cellBox(column), { textAlign: column.align ?? 'left' }]}
            >
              {column.header}
            </Text>
          ) : (
            <View key={column.key} style={cellBox(column)}>
              {column.header.map((line, index) => (
                <Text key={index} style={[styles.headerCell, { textAlign: column.align ?? 'left' }]}>
                  {line}
                </Text>
              ))}
            </View>
          ),
        )}
      </View>
      {rows.map((row, index) => (
        <View key={rowKey(row, index)} style={styles.row} wrap={false}>
          {columns.map((column) => {
            const content = column.render(row)
            const align = { textAlign: column.align ?? 'left' } as const
            if (typeof content !== 'string') {
              return (
                <View
                  key={column.key}
                  style={[cellBox(column), styles.cellBox, column.align === 'right' ? styles.right : {}]}
                >
                  {content}
                </View>
              )
            }
            const sub = column.sub?.(row) ?? null
            if (sub) {
              return (
                <View key={column.key} style={cellBox(column)}>
                  <Text style={[styles.cell, align]}>{oneLine(content)}</Text>
                  <Text style={[styles.cell, styles.sub, align]}>{oneLine(sub)}</Text>
                </View>
              )
            }
            // Plain text cells are a single text run: a long table lays out in a fraction of the time.
            return (
              <Text key={column.key} style={[styles.cell, cellBox(column), align]}>
                {oneLine(content)}
              </Text>
            )
          })}
        </View>
      ))}
    </View>
  )
}
