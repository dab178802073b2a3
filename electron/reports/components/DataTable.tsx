/**
 * A table that may run over several pages: its header row is `fixed` inside the table's own
 * view, so react-pdf repeats it at the top of every page the table continues on (and only
 * those); a row never splits across pages. Numbers align right.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import { COLORS, SIZES } from '../theme'

/** A column: its header, its width (points) or share of the rest, and how a row's cell reads. */
export type TableColumn<R> = {
  key: string
  header: string
  /** A fixed width in points; columns without one share the rest. */
  width?: number
  align?: 'left' | 'right'
  render: (row: R) => ReactNode
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
        {columns.map((column) => (
          <Text
            key={column.key}
            style={[styles.headerCell, cellBox(column), { textAlign: column.align ?? 'left' }]}
          >
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((row, index) => (
        <View key={rowKey(row, index)} style={styles.row} wrap={false}>
          {columns.map((column) => {
            const content = column.render(row)
            return (
              <View
                key={column.key}
                style={[
                  cellBox(column),
                  {
                    flexDirection: 'row',
                    justifyContent: column.align === 'right' ? 'flex-end' : 'flex-start',
                  },
                ]}
              >
                {typeof content === 'string' ? (
                  <Text style={[styles.cell, { textAlign: column.align ?? 'left' }]}>{content}</Text>
                ) : (
                  <View style={{ paddingHorizontal: 4 }}>{content}</View>
                )}
              </View>
            )
          })}
        </View>
      ))}
    </View>
  )
}
