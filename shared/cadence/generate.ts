/**
 * The cadence engine (PRODUCT.md "The cadence engine", seed 002): clients + settings + a date
 * range → the touchpoints of the rhythm due in that range.
 *
 * Policy — when each kind is due (every rule in whole calendar dates of the agency's business
 * calendar, see calendar.ts; the client's time zone does not move a date, it only decides what
 * "today" is, see `calendarDateIn`):
 * - monday-plan-mail (active clients): the week's first business day — Monday, or when Monday
 *   is a holiday the next business day of the same ISO week (Tuesday after Easter Monday).
 * - friday-summary (active clients) and internal-weekly (the agency, clientId null): the week's
 *   last business day — Friday, or the previous business day when Friday is a holiday.
 *   A week without any business day (an office closed all week) has none of the three: moving
 *   them into the next week would collide with that week's own mails.
 * - monthly-report (active and light): the Nth business day (Settings
 *   `monthlyReportBusinessDay`) of the month after the month reported on; weekends, non-workdays
 *   and holidays are skipped. Reported months start with the cooperation's first month.
 * - publishing-schedule (active and light): the 5th-last business day of the month before the
 *   month it schedules, leaving the month's last working week for the client's approval.
 * - quarterly-review (active and light): at the end of each quarter *of cooperation*: quarter k
 *   ends k × 3 months after cooperationStart, counted from the start each time and clamped to
 *   the month's end (start Jan 31 → Apr 30, Jul 31, Oct 31, Jan 31; start Feb 29 → Feb 28 in
 *   common years). Due on that date, or the previous business day when it is not one: the
 *   review is held by the quarter's end. Quarter 4 is the year-to-year review.
 * - annual-report: at each cooperation anniversary (12 × y months after the start, clamped),
 *   or the previous business day — it is presented in the Q4 review of the same day.
 * - annual-review: opens the last two weeks before the anniversary — due on the first business
 *   day on or after anniversary − 14 days (never later than the report): seed 002 insists the
 *   client is asked for next year's strategy draft *before* the year-end meeting, so the
 *   review's preparation and that request must start two weeks ahead.
 * - onboarding: welcome-contact on the first business day on or after the start;
 *   onboarding-checklist by the last business day of the first 2 weeks (start + 13 days);
 *   onboarding-workshop by the last business day of the first 3 weeks (start + 20 days); each
 *   no earlier than the step before it.
 * Archived or deleted clients get nothing, and no client gets a touchpoint due before its
 * cooperation starts. Every due date depends only on the client, the settings and the period,
 * never on the range asked for, so generating [a, c] equals generating [a, b] and [b + 1, c].
 */
import type { Client } from '../schemas/client'
import type { TouchpointKind } from '../schemas/enums'
import { TOUCHPOINT_KINDS } from '../schemas/enums'
import type { SettingsInput } from '../schemas/settings'
import type { TouchpointInput } from '../schemas/touchpoint'
import {
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysOfWeek,
  cadenceCalendar,
  nthBusinessDayBack,
  nthBusinessDayFrom,
  type CadenceCalendar,
} from './calendar'
import {
  addMonthsClamped,
  firstDayOfMonth,
  formatDay,
  isoWeekKey,
  lastDayOfMonth,
  mondayOf,
  monthIndexOf,
  monthKey,
  monthsBetween,
  parseDay,
  type DayNumber,
} from './days'
import { coopQuarterKey, coopQuarterOfIndex, coopYearKey } from './periods'

/** What the engine reads of a client (a stored Client fits). */
export type CadenceClient = Pick<
  Client,
  'id' | 'activityLevel' | 'cooperationStart' | 'archivedAt' | 'deletedAt'
>

/** What the engine reads of the settings (stored Settings fit). */
export type CadenceSettings = Pick<SettingsInput, 'workdays' | 'holidays' | 'monthlyReportBusinessDay'>

/** The engine's input: clients, settings and an inclusive range of due dates `YYYY-MM-DD`. */
export type GenerateTouchpointsInput = {
  clients: readonly CadenceClient[]
  settings: CadenceSettings
  from: string
  to: string
}

/** Input the engine cannot work with; the message names the faulty value. */
export class CadenceInputError extends RangeError {
  override name = 'CadenceInputError'
}

/** Business days before month end the next month's publishing schedule is due (the 5th-last). */
export const PUBLISHING_SCHEDULE_BUSINESS_DAYS = 5
/** Calendar days before the anniversary the annual review opens. */
export const ANNUAL_REVIEW_DAYS_BEFORE = 14
/** Calendar days from the start within which the onboarding checklist is due (2 weeks). */
export const ONBOARDING_CHECKLIST_DAYS = 14
/** Calendar days from the start within which the onboarding workshop is due (3 weeks). */
export const ONBOARDING_WORKSHOP_DAYS = 21

/**
 * The indexes of a period sequence whose due dates fall in [from, to], walking out from a guess.
 * `dueOf` must be non-decreasing in the index (every rule above is), which makes the walk exact.
 */
function indexesDueIn(
  guess: number,
  min: number,
  dueOf: (index: number) => DayNumber,
  from: DayNumber,
  to: DayNumber,
): number[] {
  let start = Math.max(guess, min)
  while (start > min && dueOf(start - 1) >= from) start--
  while (dueOf(start) < from) start++
  const indexes: number[] = []
  for (let index = start; dueOf(index) <= to; index++) indexes.push(index)
  return indexes
}

/** Memoises a function of an integer, for agency-wide dates every client shares. */
function memo<T>(compute: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = compute(key)
      cache.set(key, value)
    }
    return value
  }
}

function parseOrThrow(text: string, what: string): DayNumber {
  const day = parseDay(text)
  if (day === null) throw new CadenceInputError(`${what} "${text}" is not a date as YYYY-MM-DD`)
  return day
}

type Context = {
  calendar: CadenceCalendar
  from: DayNumber
  to: DayNumber
  before: (day: DayNumber) => DayNumber
  after: (day: DayNumber) => DayNumber
  format: (day: DayNumber) => string
  out: TouchpointInput[]
}

function push(
  ctx: Context,
  clientId: string | null,
  kind: TouchpointKind,
  periodKey: string,
  due: DayNumber,
): void {
  if (due < ctx.from || due > ctx.to) return
  ctx.out.push({
    clientId,
    kind,
    periodKey,
    dueDate: ctx.format(due),
    status: 'due',
    skipReason: null,
    closedBy: null,
  })
}

const KIND_ORDER = new Map<string, number>(TOUCHPOINT_KINDS.map((kind, index) => [kind, index]))

/** Orders touchpoints by due date, then client (agency first), kind and period: a stable output. */
export function compareTouchpoints(a: TouchpointInput, b: TouchpointInput): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  const clientA = a.clientId ?? ''
  const clientB = b.clientId ?? ''
  if (clientA !== clientB) return clientA < clientB ? -1 : 1
  const kindDiff = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0)
  if (kindDiff !== 0) return kindDiff
  return a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : 0
}

/** The touchpoints of the rhythm due in [from, to], all 'due', in a deterministic order. */
export function generateTouchpoints(input: GenerateTouchpointsInput): TouchpointInput[] {
  const from = parseOrThrow(input.from, 'Range start')
  const to = parseOrThrow(input.to, 'Range end')
  const { settings } = input
  const nth = settings.monthlyReportBusinessDay
  if (!Number.isInteger(nth) || nth < 1) {
    throw new CadenceInputError(
      `Monthly report business day ${String(nth)} is not a whole number of at least 1`,
    )
  }
  const holidays = settings.holidays.map((text) => parseOrThrow(text, 'Holiday'))
  const clients = input.clients
    .filter((client) => client.archivedAt === null && client.deletedAt === null)
    .map((client) => ({
      client,
      start: parseOrThrow(client.cooperationStart, `Cooperation start of client ${client.id}`),
    }))
  if (from > to) return []

  const calendar = cadenceCalendar(settings.workdays, holidays)
  const ctx: Context = {
    calendar,
    from,
    to,
    before: memo((day) => businessDayOnOrBefore(calendar, day)),
    after: memo((day) => businessDayOnOrAfter(calendar, day)),
    format: memo(formatDay),
    out: [],
  }

  // Agency-wide dates, computed once and shared by every client.
  const weeks: { key: string; first: DayNumber; last: DayNumber }[] = []
  for (let monday = mondayOf(from); monday <= to; monday += 7) {
    const days = businessDaysOfWeek(calendar, monday)
    if (days) weeks.push({ key: isoWeekKey(monday), ...days })
  }
  for (const week of weeks) push(ctx, null, 'internal-weekly', week.key, week.last)

  const reportDue = memo((reported) => nthBusinessDayFrom(calendar, firstDayOfMonth(reported + 1), nth))
  const reportMonths = indexesDueIn(monthIndexOf(from) - 1, -Infinity, reportDue, from, to)
  const scheduleDue = memo((scheduled) =>
    nthBusinessDayBack(calendar, lastDayOfMonth(scheduled - 1), PUBLISHING_SCHEDULE_BUSINESS_DAYS),
  )
  const scheduleMonths = indexesDueIn(monthIndexOf(from) + 1, -Infinity, scheduleDue, from, to)

  for (const { client, start } of clients) {
    const id = client.id
    if (start > to) continue

    if (client.activityLevel === 'active') {
      for (const week of weeks) {
        if (week.first >= start) push(ctx, id, 'monday-plan-mail', week.key, week.first)
        if (week.last >= start) push(ctx, id, 'friday-summary', week.key, week.last)
      }
    }

    const startMonth = monthIndexOf(start)
    for (const month of reportMonths) {
      if (month >= startMonth) push(ctx, id, 'monthly-report', monthKey(month), reportDue(month))
    }
    for (const month of scheduleMonths) {
      const due = scheduleDue(month)
      if (due >= start) push(ctx, id, 'publishing-schedule', monthKey(month), due)
    }

    const quarterDue = (index: number): DayNumber =>
      Math.max(start, ctx.before(addMonthsClamped(start, index * 3)))
    const quarterGuess = Math.floor(monthsBetween(start, from) / 3)
    for (const index of indexesDueIn(quarterGuess, 1, quarterDue, from, to)) {
      push(ctx, id, 'quarterly-review', coopQuarterKey(coopQuarterOfIndex(index)), quarterDue(index))
    }

    const annualReportDue = (year: number): DayNumber =>
      Math.max(start, ctx.before(addMonthsClamped(start, year * 12)))
    const annualReviewDue = (year: number): DayNumber =>
      Math.min(
        annualReportDue(year),
        ctx.after(addMonthsClamped(start, year * 12) - ANNUAL_REVIEW_DAYS_BEFORE),
      )
    const yearGuess = Math.floor(monthsBetween(start, from) / 12)
    for (const year of indexesDueIn(yearGuess, 1, annualReviewDue, from, to)) {
      push(ctx, id, 'annual-review', coopYearKey(year), annualReviewDue(year))
    }
    for (const year of indexesDueIn(yearGuess, 1, annualReportDue, from, to)) {
      push(ctx, id, 'annual-report', coopYearKey(year), annualReportDue(year))
    }

    const welcome = ctx.after(start)
    const checklist = Math.max(welcome, ctx.before(start + ONBOARDING_CHECKLIST_DAYS - 1))
    const workshop = Math.max(checklist, ctx.before(start + ONBOARDING_WORKSHOP_DAYS - 1))
    const onboardingKey = coopYearKey(1)
    push(ctx, id, 'welcome-contact', onboardingKey, welcome)
    push(ctx, id, 'onboarding-checklist', onboardingKey, checklist)
    push(ctx, id, 'onboarding-workshop', onboardingKey, workshop)
  }

  return ctx.out.sort(compareTouchpoints)
}
