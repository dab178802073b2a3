/**
 * Next month's plan (seed 002 "prepare next month's publishing schedule"): the campaigns that run,
 * their client touchpoints by date, the work planned, and next month's budget.
 */
import { Text, View } from '@react-pdf/renderer'
import { formatMoney, formatNumber } from '@shared/format'
import type {
  MonthlyReportInput,
  ReportCampaign,
  ReportMilestone,
  ReportTask,
} from '@shared/reports/report-input'
import type { ReportContext } from '../components/context'
import { DataTable } from '../components/DataTable'
import { milestoneText } from '../format'
import { Section, Subheading } from '../components/Section'
import { dateRange, longMonth, shortDate } from '../format'
import { COLORS, SIZES } from '../theme'

/** A list of at most this many rows stays on one page with its heading. */
const KEEP_TOGETHER = 12

/** The plan section. */
export function Plan({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const { plan } = input
  const month = longMonth(plan.month, ctx.language)
  const empty = plan.campaigns.length === 0 && plan.milestones.length === 0 && plan.tasks.length === 0
  const budget = plan.budget
  return (
    <Section title={ctx.t('monthly.plan', { month })} presenceAhead={90}>
      {empty ? (
        <Text style={{ fontSize: SIZES.body, color: COLORS.muted, marginBottom: 6 }}>
          {ctx.t('monthly.planEmpty', { month })}
        </Text>
      ) : null}
      {plan.campaigns.length > 0 ? (
        <View style={{ marginBottom: 10 }} wrap={plan.campaigns.length > KEEP_TOGETHER}>
          <Subheading>{ctx.t('monthly.planCampaigns')}</Subheading>
          <DataTable<ReportCampaign>
            columns={[
              { key: 'name', header: ctx.t('monthly.campaign'), render: (c) => c.name },
              {
                key: 'channels',
                header: ctx.t('monthly.channel'),
                width: 130,
                render: (c) => c.channels.map((ch) => ctx.t(`channels.${ch}`)).join(', ') || '—',
              },
              {
                key: 'stage',
                header: ctx.t('monthly.stage'),
                width: 70,
                render: (c) => ctx.t(`stages.${c.stage}`),
              },
              {
                key: 'dates',
                header: ctx.t('monthly.dates'),
                width: 130,
                render: (c) => dateRange(c.startDate, c.endDate, ctx.language),
              },
            ]}
            rows={plan.campaigns}
            rowKey={(c, i) => `${c.name}-${i}`}
          />
        </View>
      ) : null}
      {plan.milestones.length > 0 ? (
        <View style={{ marginBottom: 10 }} wrap={plan.milestones.length > KEEP_TOGETHER}>
          <Subheading>{ctx.t('monthly.planSchedule')}</Subheading>
          <DataTable<ReportMilestone>
            columns={[
              {
                key: 'date',
                header: ctx.t('monthly.date'),
                width: 60,
                render: (m) => shortDate(m.date, ctx.language),
              },
              { key: 'what', header: ctx.t('monthly.what'), render: (m) => milestoneText(m, ctx.t) },
              { key: 'campaign', header: ctx.t('monthly.campaign'), width: 190, render: (m) => m.campaign },
            ]}
            rows={plan.milestones}
            rowKey={(m, i) => `${m.date}-${i}`}
          />
        </View>
      ) : null}
      {plan.tasks.length > 0 ? (
        <View style={{ marginBottom: 10 }} wrap={plan.tasks.length > KEEP_TOGETHER}>
          <Subheading>{ctx.t('monthly.planTasks')}</Subheading>
          <DataTable<ReportTask>
            columns={[
              {
                key: 'deadline',
                header: ctx.t('monthly.deadline'),
                width: 60,
                render: (task) => (task.deadline ? shortDate(task.deadline, ctx.language) : '—'),
              },
              { key: 'title', header: ctx.t('monthly.what'), render: (task) => task.title },
            ]}
            rows={plan.tasks}
            rowKey={(task, i) => `${task.title}-${i}`}
          />
        </View>
      ) : null}
      {budget && (budget.mediaPlanned !== null || budget.workHoursPlanned !== null) ? (
        <Text style={{ fontSize: SIZES.body, color: COLORS.text }}>
          {ctx.t('monthly.planBudget', {
            media: budget.mediaPlanned
              ? formatMoney(budget.mediaPlanned, ctx.language, { whole: true })
              : '—',
            hours:
              budget.workHoursPlanned === null
                ? '—'
                : formatNumber(
                    budget.workHoursPlanned,
                    ctx.language,
                    Number.isInteger(budget.workHoursPlanned) ? 0 : 1,
                  ),
          })}
        </Text>
      ) : null}
    </Section>
  )
}
