/** The month's results per channel and per campaign, with the derived metrics from their own sums. */
import { Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { BREAKDOWN_COLUMNS } from '@shared/reports/metric-selection'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { Figure } from '@shared/results/models'
import type { Channel, Language } from '@shared/schemas'
import { DataTable, type Column } from '../../components/DataTable'
import { ChangeValue } from './KpiTile'
import { useMetricLabel } from './useResults'

type Row = { key: string; name: string; channels?: Channel[]; figures: Map<string, Figure> }

function figureMap(figures: readonly Figure[]): Map<string, Figure> {
  return new Map(figures.map((f) => [f.key, f]))
}

/** The columns that have a value in at least one row. */
function usedColumns(definitions: readonly MetricDefinition[], rows: readonly Row[]): MetricDefinition[] {
  return BREAKDOWN_COLUMNS.flatMap((key) => {
    const definition = definitions.find((d) => d.key === key)
    if (!definition) return []
    return rows.some((row) => row.figures.get(key)?.value != null) ? [definition] : []
  })
}

/** A table of channels or campaigns. */
export function BreakdownTable({
  kind,
  rows: input,
  definitions,
  primary,
  currency,
  language,
}: {
  kind: 'channel' | 'campaign'
  rows: readonly { key: string; name: string; channels?: Channel[]; figures: readonly Figure[] }[]
  definitions: readonly MetricDefinition[]
  /** The metric shown with its month-over-month change. */
  primary: MetricDefinition | null
  currency: string
  language: Language
}) {
  const { t } = useTranslation('results')
  const { t: tApp } = useTranslation()
  const metricLabel = useMetricLabel()
  const rows: Row[] = input.map((row) => ({ ...row, figures: figureMap(row.figures) }))
  const metricColumns: Column<Row>[] = usedColumns(definitions, rows).map((definition) => ({
    key: definition.key,
    header: metricLabel(definition),
    align: 'right',
    numeric: true,
    render: (row) => {
      const figure = row.figures.get(definition.key)
      const text = formatMetric(definition, figure?.value ?? null, currency, language)
      if (definition.key !== primary?.key || !figure) return text
      // The primary result carries its month-over-month change beside it.
      return (
        <Group gap={8} justify="flex-end" wrap="nowrap">
          <span>{text}</span>
          <ChangeValue
            comparison={{
              id: 'previous',
              label: '',
              base: figure.previous.value,
              change: figure.previous.change,
            }}
            definition={definition}
            currency={currency}
            language={language}
          />
        </Group>
      )
    },
  }))
  const nameColumn: Column<Row> = {
    key: 'name',
    header: t(kind === 'channel' ? 'columns.channel' : 'columns.campaign'),
    render: (row) => (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500} truncate style={{ maxWidth: 240 }} title={row.name}>
          {row.name}
        </Text>
        {row.channels?.map((channel) => (
          <Badge key={channel} size="xs" variant="default" style={{ flexShrink: 0 }}>
            {tApp(`channels.${channel}`)}
          </Badge>
        ))}
      </Group>
    ),
  }
  return (
    <div style={{ overflowX: 'auto' }}>
      <DataTable
        testId={`results-${kind}-table`}
        rowTestId={`results-${kind}-row`}
        rows={rows}
        rowKey={(row) => row.key}
        empty={t(kind === 'channel' ? 'noChannels' : 'noCampaigns')}
        columns={[nameColumn, ...metricColumns]}
      />
    </div>
  )
}
