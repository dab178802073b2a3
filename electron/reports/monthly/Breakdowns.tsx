/**
 * Results per channel and per campaign: the month's figures of each, with the main result's
 * change against the previous month. The campaign table may run over many pages; its header
 * repeats on each.
 */
import { Text, View } from '@react-pdf/renderer'
import type { Figure } from '@shared/results/model-schemas'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { Channel } from '@shared/schemas'
import type { MonthlyReportInput } from '@shared/reports/report-input'
import { ChangeText } from '../components/ChangeText'
import { ChannelBars } from '../components/ChannelBars'
import type { ReportContext } from '../components/context'
import { DataTable, type TableColumn } from '../components/DataTable'
import { Section } from '../components/Section'
import { longMonth, metricLabel } from '../format'
import { COLORS, CONTENT_WIDTH, SIZES } from '../theme'

const BAR_GAP = 16
const BAR_WIDTH = (CONTENT_WIDTH - BAR_GAP) / 2

/** A colour sample and its label, for the bars' legend. */
function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
      <View style={{ width: 8, height: 8, borderRadius: 1.5, backgroundColor: color }} />
      <Text style={{ fontSize: 7, color: COLORS.muted }}>{label}</Text>
    </View>
  )
}

type Row = { key: string; name: string; channels: Channel[] | null; figures: Map<string, Figure> }

/** The campaign table leaves out the least telling columns when it would be too wide. */
const CAMPAIGN_COLUMNS = 6
const DROPPED_FIRST = ['impressions', 'ctr', 'conversionValue']

function metricColumns(
  keys: readonly string[],
  definitions: readonly MetricDefinition[],
  ctx: ReportContext,
  width: number,
): TableColumn<Row>[] {
  return keys.flatMap((key) => {
    const definition = definitions.find((d) => d.key === key)
    if (!definition) return []
    return [
      {
        key,
        header: metricLabel(definition, ctx.t),
        width,
        align: 'right' as const,
        render: (row: Row) =>
          formatMetric(definition, row.figures.get(key)?.value ?? null, ctx.currency, ctx.language),
      },
    ]
  })
}

function changeColumn(primary: MetricDefinition | null, ctx: ReportContext): TableColumn<Row>[] {
  if (!primary) return []
  return [
    {
      key: 'change',
      header: [metricLabel(primary, ctx.t), ctx.t('monthly.change')],
      width: 58,
      align: 'right',
      render: (row) => {
        const figure = row.figures.get(primary.key)
        return figure ? <ChangeText change={figure.previous.change} ctx={ctx} fontSize={SIZES.small} /> : '—'
      },
    },
  ]
}

function figureMap(figures: readonly Figure[]): Map<string, Figure> {
  return new Map(figures.map((f) => [f.key, f]))
}

/** The channel table. */
export function Channels({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const { model, selection } = input
  if (model.channels.length === 0) return null
  const primary = model.metrics.find((d) => d.key === selection.primary) ?? null
  const rows: Row[] = model.channels.map((c) => ({
    key: c.channel,
    name: ctx.t(`channels.${c.channel}`),
    channels: null,
    figures: figureMap(c.figures),
  }))
  const columns: TableColumn<Row>[] = [
    { key: 'name', header: ctx.t('monthly.channel'), render: (row) => row.name },
    ...metricColumns(selection.columns, model.metrics, ctx, selection.columns.length > 7 ? 46 : 54),
    ...changeColumn(primary, ctx),
  ]
  // Spend and the main result by channel as bars, the month beside the month before.
  const barMetrics = ['spend', selection.primary].flatMap((key) => {
    const definition = model.metrics.find((d) => d.key === key)
    const any = model.channels.some((c) =>
      c.figures.some((f) => f.key === key && (f.value !== null || f.previous.value !== null)),
    )
    return definition && any ? [definition] : []
  })
  return (
    <Section
      title={ctx.t('monthly.channels')}
      keepTogether={rows.length <= 12}
      right={
        barMetrics.length > 0 ? (
          <View style={{ flexDirection: 'row', gap: 12 }}>
            <Swatch color={ctx.accent} label={longMonth(input.period.key, ctx.language)} />
            <Swatch
              color={COLORS.lastYear}
              label={longMonth(model.previous.months[0] ?? input.period.key, ctx.language)}
            />
          </View>
        ) : undefined
      }
    >
      {barMetrics.length > 0 ? (
        <View style={{ flexDirection: 'row', gap: BAR_GAP, marginBottom: 10 }}>
          {barMetrics.map((definition) => (
            <View key={definition.key} style={{ width: BAR_WIDTH }}>
              <Text style={{ fontSize: SIZES.small, fontWeight: 600, marginBottom: 3 }}>
                {metricLabel(definition, ctx.t)}
              </Text>
              <ChannelBars
                definition={definition}
                width={BAR_WIDTH}
                ctx={ctx}
                channels={model.channels.map((c) => {
                  const figure = c.figures.find((f) => f.key === definition.key)
                  return {
                    key: c.channel,
                    label: ctx.t(`channels.${c.channel}`),
                    value: figure?.value ?? null,
                    previous: figure?.previous.value ?? null,
                  }
                })}
              />
            </View>
          ))}
        </View>
      ) : null}
      <DataTable columns={columns} rows={rows} rowKey={(row) => row.key} />
    </Section>
  )
}

/** The campaign table. */
export function Campaigns({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const { model, selection } = input
  const primary = model.metrics.find((d) => d.key === selection.primary) ?? null
  let keys = [...selection.columns]
  for (const key of DROPPED_FIRST) if (keys.length > CAMPAIGN_COLUMNS) keys = keys.filter((k) => k !== key)
  keys = keys.slice(0, CAMPAIGN_COLUMNS)
  const rows: Row[] = model.campaigns.map((c) => ({
    key: c.campaignId,
    name: c.name ?? ctx.t('monthly.unnamedCampaign'),
    channels: c.channels,
    figures: figureMap(c.figures),
  }))
  const columns: TableColumn<Row>[] = [
    {
      key: 'name',
      header: ctx.t('monthly.campaign'),
      render: (row) => row.name,
      sub: (row) =>
        row.channels && row.channels.length > 0
          ? row.channels.map((c) => ctx.t(`channels.${c}`)).join(', ')
          : null,
    },
    ...metricColumns(keys, model.metrics, ctx, 54),
    ...changeColumn(primary, ctx),
  ]
  return (
    <Section title={ctx.t('monthly.campaigns')} keepTogether={rows.length <= 12}>
      {rows.length === 0 ? (
        <Text style={{ fontSize: SIZES.body, color: COLORS.muted }}>{ctx.t('monthly.noCampaigns')}</Text>
      ) : (
        <DataTable columns={columns} rows={rows} rowKey={(row) => row.key} />
      )}
    </Section>
  )
}
