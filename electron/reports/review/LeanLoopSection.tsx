/**
 * Tests and learnings from the lean loop (PRODUCT.md "Quarterly"): what the period's concluded
 * tests taught (the idea, how it was measured, the result and the learning), what was still
 * running at its end, and what is lined up next. Long lists are cut with "and N more", so the
 * section stays a summary a client reads.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReviewExperiment, ReviewLeanLoop } from '@shared/reports/review-parts'
import { Section, Subheading } from '../components/Section'
import { typeset } from '../components/TextBlocks'
import { date } from '../format'
import { COLORS, SIZES, tint } from '../theme'
import type { ReviewContext } from './context'

/** The most tests each list prints. */
export const LEAN_LOOP_LIMITS = { learned: 8, running: 6, next: 6 } as const

const styles = StyleSheet.create({
  intro: { fontSize: SIZES.small, color: COLORS.muted, marginBottom: 8 },
  card: { borderWidth: 0.6, borderColor: COLORS.rule, borderRadius: 4, padding: 8, marginBottom: 6 },
  hypothesis: { fontSize: SIZES.body, fontWeight: 600, color: COLORS.text, lineHeight: 1.4 },
  meta: { fontSize: SIZES.small, color: COLORS.muted, marginTop: 2 },
  row: { flexDirection: 'row', marginTop: 4 },
  label: { width: 62, fontSize: SIZES.small, color: COLORS.muted },
  value: { flex: 1, fontSize: SIZES.small, color: COLORS.text, lineHeight: 1.4 },
  learning: { flex: 1, fontSize: SIZES.small, fontWeight: 600, lineHeight: 1.4 },
  line: { flexDirection: 'row', marginBottom: 3 },
  dot: { width: 10, fontSize: SIZES.small, color: COLORS.muted },
  lineText: { flex: 1, fontSize: SIZES.small, color: COLORS.text, lineHeight: 1.4 },
  more: { fontSize: SIZES.small, color: COLORS.faint, marginBottom: 6 },
  none: { fontSize: SIZES.small, color: COLORS.faint },
  group: { marginBottom: 8 },
})

function meta(test: ReviewExperiment, ctx: ReviewContext): string {
  return [
    test.metric.trim() !== '' ? `${ctx.r('leanLoop.metric')}: ${test.metric.trim()}` : null,
    test.campaign,
    test.learnedOn ? ctx.r('leanLoop.concluded', { date: date(test.learnedOn, ctx.language) }) : null,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ')
}

function LearnedCard({ test, ctx }: { test: ReviewExperiment; ctx: ReviewContext }) {
  const info = meta(test, ctx)
  return (
    <View style={styles.card} wrap={false}>
      <Text style={styles.hypothesis}>{test.hypothesis}</Text>
      {info ? <Text style={styles.meta}>{info}</Text> : null}
      {test.result.trim() !== '' ? (
        <View style={styles.row}>
          <Text style={styles.label}>{ctx.r('leanLoop.result')}</Text>
          <Text style={styles.value}>{typeset(test.result.trim())}</Text>
        </View>
      ) : null}
      {test.learning.trim() !== '' ? (
        <View style={[styles.row, { backgroundColor: tint(ctx.accent, 0.92), padding: 4, borderRadius: 3 }]}>
          <Text style={[styles.label, { color: ctx.accent }]}>{ctx.r('leanLoop.learning')}</Text>
          <Text style={[styles.learning, { color: COLORS.text }]}>{test.learning.trim()}</Text>
        </View>
      ) : null}
    </View>
  )
}

function Line({
  test,
  ctx,
  withResult,
}: {
  test: ReviewExperiment
  ctx: ReviewContext
  withResult: boolean
}) {
  const info = meta(test, ctx)
  const result = withResult && test.result.trim() !== '' ? test.result.trim() : null
  return (
    <View style={styles.line} wrap={false}>
      <Text style={[styles.dot, { color: ctx.accent }]}>•</Text>
      <Text style={styles.lineText}>
        {test.hypothesis}
        {info ? <Text style={{ color: COLORS.muted }}>{` — ${info}`}</Text> : null}
        {result ? <Text style={{ color: COLORS.muted }}>{` — ${typeset(result)}`}</Text> : null}
      </Text>
    </View>
  )
}

function More({ total, shown, ctx }: { total: number; shown: number; ctx: ReviewContext }) {
  return total > shown ? (
    <Text style={styles.more}>{ctx.r('leanLoop.more', { count: total - shown })}</Text>
  ) : null
}

/** The lean loop of the period; `title` lets the annual report name it for the year. */
export function LeanLoopSection({
  loop,
  title,
  withRunning = true,
  ctx,
}: {
  loop: ReviewLeanLoop
  title: string
  withRunning?: boolean
  ctx: ReviewContext
}) {
  const learned = loop.learned.slice(0, LEAN_LOOP_LIMITS.learned)
  const running = withRunning ? loop.running.slice(0, LEAN_LOOP_LIMITS.running) : []
  const next = withRunning ? loop.next.slice(0, LEAN_LOOP_LIMITS.next) : []
  const empty = learned.length + running.length + next.length === 0
  return (
    <Section title={title} presenceAhead={120} keepTogether={empty}>
      <Text style={styles.intro}>{ctx.r('leanLoop.intro')}</Text>
      {empty ? <Text style={styles.none}>{ctx.r('leanLoop.none')}</Text> : null}
      {learned.length > 0 ? (
        <View style={styles.group}>
          {withRunning ? <Subheading>{ctx.r('leanLoop.learned')}</Subheading> : null}
          {learned.map((test, index) => (
            <LearnedCard key={index} test={test} ctx={ctx} />
          ))}
          <More total={loop.learned.length} shown={learned.length} ctx={ctx} />
        </View>
      ) : null}
      {running.length > 0 ? (
        <View style={styles.group}>
          <Subheading>{ctx.r('leanLoop.running')}</Subheading>
          {running.map((test, index) => (
            <Line key={index} test={test} ctx={ctx} withResult />
          ))}
          <More total={loop.running.length} shown={running.length} ctx={ctx} />
        </View>
      ) : null}
      {next.length > 0 ? (
        <View style={styles.group}>
          <Subheading>{ctx.r('leanLoop.next')}</Subheading>
          {next.map((test, index) => (
            <Line key={index} test={test} ctx={ctx} withResult={false} />
          ))}
          <More total={loop.next.length} shown={next.length} ctx={ctx} />
        </View>
      ) : null}
    </Section>
  )
}
