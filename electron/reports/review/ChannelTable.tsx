/**
 * Results per channel for a quarter or a year: each channel's figures in the chosen columns and
 * the main result's change against the comparison periods (the previous quarter and the same
 * quarter last year; the previous year). A change against nothing reads "—".
 */
import { Text } from '@react-pdf/renderer'
import type { Comparison } from '@shared/results/model-schemas'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { Channel } from '@shared/schemas'
import { ChangeText } from '../components/ChangeText'
import { DataTable, type TableColumn } from '../components/DataTable'
import { Section } from '../components/Section'
import { metricLabel } from '../format'
import { COLORS, SIZES } from '../theme'
import type { ReviewContext } from './context'

/** Value columns at most, so the channel names keep room beside the change columns. */
const MAX_VALUE_COLUMNS = 6
/** The columns left out first when there are more (the least telling to a client). */
const DROPPED_FIRST = ['impressions', 'ctr', 'conversionValue']

/** A figure of a channel: its value and the comparisons the table shows. */
export type ChannelFigure = { key: string; value: number | null }

/** A channel's figures. */
export type ChannelRow<F extends ChannelFigure> = { channel: Channel; figures: readonly F[] }

/** A change column: its short label and the comparison it reads from a figure. */
export type ChangeColumn<F extends ChannelFigure> = { label: string; of: (figure: F) => Comparison | null }

/** The channel table section. */
export function ChannelTable<F extends ChannelFigure>({
  title,
  intro,
  rows,
  columns: keys,
  primary,
  changes,
  metrics,
  empty,
  ctx,
}: {
  title: string
  intro: string
  rows: readonly ChannelRow<F>[]
  columns: readonly string[]
  primary: string | null
  changes: readonly ChangeColumn<F>[]
  metrics: readonly MetricDefinition[]
  empty: string
  ctx: ReviewContext
}) {
  const primaryDefinition = metrics.find((d) => d.key === primary) ?? null
  let shown = [...keys]
  for (const key of DROPPED_FIRST)
    if (shown.length > MAX_VALUE_COLUMNS) shown = shown.filter((k) => k !== key)
  shown = shown.slice(0, MAX_VALUE_COLUMNS)
  const valueColumns: TableColumn<ChannelRow<F>>[] = shown.flatMap((key) => {
    const definition = metrics.find((d) => d.key === key)
    if (!definition) return []
    return [
      {
        key,
        header: metricLabel(definition, ctx.t),
        width: 52,
        align: 'right' as const,
        render: (row: ChannelRow<F>) =>
          formatMetric(
            definition,
            row.figures.find((f) => f.key === key)?.value ?? null,
            ctx.currency,
            ctx.language,
          ),
      },
    ]
  })
  const changeColumns: TableColumn<ChannelRow<F>>[] = primaryDefinition
    ? changes.map((change, index) => ({
        key: `change${String(index)}`,
        header: [metricLabel(primaryDefinition, ctx.t), change.label],
        width: 56,
        align: 'right' as const,
        render: (row: ChannelRow<F>) => {
          const figure = row.figures.find((f) => f.key === primaryDefinition.key)
          const comparison = figure ? change.of(figure) : null
          return comparison && comparison.value !== null ? (
            <ChangeText change={comparison.change} ctx={ctx} fontSize={SIZES.small} />
          ) : (
            '—'
          )
        },
      }))
    : []
  const columns: TableColumn<ChannelRow<F>>[] = [
    { key: 'name', header: ctx.t('monthly.channel'), render: (row) => ctx.t(`channels.${row.channel}`) },
    ...valueColumns,
    ...changeColumns,
  ]
  return (
    <Section title={title}>
      {rows.length === 0 || valueColumns.length === 0 ? (
        <Text style={{ fontSize: SIZES.body, color: COLORS.muted }}>{empty}</Text>
      ) : (
        <>
          <Text style={{ fontSize: SIZES.small, color: COLORS.muted, marginBottom: 6 }}>{intro}</Text>
          <DataTable columns={columns} rows={rows} rowKey={(row) => row.channel} />
        </>
      )}
    </Section>
  )
}
