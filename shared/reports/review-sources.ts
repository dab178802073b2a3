/**
 * Which of a client's records belong to a quarterly or annual report period: the commentary
 * written for it and the review meeting held about it (seed 002).
 *
 * Policy:
 * - Report periods are runs of whole months (shared/results/periods.ts); as dates they run from
 *   the first day of their first month to the last day of their last.
 * - Commentaries are kept per calendar period. A calendar period takes its own; a cooperation
 *   period takes the calendar period of its kind that shares the most months with it (the later
 *   one on a tie), so a cooperation year ending in November reads that calendar year's
 *   commentary and proposal.
 * - A review meeting looks back on the cooperation period its date is nearest the end of
 *   (shared/reviews). It belongs to the report period whose months it shares most of — at least
 *   half of them; among several, the latest meeting wins. A quarter's review can be the annual
 *   review (the fourth quarter closes the year); a year's review is an annual one only.
 */
import { calendarDateIn } from '../cadence'
import { firstDayOfMonth, formatDay, lastDayOfMonth } from '../cadence/days'
import { addMonths, lastCompleteMonth, monthIndex, monthOfDate, monthRange } from '../results/months'
import type { ResultsPeriod } from '../results/periods'
import { monthsOfPeriod, nearestReviewPeriod } from '../reviews'
import type { Commentary } from '../schemas/commentary'
import type { Meeting } from '../schemas/meeting'

/** A report period's months as a closed range of calendar dates. */
export function periodDates(months: readonly string[]): { from: string; to: string } {
  const first = months[0]
  const last = months[months.length - 1]
  if (first === undefined || last === undefined) throw new RangeError('A period has at least one month')
  return {
    from: formatDay(firstDayOfMonth(monthIndex(first))),
    to: formatDay(lastDayOfMonth(monthIndex(last))),
  }
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b)
  return a.filter((month) => set.has(month)).length
}

function calendarMonths(periodKind: Commentary['periodKind'], key: string): string[] {
  if (periodKind === 'year') return monthRange(`${key}-01`, `${key}-12`)
  if (periodKind === 'quarter') {
    const [year, quarter] = key.split('-Q').map(Number)
    const first = `${String(year)}-${String(((quarter ?? 1) - 1) * 3 + 1).padStart(2, '0')}`
    return monthRange(first, addMonths(first, 2))
  }
  return [key]
}

/** The commentary of a client's quarter or year (see the policy for cooperation periods). */
export function commentaryForPeriod<
  C extends Pick<Commentary, 'clientId' | 'periodKind' | 'period' | 'deletedAt'>,
>(
  commentaries: readonly C[],
  clientId: string,
  period: Pick<ResultsPeriod, 'key' | 'kind' | 'scheme' | 'months'>,
): C | null {
  const own = commentaries.filter(
    (c) => c.clientId === clientId && c.deletedAt === null && c.periodKind === period.kind,
  )
  if (period.scheme === 'calendar') return own.find((c) => c.period === period.key) ?? null
  let best: { commentary: C; shared: number } | null = null
  for (const commentary of own) {
    const shared = overlap(period.months, calendarMonths(commentary.periodKind, commentary.period))
    if (shared === 0) continue
    if (
      !best ||
      shared > best.shared ||
      (shared === best.shared && commentary.period > best.commentary.period)
    )
      best = { commentary, shared }
  }
  return best?.commentary ?? null
}

/** The review meeting held about a client's quarter or year, or null when there was none. */
export function reviewMeetingForPeriod<
  M extends Pick<Meeting, 'kind' | 'clientIds' | 'startsAt' | 'deletedAt' | 'review'>,
>(
  meetings: readonly M[],
  client: { id: string; cooperationStart: string; timezone: string },
  period: Pick<ResultsPeriod, 'kind' | 'months'>,
): M | null {
  const kinds = period.kind === 'year' ? ['annual-review'] : ['quarterly-review', 'annual-review']
  let best: { meeting: M; shared: number } | null = null
  for (const meeting of meetings) {
    if (meeting.deletedAt !== null || !meeting.clientIds.includes(client.id)) continue
    if (!kinds.includes(meeting.kind)) continue
    const kind = meeting.kind === 'annual-review' ? 'annual-review' : 'quarterly-review'
    const day = calendarDateIn(meeting.startsAt, client.timezone)
    const reviewed = nearestReviewPeriod(kind, day, client.cooperationStart)
    // An annual review closes the year; for a quarter it speaks of the year's last quarter.
    const months = monthsOfPeriod(reviewed.from, reviewed.to)
    const looked = period.kind === 'quarter' && kind === 'annual-review' ? months.slice(-3) : months
    const shared = overlap(period.months, looked)
    if (shared * 2 < period.months.length) continue
    if (!best || shared > best.shared || (shared === best.shared && meeting.startsAt > best.meeting.startsAt))
      best = { meeting, shared }
  }
  return best?.meeting ?? null
}

/**
 * The cooperation quarter and year whose review report is due on `today`: the latest quarter
 * that has ended with the last complete month, and the year that has — or the year closing within
 * its last two months, since the annual report is prepared for the review just before the year
 * ends (the cadence's annual review comes ahead of the anniversary). A cooperation that has not
 * finished one gets its first.
 */
export function dueReviewPeriods(cooperationStart: string, today: string): { quarter: string; year: string } {
  const elapsed = monthIndex(lastCompleteMonth(today)) - monthIndex(monthOfDate(cooperationStart)) + 1
  const quarters = Math.max(1, Math.floor(elapsed / 3))
  const closing = elapsed % 12 >= 10 ? 1 : 0
  const years = Math.max(1, Math.floor(elapsed / 12) + closing)
  const quarter = ((quarters - 1) % 4) + 1
  return {
    quarter: `coop-Y${String(Math.floor((quarters - 1) / 4) + 1)}-Q${String(quarter)}`,
    year: `coop-Y${String(years)}`,
  }
}
