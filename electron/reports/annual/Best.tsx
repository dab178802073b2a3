/**
 * Best months and records, and the biggest successes (seed 002: "the biggest successes and the
 * best results"): the best month of the year for each result, marked when it is a record of the
 * whole cooperation; the highlights the PM wrote; the channels and campaigns that improved most
 * against the year before.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import { formatMetric } from '@shared/results/metric-format'
import type { MetricDefinition } from '@shared/results/metrics'
import type { AnnualReportInput } from '@shared/reports/report-input'
import { ChangeText } from '../components/ChangeText'
import { DataTable, type TableColumn } from '../components/DataTable'
import { Section, Subheading } from '../components/Section'
import { BulletList } from '../components/TextBlocks'
import { capitalize, longMonth, metricLabel } from '../format'
import { COLORS, SIZES, tint } from '../theme'
import type { ReviewContext } from '../review/context'

const styles = StyleSheet.create({
  intro: { fontSize: SIZES.small, color: COLORS.muted, marginBottom: 6 },
  none: { fontSize: SIZES.small, color: COLORS.faint },
  record: {
    fontSize: SIZES.tiny + 0.5,
    fontWeight: 600,
    paddingHorizontal: 4,
    paddingVertical: 1.5,
    borderRadius: 3,
  },
  columns: { flexDirection: 'row', gap: 18, marginTop: 4 },
  column: { flex: 1 },
  improvement: { borderBottomWidth: 0.4, borderBottomColor: COLORS.rule, paddingVertical: 4, gap: 1.5 },
  name: { fontSize: SIZES.body, fontWeight: 600, color: COLORS.text },
  detail: { flexDirection: 'row', alignItems: 'center', gap: 6 },
  detailText: { fontSize: SIZES.small, color: COLORS.muted },
})

type BestRow = {
  definition: MetricDefinition
  month: string
  value: number
  record: { month: string; value: number } | null
}

/** The best months table. */
export function BestMonths({ input, ctx }: { input: AnnualReportInput; ctx: ReviewContext }) {
  const { model } = input
  const records = new Map(model.records.map((r) => [r.key, r]))
  const rows: BestRow[] = model.bestMonths.flatMap((best) => {
    const definition = model.metrics.find((d) => d.key === best.key)
    const record = records.get(best.key)
    return definition
      ? [{ definition, month: best.month, value: best.value, record: record ? record.previousRecord : null }]
      : []
  })
  const format = (row: BestRow, value: number) =>
    formatMetric(row.definition, value, ctx.currency, ctx.language)
  const recordColumn: TableColumn<BestRow> = {
    key: 'record',
    header: ctx.r('annual.record'),
    render: (row) =>
      row.record ? (
        <Text style={[styles.record, { color: COLORS.good, backgroundColor: tint(COLORS.good, 0.88) }]}>
          {ctx.r('annual.recordBeat', {
            value: format(row, row.record.value),
            month: longMonth(row.record.month, ctx.language),
          })}
        </Text>
      ) : (
        ''
      ),
  }
  const columns: TableColumn<BestRow>[] = [
    {
      key: 'metric',
      header: ctx.r('annual.metric'),
      width: 110,
      render: (row) => metricLabel(row.definition, ctx.t),
    },
    {
      key: 'month',
      header: ctx.r('annual.bestMonth'),
      width: 100,
      render: (row) => capitalize(longMonth(row.month, ctx.language), ctx.language),
    },
    {
      key: 'value',
      header: ctx.r('annual.value'),
      width: 80,
      align: 'right',
      render: (row) => format(row, row.value),
    },
    // The record column only when some best month is a record (a first year has none).
    ...(records.size === 0 ? [] : [recordColumn]),
  ]
  return (
    <Section title={ctx.r('annual.bestTitle')}>
      {rows.length === 0 ? (
        <Text style={styles.none}>{ctx.r('annual.noBest')}</Text>
      ) : (
        <>
          <Text style={styles.intro}>{ctx.r('annual.bestIntro')}</Text>
          <DataTable columns={columns} rows={rows} rowKey={(row) => row.definition.key} />
        </>
      )}
    </Section>
  )
}

type Improvement = {
  name: string
  key: string
  value: number
  previous: number
  change: AnnualReportInput['model']['improvements']['byChannel'][number]['change']
}

function ImprovementList({
  title,
  items,
  input,
  ctx,
}: {
  title: string
  items: readonly Improvement[]
  input: AnnualReportInput
  ctx: ReviewContext
}) {
  if (items.length === 0) return null
  return (
    <View style={styles.column}>
      <Subheading>{title}</Subheading>
      {items.map((item, index) => {
        const definition = input.model.metrics.find((d) => d.key === item.key)
        if (!definition) return null
        const format = (value: number) => formatMetric(definition, value, ctx.currency, ctx.language)
        return (
          <View key={index} style={styles.improvement} wrap={false}>
            <Text style={styles.name}>{item.name}</Text>
            <View style={styles.detail}>
              <Text style={styles.detailText}>
                {`${metricLabel(definition, ctx.t)} ${format(item.previous)} → ${format(item.value)}`}
              </Text>
              <ChangeText change={item.change} ctx={ctx} />
            </View>
          </View>
        )
      })}
    </View>
  )
}

/** The biggest successes: highlights and the improvements. */
export function Successes({ input, ctx }: { input: AnnualReportInput; ctx: ReviewContext }) {
  const { improvements } = input.model
  const highlights = input.commentary?.highlights ?? []
  const byChannel: Improvement[] = improvements.byChannel.map((i) => ({
    ...i,
    name: ctx.t(`channels.${i.channel}`),
  }))
  const byCampaign: Improvement[] = improvements.byCampaign.map((i) => ({
    ...i,
    name: i.name ?? ctx.t('monthly.unnamedCampaign'),
  }))
  return (
    <Section title={ctx.r('annual.successesTitle')}>
      {highlights.length > 0 ? <BulletList items={highlights} color={ctx.accent} /> : null}
      {byChannel.length + byCampaign.length === 0 ? (
        <Text style={styles.none}>{ctx.r('annual.noImprovements')}</Text>
      ) : (
        <View style={styles.columns}>
          <ImprovementList
            title={ctx.r('annual.improvedChannels')}
            items={byChannel}
            input={input}
            ctx={ctx}
          />
          <ImprovementList
            title={ctx.r('annual.improvedCampaigns')}
            items={byCampaign}
            input={input}
            ctx={ctx}
          />
        </View>
      )}
    </Section>
  )
}
