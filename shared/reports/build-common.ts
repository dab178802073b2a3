/** What every report builder shares: branding, images the PDF can embed, periods and budgets. */
import { budgetBurn } from '../budget'
import { calendarDateIn } from '../cadence/state'
import { PDF_IMAGE_DATA_URL } from '../images'
import { monthIndex } from '../results/months'
import type { BudgetMonth, Client, Commentary, PeriodKind } from '../schemas'
import type { ReportBudget, ReportParty, ReportPeriod } from './report-input'
import type { ReportBuildOptions, ReportSources } from './sources'

/** An image the PDF can embed (PNG or JPEG), or null for anything else (WebP, SVG). */
export function embeddableImage(dataUrl: string | null | undefined): string | null {
  return dataUrl && PDF_IMAGE_DATA_URL.test(dataUrl) ? dataUrl : null
}

/** A name on one line: a PDF line has no room for breaks typed into a name. */
function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The client as the report shows it. */
export function clientParty(client: Client): ReportParty {
  return {
    name: singleLine(client.name),
    logoDataUrl: embeddableImage(client.branding.logoDataUrl),
    color: client.branding.primaryColor,
  }
}

/** The agency as the report shows it. */
export function agencyParty(settings: ReportSources['settings']): ReportParty {
  return {
    name: singleLine(settings.agencyName),
    logoDataUrl: embeddableImage(settings.agencyLogoDataUrl),
    color: settings.primaryColor,
  }
}

/** The last calendar day of a month. */
export function lastDayOfMonth(month: string): string {
  const index = monthIndex(month) + 1
  const next = new Date(Date.UTC(Math.floor(index / 12), index % 12, 1))
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10)
}

/** A calendar month as a report period. */
export function monthPeriod(month: string): ReportPeriod {
  return { key: month, start: `${month}-01`, end: lastDayOfMonth(month) }
}

/** The commentary of a period, if one was written (deleted ones skipped). */
export function findCommentary(
  commentaries: readonly Commentary[],
  clientId: string,
  periodKind: PeriodKind,
  period: string,
): Commentary | null {
  return (
    commentaries.find(
      (c) =>
        c.deletedAt === null && c.clientId === clientId && c.periodKind === periodKind && c.period === period,
    ) ?? null
  )
}

/** Whether the report is a draft: as asked, else while its period is not verified. */
export function isDraft(options: ReportBuildOptions, verifiedAt: string | null): boolean {
  return options.draft ?? verifiedAt === null
}

/** The budget use of a client month on `today`; null without a budget (or with mixed currencies). */
export function budgetOf(
  budgets: readonly BudgetMonth[],
  clientId: string,
  month: string,
  today: string,
): ReportBudget | null {
  const budget = budgets.find((b) => b.deletedAt === null && b.clientId === clientId && b.month === month)
  if (!budget) return null
  if (budget.mediaPlanned.currency !== budget.mediaSpent.currency) return null
  const burn = budgetBurn(budget, today)
  return {
    month,
    phase: burn.phase,
    currency: burn.currency,
    media: burn.media,
    work: burn.work,
    workFee: budget.workFee,
  }
}

/** The calendar day an instant falls on for the client. */
export function clientDate(instant: string, timezone: string): string {
  return calendarDateIn(instant, timezone)
}
