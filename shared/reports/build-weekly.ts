/**
 * The weekly client summary's input (issue 7, seed 000 "after the weekly"): the client summary
 * the account manager distilled from the client's card at an internal weekly, as written, with
 * the month's budget use as it stood that day and the campaigns' client touchpoints ahead.
 */
import { isoWeekKey, mondayOf, parseDay, formatDay } from '../cadence/days'
import { monthOfDate } from '../results/months'
import type { Meeting } from '../schemas'
import { agencyParty, budgetOf, clientDate, clientParty, isDraft } from './build-common'
import { milestonesBetween } from './build-monthly'
import type { WeeklyReportInput } from './report-input'
import type { ReportBuildOptions, ReportSources } from './sources'

/** Days ahead of the weekly whose client touchpoints the summary lists. */
export const UPCOMING_DAYS = 14

/** Thrown when a weekly has no client summary for the client to print. */
export class NoWeeklySummaryError extends Error {
  constructor(clientName: string, meetingId: string) {
    super(`The weekly ${meetingId} has no client summary for ${clientName} yet: distil it first.`)
    this.name = 'NoWeeklySummaryError'
  }
}

/**
 * The client's summary at a weekly: the distilled client summary, or for a light client (who gets
 * no card, seed 000) the one-line "changes" the team wrote instead.
 */
export function weeklySummaryText(meeting: Meeting, clientId: string): string {
  const card = meeting.weeklyCards.find((c) => c.clientId === clientId)
  if (!card) return ''
  const summary = card.clientSummary.trim()
  return summary !== '' ? summary : card.changesLine.trim()
}

/** The client's latest internal weekly with a distilled summary, or null when there is none. */
export function latestWeeklyWithSummary(sources: Pick<ReportSources, 'client' | 'meetings'>): Meeting | null {
  return (
    sources.meetings
      .filter(
        (m) =>
          m.deletedAt === null &&
          m.kind === 'internal-weekly' &&
          weeklySummaryText(m, sources.client.id) !== '',
      )
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0] ?? null
  )
}

/** The weekly summary input of the internal weekly `meetingId` for the sources' client. */
export function buildWeeklyReportInput(
  sources: ReportSources,
  meetingId: string,
  options: ReportBuildOptions,
): WeeklyReportInput {
  const { client } = sources
  const meeting = sources.meetings.find((m) => m.id === meetingId && m.deletedAt === null)
  const summary = meeting ? weeklySummaryText(meeting, client.id) : ''
  if (!meeting || summary === '') throw new NoWeeklySummaryError(client.name, meetingId)
  const heldOn = clientDate(meeting.finishedAt ?? meeting.startsAt, client.timezone)
  const day = parseDay(heldOn) ?? 0
  const monday = mondayOf(day)
  const campaigns = sources.campaigns.filter((c) => c.deletedAt === null && c.clientId === client.id)
  return {
    kind: 'weekly',
    language: client.language,
    timezone: client.timezone,
    client: clientParty(client),
    agency: agencyParty(sources.settings),
    period: { key: isoWeekKey(monday), start: formatDay(monday), end: formatDay(monday + 6) },
    // A summary is the PM's own words, reviewed when distilled: it is no draft unless asked.
    draft: isDraft({ ...options, draft: options.draft ?? false }, null),
    verifiedAt: null,
    generatedAt: options.now,
    meetingId: meeting.id,
    heldOn,
    summary,
    budget: budgetOf(sources.budgets, client.id, monthOfDate(heldOn), heldOn),
    upcoming: milestonesBetween(campaigns, formatDay(day + 1), formatDay(day + UPCOMING_DAYS)),
  }
}
