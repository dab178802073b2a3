/**
 * The cooperation quarter's aim and what was done about it (seed 002): the aim in the client's
 * words, what the period's work was — campaigns launched and completed, tests concluded, tasks
 * done, the budgets used — and the review meeting: what was agreed, the client's feedback and
 * plans, and (at the year's end) the draft strategy asked for or received.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import { formatMoney } from '@shared/format'
import { formatShare } from '@shared/results/metric-format'
import type { CooperationPeriod, PeriodWork, ReviewMeeting } from '@shared/reports/review-parts'
import { formatNumber } from '@shared/format'
import { BulletList, WrittenText } from '../components/TextBlocks'
import { Section, Subheading } from '../components/Section'
import { date, shortDate } from '../format'
import { COLORS, SIZES, tint } from '../theme'
import type { ReviewContext } from './context'

const styles = StyleSheet.create({
  aim: { borderLeftWidth: 2.5, paddingLeft: 10, paddingVertical: 6, marginBottom: 12 },
  aimName: { fontSize: SIZES.lead, fontWeight: 600, color: COLORS.text, marginBottom: 3 },
  aimText: { fontSize: SIZES.body, color: COLORS.text, lineHeight: 1.5 },
  note: { fontSize: SIZES.small, color: COLORS.muted, marginBottom: 8 },
  facts: { flexDirection: 'row', flexWrap: 'wrap', gap: 6, marginBottom: 8 },
  fact: { fontSize: SIZES.small, fontWeight: 600, paddingHorizontal: 7, paddingVertical: 3, borderRadius: 3 },
  campaign: { flexDirection: 'row', marginBottom: 2.5 },
  campaignDate: { width: 58, fontSize: SIZES.small, color: COLORS.muted },
  campaignName: { flex: 1, fontSize: SIZES.small, color: COLORS.text },
  columns: { flexDirection: 'row', gap: 18, marginBottom: 6 },
  column: { flex: 1 },
  budget: { fontSize: SIZES.small, color: COLORS.text, marginBottom: 2 },
  meeting: { marginTop: 6 },
  ask: {
    fontSize: SIZES.body,
    color: COLORS.text,
    lineHeight: 1.5,
    padding: 8,
    borderRadius: 3,
    marginTop: 4,
  },
})

function CampaignList({
  title,
  items,
  ctx,
}: {
  title: string
  items: PeriodWork['campaignsLaunched']
  ctx: ReviewContext
}) {
  if (items.length === 0) return null
  return (
    <View style={styles.column}>
      <Subheading>{title}</Subheading>
      {items.map((item, index) => (
        <View key={index} style={styles.campaign} wrap={false}>
          <Text style={styles.campaignDate}>{shortDate(item.date, ctx.language)}</Text>
          <Text style={styles.campaignName}>{item.name}</Text>
        </View>
      ))}
    </View>
  )
}

function BudgetLines({ work, ctx }: { work: PeriodWork; ctx: ReviewContext }) {
  const budget = work.budget
  if (!budget) return null
  const lines: string[] = []
  if (budget.mediaPlanned && budget.mediaSpent && budget.mediaPlanned.amountMinor > 0) {
    lines.push(
      ctx.r('aim.media', {
        spent: formatMoney(budget.mediaSpent, ctx.language, { whole: true }),
        planned: formatMoney(budget.mediaPlanned, ctx.language, { whole: true }),
        share: formatShare(budget.mediaSpent.amountMinor / budget.mediaPlanned.amountMinor, ctx.language),
      }),
    )
  }
  if (budget.workHoursPlanned > 0) {
    lines.push(
      ctx.r('aim.work', {
        used: formatNumber(budget.workHoursUsed, ctx.language, budget.workHoursUsed % 1 === 0 ? 0 : 1),
        planned: formatNumber(
          budget.workHoursPlanned,
          ctx.language,
          budget.workHoursPlanned % 1 === 0 ? 0 : 1,
        ),
      }),
    )
  }
  return (
    <View style={{ marginBottom: 6 }}>
      {lines.map((line) => (
        <Text key={line} style={styles.budget}>
          {line}
        </Text>
      ))}
    </View>
  )
}

/** The review meeting's part: agreed, feedback, plans and the strategy draft. */
export function ReviewMeetingBlock({
  review,
  aim,
  ctx,
}: {
  review: ReviewMeeting | null
  aim: CooperationPeriod['aim'] | 'year'
  ctx: ReviewContext
}) {
  const asksStrategy = aim === 'q4-year-to-year' || aim === 'year'
  if (!review) {
    return asksStrategy ? (
      <Text style={[styles.ask, { backgroundColor: tint(ctx.accent, 0.92) }]}>
        {ctx.r('aim.strategyAsk')}
      </Text>
    ) : null
  }
  const hasContent =
    review.decisions.length > 0 || review.clientAnswers !== '' || review.nextYearPlans !== '' || asksStrategy
  return (
    <View style={styles.meeting}>
      <Text style={styles.note}>
        {ctx.r(review.held ? 'aim.reviewHeld' : 'aim.reviewPlanned', {
          date: date(review.date, ctx.language),
        })}
      </Text>
      {hasContent ? (
        <View>
          {review.decisions.length > 0 ? (
            <View>
              <Subheading>{ctx.r('aim.decisions')}</Subheading>
              <BulletList items={review.decisions} color={ctx.accent} />
            </View>
          ) : null}
          {review.clientAnswers !== '' ? (
            <View>
              <Subheading>{ctx.r('aim.clientAnswers')}</Subheading>
              <WrittenText text={review.clientAnswers} />
            </View>
          ) : null}
          {review.nextYearPlans !== '' ? (
            <View>
              <Subheading>{ctx.r('aim.nextYearPlans')}</Subheading>
              <WrittenText text={review.nextYearPlans} />
            </View>
          ) : null}
          {asksStrategy ? (
            <Text style={[styles.ask, { backgroundColor: tint(ctx.accent, 0.92) }]}>
              {ctx.r(review.strategyDraftReceived ? 'aim.strategyReceived' : 'aim.strategyAsk')}
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

/** What the period's work was, as facts and lists. */
export function WorkDone({
  work,
  testsLearned,
  ctx,
}: {
  work: PeriodWork
  testsLearned: number
  ctx: ReviewContext
}) {
  const facts = [
    testsLearned > 0 ? ctx.r('aim.testsLearned', { count: testsLearned }) : null,
    work.tasksDone > 0 ? ctx.r('aim.tasksDone', { count: work.tasksDone }) : null,
  ].filter((fact): fact is string => fact !== null)
  const campaigns = work.campaignsLaunched.length + work.campaignsEnded.length
  if (facts.length === 0 && campaigns === 0 && !work.budget)
    return <Text style={styles.note}>{ctx.r('aim.nothing')}</Text>
  return (
    <View>
      {campaigns > 0 ? (
        <View style={styles.columns}>
          <CampaignList
            title={ctx.r('aim.campaignsLaunched', { count: work.campaignsLaunched.length })}
            items={work.campaignsLaunched}
            ctx={ctx}
          />
          <CampaignList
            title={ctx.r('aim.campaignsEnded', { count: work.campaignsEnded.length })}
            items={work.campaignsEnded}
            ctx={ctx}
          />
        </View>
      ) : null}
      <View style={styles.facts}>
        {facts.map((fact) => (
          <Text
            key={fact}
            style={[styles.fact, { color: ctx.accent, backgroundColor: tint(ctx.accent, 0.9) }]}
          >
            {fact}
          </Text>
        ))}
      </View>
      <BudgetLines work={work} ctx={ctx} />
    </View>
  )
}

/** The section: the aim, what we did, and the review meeting. */
export function AimSection({
  cooperation,
  calendarNote,
  work,
  testsLearned,
  review,
  ctx,
}: {
  cooperation: CooperationPeriod | null
  /** For a calendar quarter, which cooperation quarter it mostly is; before the cooperation, that. */
  calendarNote: string | null
  work: PeriodWork
  testsLearned: number
  review: ReviewMeeting | null
  ctx: ReviewContext
}) {
  const aim = cooperation?.aim ?? null
  return (
    <Section title={ctx.r('aim.title')} presenceAhead={140}>
      {aim ? (
        <View style={[styles.aim, { borderLeftColor: ctx.accent }]} wrap={false}>
          <Text style={styles.aimName}>{ctx.r(`aim.names.${aim}`)}</Text>
          <Text style={styles.aimText}>{ctx.r(`aim.descriptions.${aim}`)}</Text>
        </View>
      ) : null}
      {calendarNote ? <Text style={styles.note}>{calendarNote}</Text> : null}
      {cooperation === null ? null : (
        // What was done reads as one block: its budget lines do not start the next page alone.
        <View wrap={work.campaignsLaunched.length + work.campaignsEnded.length > 12}>
          <Subheading>{ctx.r('aim.done')}</Subheading>
          <WorkDone work={work} testsLearned={testsLearned} ctx={ctx} />
        </View>
      )}
      <ReviewMeetingBlock review={review} aim={aim} ctx={ctx} />
    </Section>
  )
}

/** The annual report's account of the year: what was done, and the annual review. */
export function YearWorkSection({
  work,
  testsLearned,
  review,
  ctx,
}: {
  work: PeriodWork
  testsLearned: number
  review: ReviewMeeting | null
  ctx: ReviewContext
}) {
  return (
    <Section title={ctx.r('annual.doneTitle')} presenceAhead={120}>
      <WorkDone work={work} testsLearned={testsLearned} ctx={ctx} />
      <ReviewMeetingBlock review={review} aim="year" ctx={ctx} />
    </Section>
  )
}
