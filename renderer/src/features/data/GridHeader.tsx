/** The grid's sticky header: the frozen month and channel headings, then one per metric. */
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { GridColumn } from '@shared/data-entry'
import { columnWidth, LABEL_WIDTH, MONTH_WIDTH, startsGroup } from './grid-layout'

// An empty unit line keeps every heading's name on the same baseline as those with a unit.
const UNIT_LINE = <span className="mg-hcell-unit">{'\u00a0'}</span>

/** Header cells; money columns name the client's currency, percentages say so. */
export const GridHeader = memo(function GridHeader({
  columns,
  width,
  currency,
}: {
  columns: readonly GridColumn[]
  width: number
  currency: string
}) {
  const { t } = useTranslation('data')
  return (
    <div className="mg-header" role="row" aria-rowindex={1} style={{ width }}>
      <div
        className="mg-hcell mg-sticky"
        role="columnheader"
        data-align="left"
        style={{ left: 0, width: MONTH_WIDTH, zIndex: 4 }}
      >
        <span>{t('grid.month')}</span>
        {UNIT_LINE}
      </div>
      <div
        className="mg-hcell mg-sticky"
        role="columnheader"
        data-align="left"
        style={{ left: MONTH_WIDTH, width: LABEL_WIDTH, zIndex: 4, borderRightColor: 'var(--mg-strong)' }}
      >
        <span>{t('grid.channel')}</span>
        {UNIT_LINE}
      </div>
      {columns.map((column, index) => {
        const name =
          column.editable && column.metric === null ? (column.label ?? '') : t(`metrics.${column.key}`)
        const unit =
          column.kind === 'money'
            ? currency
            : column.kind === 'percent'
              ? '%'
              : column.kind === 'ratio'
                ? '×'
                : column.editable && column.metric === null
                  ? (column.unit ?? '')
                  : ''
        return (
          <div
            key={column.key}
            className="mg-hcell"
            role="columnheader"
            style={{ width: columnWidth(column) }}
            title={
              column.editable
                ? [name, unit].filter(Boolean).join(', ')
                : `${name}: ${t(`formulas.${column.key}`)}`
            }
            data-testid={`grid-header-${column.key}`}
            {...(column.editable ? {} : { 'data-derived': '' })}
            {...(startsGroup(columns, index) ? { 'data-group-start': '' } : {})}
          >
            <span>{name}</span>
            <span className="mg-hcell-unit">{unit || '\u00a0'}</span>
          </div>
        )
      })}
    </div>
  )
})
