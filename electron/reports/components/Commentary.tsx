/**
 * The PM's commentary as every report prints it (seed 002): the summary with the highlights beside
 * it, then each decrease with its cause and the fix proposed — the part a client reads most
 * closely. The reports differ only in their words and in the change a decrease is shown with
 * (month, quarter or year before).
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import type { Change } from '@shared/results/changes'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { ReportDecrease } from '@shared/reports/report-input'
import { metricLabel } from '../format'
import { COLORS, SIZES } from '../theme'
import { ChangeText } from './ChangeText'
import type { ReportContext } from './context'
import { Section } from './Section'
import { BulletList, oneLine, WrittenText } from './TextBlocks'

const styles = StyleSheet.create({
  columns: { flexDirection: 'row', gap: 18 },
  main: { flex: 3 },
  side: { flex: 2 },
  sideTitle: { fontSize: SIZES.h3, fontWeight: 600, marginBottom: 5 },
  decrease: {
    flexDirection: 'row',
    gap: 12,
    paddingVertical: 8,
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
  },
  metric: { width: 120, gap: 2 },
  metricName: { fontSize: SIZES.body, fontWeight: 600 },
  metricValue: { fontSize: SIZES.small, color: COLORS.muted },
  body: { flex: 1, gap: 5 },
  label: {
    fontSize: SIZES.tiny + 0.3,
    fontWeight: 600,
    color: COLORS.muted,
    textTransform: 'uppercase',
    letterSpacing: 0.4,
  },
  muted: { fontSize: SIZES.body, color: COLORS.muted },
})

/** A summary longer than this takes the full width, its highlights following it. */
const LONG_SUMMARY = 1500
/** A decrease whose cause and fix are longer than this may flow on to the next page. */
const LONG_DECREASE = 800

/** The summary and highlights; `emptyNote` (or nothing) when the PM wrote neither. */
export function CommentarySummary({
  title,
  highlightsTitle,
  summary,
  highlights,
  emptyNote = null,
  ctx,
}: {
  title: string
  highlightsTitle: string
  summary: string
  highlights: readonly string[]
  emptyNote?: string | null
  ctx: ReportContext
}) {
  if (summary === '' && highlights.length === 0) {
    return emptyNote === null ? null : (
      <Section title={title} presenceAhead={30}>
        <Text style={styles.muted}>{emptyNote}</Text>
      </Section>
    )
  }
  // A long summary (or highlights alone) takes the full width; a short one sits beside them.
  const long = summary.length > LONG_SUMMARY || summary === ''
  const side =
    highlights.length > 0 ? (
      <View style={long ? {} : styles.side}>
        <Text style={styles.sideTitle}>{highlightsTitle}</Text>
        <BulletList items={highlights} color={ctx.accent} />
      </View>
    ) : null
  const body = long ? (
    <View>
      {summary !== '' ? <WrittenText text={summary} /> : null}
      {side}
    </View>
  ) : (
    <View style={styles.columns}>
      <View style={styles.main}>
        <WrittenText text={summary} />
      </View>
      {side}
    </View>
  )
  return (
    <Section title={title} keepTogether={!long && highlights.length <= 10}>
      {body}
    </Section>
  )
}

/** A figure as the decreases show it: its value and its change against the previous period. */
export type DecreaseFigure = {
  key: string
  value: number | null
  previous: { value: number | null; change: Change }
}

/** What a decrease row is shown with, besides the decrease. */
type DecreaseContext = {
  metrics: readonly MetricDefinition[]
  figures: readonly DecreaseFigure[]
  /** The change's label ("MoM", "vs previous quarter"). */
  changeLabel: string
  ctx: ReportContext
}

function DecreaseRow({ decrease, shown }: { decrease: ReportDecrease; shown: DecreaseContext }) {
  const { ctx } = shown
  const definition = shown.metrics.find((d) => d.key === decrease.metricKey) ?? null
  const figure = shown.figures.find((f) => f.key === decrease.metricKey) ?? null
  return (
    // A short decrease stays on one page; a long one may flow on.
    <View style={styles.decrease} wrap={decrease.cause.length + decrease.fix.length > LONG_DECREASE}>
      <View style={styles.metric}>
        <Text style={styles.metricName}>
          {definition ? metricLabel(definition, ctx.t) : oneLine(decrease.metric)}
        </Text>
        {definition && figure ? (
          <>
            <Text style={styles.metricValue}>
              {formatMetric(definition, figure.value, ctx.currency, ctx.language)}
            </Text>
            {figure.previous.value !== null ? (
              <ChangeText change={figure.previous.change} label={shown.changeLabel} ctx={ctx} />
            ) : null}
          </>
        ) : null}
      </View>
      <View style={styles.body}>
        {decrease.cause ? (
          <View>
            <Text style={styles.label}>{ctx.t('monthly.cause')}</Text>
            <WrittenText text={decrease.cause} />
          </View>
        ) : null}
        {decrease.fix ? (
          <View>
            <Text style={styles.label}>{ctx.t('monthly.fix')}</Text>
            <WrittenText text={decrease.fix} />
          </View>
        ) : null}
      </View>
    </View>
  )
}

/** Each decrease with its cause and fix; nothing when there is none. */
export function DecreaseList({
  title,
  decreases,
  ...shown
}: DecreaseContext & {
  title: string
  decreases: readonly ReportDecrease[]
}) {
  if (decreases.length === 0) return null
  const [first, ...rest] = decreases
  // The title stays on the page of a short first decrease.
  const lead = first !== undefined && first.cause.length + first.fix.length <= LONG_DECREASE
  const rows = lead ? rest : decreases
  const leadRow: ReactNode = lead ? <DecreaseRow decrease={first} shown={shown} /> : undefined
  return (
    <Section title={title} lead={leadRow}>
      {rows.map((decrease, index) => (
        <DecreaseRow key={index} decrease={decrease} shown={shown} />
      ))}
    </Section>
  )
}
