/**
 * What the quarterly and annual report builders share: the model input from the sources, the
 * commentary, the verified date, the metrics each section shows and the review content.
 *
 * Policy:
 * - A calendar period is verified when its own commentary is; a cooperation period (which has
 *   no commentary of its own) when every one of its months is, as of the latest of them.
 * - The review content (cooperation period, work, lean loop, review meeting) is read as of the
 *   build's `today` (shared/reports/review-content.ts).
 */
import { metricOfDecrease } from '../results/commentary-decreases'
import { monthValues } from '../results/figures'
import type { MetricDefinition } from '../results/metrics'
import { modelContext, type ModelInput } from '../results/model-input'
import type { ResultsPeriod } from '../results/periods'
import type { Commentary } from '../schemas'
import { agencyParty, clientParty, isDraft } from './build-common'
import { columnKeys, primaryKey, tileKeys, trendKeys, type SelectableFigure } from './metric-selection'
import type { ReportCommentary, ReviewSelection } from './report-input'
import { cooperationPeriodOf, periodLeanLoop, periodWork, reviewOfMeeting } from './review-content'
import { commentaryForPeriod, periodDates, reviewMeetingForPeriod } from './review-sources'
import type { ReportBuildOptions, ReportSources } from './sources'

/** KPI tiles on the quarterly and annual reports. */
export const REVIEW_TILES = 8
/** Metrics charted month by month on the quarterly and annual reports. */
export const REVIEW_CHARTS = 2

/** The model input of the sources' client (deleted records left out). */
export function reviewModelInput(sources: ReportSources): ModelInput {
  const { client } = sources
  return {
    client,
    rows: sources.rows,
    targets: sources.targets.filter((t) => t.deletedAt === null),
    campaigns: sources.campaigns
      .filter((c) => c.deletedAt === null && c.clientId === client.id)
      .map((c) => ({ id: c.id, name: c.name })),
  }
}

/** Each month's values of a run of months, as the models give them (shared/results/figures.ts). */
export function monthsOf(input: ModelInput, months: readonly string[]) {
  return monthValues(modelContext(input).index, months)
}

/** The commentary as the report prints it: trimmed, empty lines left out. */
export function reportCommentary(
  commentary: Commentary | null,
  metrics: readonly MetricDefinition[],
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

/** When the period's data was verified (see the policy), or null. */
export function periodVerifiedAt(
  sources: ReportSources,
  period: ResultsPeriod,
  commentary: Commentary | null,
): string | null {
  if (period.scheme === 'calendar') return commentary?.verifiedAt ?? null
  let latest: string | null = null
  for (const month of period.months) {
    const own = sources.commentaries.find(
      (c) =>
        c.deletedAt === null &&
        c.clientId === sources.client.id &&
        c.periodKind === 'month' &&
        c.period === month,
    )
    if (!own?.verifiedAt) return null
    if (latest === null || own.verifiedAt > latest) latest = own.verifiedAt
  }
  return latest
}

/** The metrics each section shows. */
export function reviewSelection(
  metrics: readonly MetricDefinition[],
  kpis: readonly SelectableFigure[],
  months: readonly { values: Record<string, number | null> }[],
  breakdowns: readonly { figures: readonly SelectableFigure[] }[],
): ReviewSelection {
  const series = metrics.map((m) => ({
    key: m.key,
    values: months.map((month) => month.values[m.key] ?? null),
  }))
  return {
    tiles: tileKeys(metrics, kpis, REVIEW_TILES),
    charts: trendKeys(metrics, series, REVIEW_CHARTS),
    columns: columnKeys(breakdowns),
    primary: primaryKey(breakdowns),
  }
}

/** The parts every quarterly and annual input has besides its model and selection. */
export function reviewInputBase(
  sources: ReportSources,
  period: ResultsPeriod,
  metrics: readonly MetricDefinition[],
  options: ReportBuildOptions,
) {
  const { client } = sources
  const commentary = commentaryForPeriod(sources.commentaries, client.id, period)
  const verifiedAt = periodVerifiedAt(sources, period, commentary)
  const meeting = reviewMeetingForPeriod(sources.meetings, client, period)
  const { from, to } = periodDates(period.months)
  const campaigns = sources.campaigns.filter((c) => c.deletedAt === null && c.clientId === client.id)
  return {
    commentaryRecord: commentary,
    base: {
      language: client.language,
      timezone: client.timezone,
      client: clientParty(client),
      agency: agencyParty(sources.settings),
      period: { key: period.key ?? '', start: from, end: to },
      draft: isDraft(options, verifiedAt),
      verifiedAt,
      generatedAt: options.now,
    },
    review: {
      cooperationStart: client.cooperationStart,
      commentary: reportCommentary(commentary, metrics),
      cooperation: cooperationPeriodOf(period, client.cooperationStart),
      work: periodWork(
        {
          clientId: client.id,
          timezone: client.timezone,
          tasks: sources.tasks,
          campaigns,
          experiments: sources.experiments,
          budgetMonths: sources.budgets,
        },
        period.months,
        options.today,
        options.now,
      ),
      review: meeting ? reviewOfMeeting(meeting, client.timezone) : null,
      leanLoop: periodLeanLoop(
        { clientId: client.id, timezone: client.timezone, experiments: sources.experiments, campaigns },
        period.months,
        options.today,
      ),
    },
  }
}
