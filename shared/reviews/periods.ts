/**
 * The period a review looks back on (seed 002, PRODUCT.md "Quarter", "Year").
 *
 * Policy: reviews follow quarters *of cooperation*, counted from the cooperation's start exactly
 * as the cadence engine counts them (months added from the start each time, clamped to the
 * month's end): quarter k covers [start + 3(k − 1) months, start + 3k months − 1 day], and
 * cooperation year y covers [start + 12(y − 1) months, start + 12y months − 1 day]. The review
 * is due at that end, so it looks back on the period that is closing. A review logged by hand,
 * without a touchpoint, looks back on the period whose end is nearest its date.
 */
import { parseCoopQuarterKey, parseCoopYearKey, QUARTER_AIMS, quarterAim, type QuarterAim } from '../cadence'
import { addMonthsClamped, formatDay, parseDay } from '../cadence/days'

/** The kinds of review meeting that look back on a cooperation period. */
export type ReviewKind = 'quarterly-review' | 'annual-review'

/** A closed date range `YYYY-MM-DD` of cooperation and the aim its review serves. */
export type ReviewPeriod = {
  kind: ReviewKind
  from: string
  to: string
  /** The cooperation year (1-based) and, for quarters, the quarter 1–4 within it. */
  year: number
  quarter: 1 | 2 | 3 | 4 | null
  aim: QuarterAim
}

/** Whether a meeting or touchpoint kind is a review with a cooperation period. */
export function isReviewKind(kind: string): kind is ReviewKind {
  return kind === 'quarterly-review' || kind === 'annual-review'
}

function startDay(cooperationStart: string) {
  const start = parseDay(cooperationStart)
  if (start === null) throw new RangeError(`Cooperation start "${cooperationStart}" is not a date`)
  return start
}

function quarterPeriod(start: number, index: number): ReviewPeriod {
  const year = Math.floor((index - 1) / 4) + 1
  const quarter = (((index - 1) % 4) + 1) as 1 | 2 | 3 | 4
  return {
    kind: 'quarterly-review',
    from: formatDay(addMonthsClamped(start, (index - 1) * 3)),
    to: formatDay(addMonthsClamped(start, index * 3) - 1),
    year,
    quarter,
    aim: QUARTER_AIMS[quarter - 1] ?? 'q1-close-startup',
  }
}

function yearPeriod(start: number, year: number): ReviewPeriod {
  return {
    kind: 'annual-review',
    from: formatDay(addMonthsClamped(start, (year - 1) * 12)),
    to: formatDay(addMonthsClamped(start, year * 12) - 1),
    year,
    quarter: null,
    aim: 'q4-year-to-year',
  }
}

/**
 * The period a review touchpoint's key names (`coop-Y1-Q2` for a quarterly review, `coop-Y1`
 * for an annual one), or null for any other kind or key.
 */
export function reviewPeriodOfKey(
  kind: string,
  periodKey: string,
  cooperationStart: string,
): ReviewPeriod | null {
  const start = startDay(cooperationStart)
  if (kind === 'quarterly-review') {
    const parsed = parseCoopQuarterKey(periodKey)
    if (!parsed || quarterAim(periodKey) === null) return null
    return quarterPeriod(start, (parsed.year - 1) * 4 + parsed.quarter)
  }
  if (kind === 'annual-review') {
    const year = parseCoopYearKey(periodKey)
    return year === null ? null : yearPeriod(start, year)
  }
  return null
}

/** The review period whose end is nearest `date` (`YYYY-MM-DD`), never before the first. */
export function nearestReviewPeriod(kind: ReviewKind, date: string, cooperationStart: string): ReviewPeriod {
  const start = startDay(cooperationStart)
  const day = parseDay(date)
  if (day === null) throw new RangeError(`"${date}" is not a date as YYYY-MM-DD`)
  const periodOf = (n: number) =>
    kind === 'quarterly-review' ? quarterPeriod(start, n) : yearPeriod(start, n)
  const endOf = (n: number) => parseDay(periodOf(n).to) ?? 0
  let best = 1
  // Periods end in increasing order, so the distance falls and then rises: stop once it rises.
  for (let n = 2; endOf(n - 1) < day; n++) {
    if (Math.abs(endOf(n) - day) <= Math.abs(endOf(best) - day)) best = n
    else break
  }
  return periodOf(best)
}
