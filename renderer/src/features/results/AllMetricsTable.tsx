/** Every metric of the period in one dense table: value, previous period, last year, target. */
import { Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { Figure } from '@shared/results/models'
import type { Language } from '@shared/schemas'
import { DataTable } from '../../components/DataTable'
import { ChangeValue } from './KpiTile'
import { tileMetrics } from '@shared/reports/metric-selection'
import { useMetricLabel } from './useResults'

/** The table of all metrics with a value in the month, the month before or a year earlier. */
export function AllMetricsTable({
  definitions,
  figures,
  currency,
  language,
}: {
  definitions: readonly MetricDefinition[]
  figures: readonly Figure[]
  currency: string
  language: Language
}) {
  const { t } = useTranslation('results')
  const metricLabel = useMetricLabel()
  const byKey = new Map(figures.map((f) => [f.key, f]))
  const rows = tileMetrics(definitions, figures).flatMap((definition) => {
    const figure = byKey.get(definition.key)
    return figure ? [{ definition, figure }] : []
  })
  const value = (definition: MetricDefinition, v: number | null) =>
    formatMetric(definition, v, currency, language)
  const change = (row: (typeof rows)[number], id: 'previous' | 'lastYear') => (
    <Group justify="flex-end">
      <ChangeValue
        comparison={{ id, label: '', base: row.figure[id].value, change: row.figure[id].change }}
        definition={row.definition}
        currency={currency}
        language={language}
      />
    </Group>
  )
  return (
    <DataTable
      testId="results-all-metrics"
      rowTestId="results-metric-row"
      rows={rows}
      rowKey={(row) => row.definition.key}
      empty="—"
      columns={[
        { key: 'metric', header: t('columns.metric'), render: (row) => metricLabel(row.definition) },
        {
          key: 'value',
          header: t('columns.value'),
          align: 'right',
          numeric: true,
          render: (row) => <strong>{value(row.definition, row.figure.value)}</strong>,
        },
        {
          key: 'previous',
          header: t('columns.previous'),
          align: 'right',
          numeric: true,
          render: (row) => value(row.definition, row.figure.previous.value),
        },
        { key: 'mom', header: t('tile.mom'), align: 'right', render: (row) => change(row, 'previous') },
        {
          key: 'lastYear',
          header: t('columns.lastYear'),
          align: 'right',
          numeric: true,
          render: (row) => value(row.definition, row.figure.lastYear.value),
        },
        { key: 'yoy', header: t('tile.yoy'), align: 'right', render: (row) => change(row, 'lastYear') },
        {
          key: 'target',
          header: t('columns.target'),
          align: 'right',
          numeric: true,
          render: (row) => (row.figure.target ? value(row.definition, row.figure.target.value) : '—'),
        },
      ]}
    />
  )
}
