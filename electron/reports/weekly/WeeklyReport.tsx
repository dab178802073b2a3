/**
 * The weekly client summary (seed 000: after the internal weekly the account manager distils the
 * card's key points for the client): the summary as written, the month's budget use as it stood,
 * and the client touchpoints of the coming two weeks — one or two pages.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReportMilestone, WeeklyReportInput } from '@shared/reports/report-input'
import { BudgetUse } from '../components/BudgetUse'
import { DataTable } from '../components/DataTable'
import { milestoneText } from '../format'
import { Logo } from '../components/Logo'
import { contextOf } from '../components/report-context'
import { ReportShell } from '../components/ReportShell'
import { Section } from '../components/Section'
import { WrittenText } from '../components/TextBlocks'
import { capitalize, date, longMonth, shortDate } from '../format'
import { COLORS, SIZES } from '../theme'

const styles = StyleSheet.create({
  title: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    marginBottom: 18,
    paddingBottom: 12,
    borderBottomWidth: 2,
  },
  heading: { fontSize: SIZES.h1, fontWeight: 700, color: COLORS.text },
  client: { fontSize: SIZES.lead, fontWeight: 600, color: COLORS.text, marginTop: 4 },
  meta: { fontSize: SIZES.small, color: COLORS.muted, marginTop: 3 },
  note: { fontSize: SIZES.body, color: COLORS.muted },
})

/** The week's number of an ISO week key (`2026-W47` → `47`). */
function weekNumber(key: string): string {
  return /W(\d+)$/.exec(key)?.[1]?.replace(/^0/, '') ?? key
}

/** The weekly client summary document. */
export function WeeklyReport({ input }: { input: WeeklyReportInput }) {
  const ctx = contextOf(input, input.budget?.currency ?? 'EUR')
  const { t, language } = ctx
  const week = t('weekly.week', {
    week: weekNumber(input.period.key),
    from: date(input.period.start, language),
    to: date(input.period.end, language),
  })
  const title = t('weekly.title')
  return (
    <ReportShell
      input={input}
      ctx={ctx}
      title={title}
      periodLabel={week}
      withCover={false}
      withVerification={false}
    >
      <View style={[styles.title, { borderBottomColor: ctx.accent }]}>
        <View style={{ flex: 1, paddingRight: 16 }}>
          <Text style={styles.heading}>{title}</Text>
          <Text style={styles.client}>{input.client.name}</Text>
          <Text style={styles.meta}>{week}</Text>
          <Text style={styles.meta}>{t('weekly.heldOn', { date: date(input.heldOn, language) })}</Text>
        </View>
        <Logo src={input.client.logoDataUrl} width={120} height={48} align="right" />
      </View>
      <Section title={t('weekly.summary')} presenceAhead={40} keepTogether={input.summary.length <= 1200}>
        <WrittenText text={input.summary} />
      </Section>
      {input.budget ? (
        <Section
          title={`${t('weekly.budget')} · ${capitalize(longMonth(input.budget.month, language), language)}`}
          presenceAhead={70}
        >
          <BudgetUse budget={input.budget} ctx={ctx} />
        </Section>
      ) : null}
      <Section title={t('weekly.upcoming')} presenceAhead={40} keepTogether={input.upcoming.length <= 12}>
        {input.upcoming.length === 0 ? (
          <Text style={styles.note}>{t('weekly.noUpcoming')}</Text>
        ) : (
          <DataTable<ReportMilestone>
            columns={[
              {
                key: 'date',
                header: t('monthly.date'),
                width: 60,
                render: (m) => shortDate(m.date, language),
              },
              { key: 'what', header: t('monthly.what'), render: (m) => milestoneText(m, ctx.t) },
              { key: 'campaign', header: t('monthly.campaign'), width: 190, render: (m) => m.campaign },
            ]}
            rows={input.upcoming}
            rowKey={(m, i) => `${m.date}-${i}`}
          />
        )}
      </Section>
    </ReportShell>
  )
}
