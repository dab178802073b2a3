/** A dense table from column definitions, so every list in the app looks and aligns the same. */
import type { ReactNode } from 'react'
import { Table } from '@mantine/core'
import { EmptyLine } from './Section'
import { SpacerRow, useTableWindow } from './virtual-rows'

/** One column: its header and how a row renders in it. */
export type Column<Row> = {
  key: string
  header: ReactNode
  render: (row: Row) => ReactNode
  align?: 'left' | 'right'
  width?: number | string
  numeric?: boolean
}

/** Props of a data table. */
export type DataTableProps<Row> = {
  rows: readonly Row[]
  columns: readonly Column<Row>[]
  rowKey: (row: Row) => string
  empty: ReactNode
  onRowClick?: (row: Row) => void
  testId?: string
  rowTestId?: string
}

/**
 * Renders rows under a sticky header; an empty list shows the `empty` line instead. Long lists
 * render only the rows near the viewport (virtual-rows.tsx).
 */
export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  empty,
  onRowClick,
  testId,
  rowTestId,
}: DataTableProps<Row>) {
  const { setBody, items: windowItems, before, after, measure } = useTableWindow(rows.length)
  if (rows.length === 0)
    return (
      <div style={{ padding: '8px 24px' }} data-testid={testId}>
        <EmptyLine>{empty}</EmptyLine>
      </div>
    )
  const edge = (index: number) =>
    index === 0 ? { pl: 'lg' } : index === columns.length - 1 ? { pr: 'lg' } : {}
  return (
    <Table highlightOnHover={Boolean(onRowClick)} stickyHeader data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, index) => (
            <Table.Th key={column.key} ta={column.align ?? 'left'} w={column.width} {...edge(index)}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={setBody}>
        <SpacerRow height={before} columns={columns.length} />
        {(windowItems ?? rows.map((_, index) => ({ index }))).map(({ index }) => {
          const row = rows[index] as Row
          return (
            <Table.Tr
              key={rowKey(row)}
              data-testid={rowTestId}
              {...(windowItems ? { 'data-index': index, ref: measure } : {})}
              {...(onRowClick
                ? {
                    className: 'clickable-row',
                    tabIndex: 0,
                    onClick: () => onRowClick(row),
                    onKeyDown: (event: React.KeyboardEvent) => {
                      if (event.key === 'Enter') onRowClick(row)
                    },
                  }
                : {})}
            >
              {columns.map((column, index) => (
                <Table.Td
                  key={column.key}
                  ta={column.align ?? 'left'}
                  className={column.numeric ? 'tabular' : undefined}
                  {...edge(index)}
                >
                  {column.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          )
        })}
        <SpacerRow height={after} columns={columns.length} />
      </Table.Tbody>
    </Table>
  )
}
