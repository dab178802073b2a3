/**
 * The monthly report's input (issue 7) from one client's records: the monthly report model
 * (every figure), the metrics each section shows, the PM's commentary as written, the month's
 * media and work budget use, and next month's plan — the campaigns, their client touchpoints and
 * the tasks due then, with next month's budget.
 */
import { metricOfDecrease } from '../results/commentary-decreases'
import { buildMonthlyModel } from '../results/models'
import { addMonths } from '../results/months'
import type { Campaign, Commentary, Task } from '../schemas'
import { agencyParty, budgetOf, clientParty, findCommentary, isDraft, monthPeriod } from './build-common'
import { columnKeys, primaryKey, tileKeys, trendKeys } from './metric-selection'
import type {
  MonthlyReportInput,
  NextMonthPlan,
  ReportCampaign,
  ReportCommentary,
  ReportMilestone,
} from './report-input'
import type { ReportBuildOptions, ReportSources } from './sources'

/** KPI tiles on the monthly report. */
export const MONTHLY_TILES = 8
/** Trend charts on the monthly report. */
export const MONTHLY_TRENDS = 4

const PLANNED_STAGES: readonly Campaign['stage'][] = ['planned', 'in-production', 'live', 'testing']

function commentaryOf(
  commentary: Commentary | null,
  metrics: MonthlyReportInput['model']['metrics'],
): ReportCommentary | null {
  if (!commentary) return null
  const lines = (list: readonly string[]) => list.map((line) => line.trim()).filter((line) => line !== '')
  return {
    summary: commentary.summary.trim(),
    highlights: lines(commentary.highlights),
    decreases: commentary.decreases
      .filter((d) => d.metric.trim() !== '' || d.cause.trim() !== '' || d.fix.trim() !== '')
      .map((d) => ({
        metric: d.metric.trim(),
        metricKey: metricOfDecrease(d.metric, metrics)?.key ?? null,
        cause: d.cause.trim(),
        fix: d.fix.trim(),
      })),
    nextSteps: lines(commentary.nextSteps),
  }
}

function overlaps(campaign: Campaign, start: string, end: string): boolean {
  if (campaign.startDate === null) return campaign.stage === 'planned' || campaign.stage === 'in-production'
  return campaign.startDate <= end && (campaign.endDate === null || campaign.endDate >= start)
}

function planCampaign(campaign: Campaign): ReportCampaign {
  return {
    name: campaign.name,
    channels: campaign.channels,
    stage: campaign.stage,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
  }
}

/** The client touchpoints of campaigns between two dates, not yet done, by date. */
export function milestonesBetween(
  campaigns: readonly Campaign[],
  from: string,
  to: string,
): ReportMilestone[] {
  return campaigns
    .flatMap((campaign) =>
      campaign.milestones
        .filter((m) => m.doneAt === null && m.date >= from && m.date <= to)
        .map((m) => ({ date: m.date, kind: m.kind, label: m.label.trim(), campaign: campaign.name })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.campaign.localeCompare(b.campaign))
}

function nextMonthPlan(sources: ReportSources, month: string, campaigns: readonly Campaign[]): NextMonthPlan {
  const next = addMonths(month, 1)
  const { start, end } = monthPeriod(next)
  const budget = sources.budgets.find(
    (b) => b.deletedAt === null && b.clientId === sources.client.id && b.month === next,
  )
  const tasks = sources.tasks
    .filter(
      (t: Task) =>
        t.deletedAt === null &&
        t.clientId === sources.client.id &&
        t.status !== 'done' &&
        t.deadline !== null &&
        t.deadline >= start &&
        t.deadline <= end,
    )
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.sequence - b.sequence)
    .map((t) => ({ title: t.title, deadline: t.deadline }))
  return {
    month: next,
    campaigns: campaigns
      .filter((c) => PLANNED_STAGES.includes(c.stage) && overlaps(c, start, end))
      .sort(
        (a, b) =>
          (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.name.localeCompare(b.name),
      )
      .map(planCampaign),
    milestones: milestonesBetween(campaigns, start, end),
    tasks,
    budget: budget ? { mediaPlanned: budget.mediaPlanned, workHoursPlanned: budget.workHoursPlanned } : null,
  }
}

/** The monthly report input of `month` (`YYYY-MM`) for the sources' client. */
export function buildMonthlyReportInput(
  sources: ReportSources,
  month: string,
  options: ReportBuildOptions,
): MonthlyReportInput {
  const { client } = sources
  const campaigns = sources.campaigns.filter((c) => c.deletedAt === null && c.clientId === client.id)
  const model = buildMonthlyModel(
    {
      client,
      rows: sources.rows,
      targets: sources.targets.filter((t) => t.deletedAt === null),
      campaigns: campaigns.map((c) => ({ id: c.id, name: c.name })),
    },
    month,
  )
  const commentary = findCommentary(sources.commentaries, client.id, 'month', month)
  const verifiedAt = commentary?.verifiedAt ?? null
  const breakdownRows = [...model.channels, ...model.campaigns]
  return {
    kind: 'monthly',
    language: client.language,
    timezone: client.timezone,
    client: clientParty(client),
    agency: agencyParty(sources.settings),
    period: monthPeriod(month),
    draft: isDraft(options, verifiedAt),
    verifiedAt,
    generatedAt: options.now,
    model,
    selection: {
      tiles: tileKeys(model.metrics, model.kpis, MONTHLY_TILES),
      trends: trendKeys(model.metrics, model.series.metrics, MONTHLY_TRENDS),
      columns: columnKeys(breakdownRows),
      primary: primaryKey(breakdownRows),
    },
    commentary: commentaryOf(commentary, model.metrics),
    budget: budgetOf(sources.budgets, client.id, month, options.today),
    plan: nextMonthPlan(sources, month, campaigns),
  }
}
