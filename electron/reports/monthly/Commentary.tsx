/**
 * The PM's commentary (seed 002): the summary and highlights after the figures they explain,
 * then each decrease with its cause and the fix proposed — the part a client reads most closely —
 * and the next steps.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import { formatMetric } from '@shared/results/metric-format'
import type { MonthlyReportInput, ReportDecrease } from '@shared/reports/report-input'
import { ChangeText } from '../components/ChangeText'
import type { ReportContext } from '../components/context'
import { Section } from '../components/Section'
import { BulletList, oneLine, WrittenText } from '../components/TextBlocks'
import { metricLabel } from '../format'
import { COLORS, SIZES } from '../theme'

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

/** The summary with the highlights beside it. */
export function Summary({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const commentary = input.commentary
  if (!commentary || (commentary.summary === '' && commentary.highlights.length === 0)) {
    return (
      <Section title={ctx.t('monthly.summary')} presenceAhead={30}>
        <Text style={styles.muted}>{ctx.t('monthly.noCommentary')}</Text>
      </Section>
    )
  }
  const long = commentary.summary.length > 1500
  const highlights =
    commentary.highlights.length > 0 ? (
      <View style={long ? {} : styles.side}>
        <Text style={styles.sideTitle}>{ctx.t('monthly.highlights')}</Text>
        <BulletList items={commentary.highlights} color={ctx.accent} />
      </View>
    ) : null
  // A long summary takes the full width, the highlights follow it; a short one sits beside them.
  return (
    <Section title={ctx.t('monthly.summary')}>
      {long ? (
        <View>
          <WrittenText text={commentary.summary} />
          {highlights}
        </View>
      ) : (
        <View style={styles.columns}>
          <View style={styles.main}>
            <WrittenText text={commentary.summary} />
          </View>
          {highlights}
        </View>
      )}
    </Section>
  )
}

function DecreaseRow({
  decrease,
  input,
  ctx,
}: {
  decrease: ReportDecrease
  input: MonthlyReportInput
  ctx: ReportContext
}) {
  const definition = input.model.metrics.find((d) => d.key === decrease.metricKey) ?? null
  const figure = input.model.kpis.find((f) => f.key === decrease.metricKey) ?? null
  return (
    // A short decrease stays on one page; a long one may flow on.
    <View style={styles.decrease} wrap={decrease.cause.length + decrease.fix.length > 800}>
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
              <ChangeText change={figure.previous.change} label={ctx.t('tile.mom')} ctx={ctx} />
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

/** Each decrease with its cause and fix. */
export function Decreases({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const decreases = input.commentary?.decreases ?? []
  if (decreases.length === 0) return null
  return (
    <Section title={ctx.t('monthly.decreases')}>
      {decreases.map((decrease, index) => (
        <DecreaseRow key={index} decrease={decrease} input={input} ctx={ctx} />
      ))}
    </Section>
  )
}

/** The next steps. */
export function NextSteps({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const steps = input.commentary?.nextSteps ?? []
  if (steps.length === 0) return null
  return (
    <Section title={ctx.t('monthly.nextSteps')} presenceAhead={40}>
      <BulletList items={steps} color={ctx.accent} />
    </Section>
  )
}
