/**
 * The PM's commentary of a quarter or year (seed 002): the summary with the highlights beside it,
 * and each decrease with its cause and the fix — the same reading order as the monthly report,
 * with the change shown against the previous quarter or year.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { Change } from '@shared/results/changes'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import type { ReportCommentary } from '@shared/reports/report-input'
import { ChangeText } from '../components/ChangeText'
import { Section } from '../components/Section'
import { BulletList, WrittenText } from '../components/TextBlocks'
import { metricLabel } from '../format'
import { COLORS, SIZES } from '../theme'
import type { ReviewContext } from './context'

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
  text: { fontSize: SIZES.body, lineHeight: 1.45 },
})

/** The summary and highlights; nothing when the PM wrote neither. */
export function ReviewSummary({
  commentary,
  withHighlights = true,
  ctx,
}: {
  commentary: ReportCommentary | null
  /** The annual report shows the highlights among its biggest successes instead. */
  withHighlights?: boolean
  ctx: ReviewContext
}) {
  if (!commentary) return null
  const shownHighlights = withHighlights ? commentary.highlights : []
  if (commentary.summary === '' && shownHighlights.length === 0) return null
  const long = commentary.summary.length > 1500 || commentary.summary === ''
  const highlights =
    shownHighlights.length > 0 ? (
      <View style={long ? {} : styles.side}>
        <Text style={styles.sideTitle}>{ctx.r('quarter.highlights')}</Text>
        <BulletList items={shownHighlights} color={ctx.accent} />
      </View>
    ) : null
  return (
    <Section title={ctx.r('quarter.summary')} presenceAhead={60}>
      {long ? (
        <View>
          {commentary.summary !== '' ? <WrittenText text={commentary.summary} /> : null}
          {highlights}
        </View>
      ) : (
        // A short summary and its highlights stay together on one page.
        <View style={styles.columns} wrap={false}>
          <View style={styles.main}>
            <WrittenText text={commentary.summary} />
          </View>
          {highlights}
        </View>
      )}
    </Section>
  )
}

/** A figure as the decreases show it: its value and its change against the previous period. */
export type DecreaseFigure = {
  key: string
  value: number | null
  previous: { value: number | null; change: Change }
}

/** Each decrease with its cause and fix. */
export function ReviewDecreases({
  commentary,
  metrics,
  figures,
  changeLabel,
  ctx,
}: {
  commentary: ReportCommentary | null
  metrics: readonly MetricDefinition[]
  figures: readonly DecreaseFigure[]
  changeLabel: string
  ctx: ReviewContext
}) {
  const decreases = commentary?.decreases ?? []
  if (decreases.length === 0) return null
  return (
    <Section title={ctx.r('quarter.decreases')}>
      {decreases.map((decrease, index) => {
        const definition = metrics.find((d) => d.key === decrease.metricKey) ?? null
        const figure = figures.find((f) => f.key === decrease.metricKey) ?? null
        return (
          <View key={index} style={styles.decrease} wrap={decrease.cause.length + decrease.fix.length > 800}>
            <View style={styles.metric}>
              <Text style={styles.metricName}>
                {definition ? metricLabel(definition, ctx.t) : decrease.metric}
              </Text>
              {definition && figure ? (
                <>
                  <Text style={styles.metricValue}>
                    {formatMetric(definition, figure.value, ctx.currency, ctx.language)}
                  </Text>
                  {figure.previous.value !== null ? (
                    <ChangeText change={figure.previous.change} label={changeLabel} ctx={ctx} />
                  ) : null}
                </>
              ) : null}
            </View>
            <View style={styles.body}>
              {decrease.cause ? (
                <View>
                  <Text style={styles.label}>{ctx.t('monthly.cause')}</Text>
                  <Text style={styles.text}>{decrease.cause}</Text>
                </View>
              ) : null}
              {decrease.fix ? (
                <View>
                  <Text style={styles.label}>{ctx.t('monthly.fix')}</Text>
                  <Text style={styles.text}>{decrease.fix}</Text>
                </View>
              ) : null}
            </View>
          </View>
        )
      })}
    </Section>
  )
}
