/**
 * Policy: budget alarms (PRODUCT.md weekly card section 4 and the Today view's "budgets running
 * out"). A client's media budget (money) and work budget (hours) each warn at 80 % used and are
 * over at 100 %, and a linear run-rate forecast says early in the month whether the budget will
 * last, so the PM can slow spend or tell the client before the overrun rather than after it.
 *
 * Money stays in integer minor units and is never mixed across currencies. Dates are calendar
 * dates counted with plain calendar arithmetic, never through `Date`'s local-time getters (a UTC
 * midnight seen from west of Greenwich is still the previous day, so February 1st would count
 * 31 days in New York) nor a zoned date (Today and the client list compute a burn for every
 * client, and building one cost about a millisecond each).
 */
import type { BudgetMonthInput } from './schemas/budget-month'

/** Share of the planned budget used at which the budget warns. */
export const BUDGET_WARNING_SHARE = 0.8
/** Share of the planned budget used at which the budget is over. */
export const BUDGET_OVER_SHARE = 1

/** How alarming a budget's use is. */
export type BudgetLevel = 'ok' | 'warning' | 'over'

/** Where a month stands relative to today. */
export type MonthPhase = 'past' | 'current' | 'future'

/** A month's length and how much of it has elapsed by today (today counts as elapsed). */
export type MonthProgress = { phase: MonthPhase; daysInMonth: number; elapsedDays: number }

/** Use of one budget (media in minor units, or work in hours) and its month-end forecast. */
export type BudgetLine = {
  planned: number
  used: number
  /** used / planned; null when nothing was planned. */
  share: number | null
  level: BudgetLevel
  /** Projected use at month end; null for a month that has not started. */
  forecast: number | null
  forecastLevel: BudgetLevel | null
}

/** The media and work budget use of one client month. */
export type BudgetBurn = MonthProgress & {
  month: string
  /** Currency of the media amounts. */
  currency: string
  media: BudgetLine
  work: BudgetLine
}

/** The fields of a budget month the burn needs. */
export type BudgetBurnInput = Pick<
  BudgetMonthInput,
  'month' | 'mediaPlanned' | 'mediaSpent' | 'workHoursPlanned' | 'workHoursUsed'
>

/** One day of a burn-down chart: remaining budget at the end of `day` (day 0 is the month's start). */
export type BurnPoint = {
  day: number
  /** Remaining budget if it were spent evenly over the month. */
  ideal: number
  /** Remaining budget to date; null after today and for a month that has not started. */
  actual: number | null
  /** Remaining budget at the current run rate, from today to month end; null outside the current month. */
  forecast: number | null
}

/** A burn-down chart's points for one month, day 0 to the last day. */
export type BurnSeries = MonthProgress & { month: string; points: BurnPoint[] }

// Tolerance for hour amounts such as 2.4 of 3 (2.4 / 3 is 0.7999… in binary floating point).
const EPSILON = 1e-9

/** The alarm level of `used` against `planned`; anything used of nothing planned is over. */
export function budgetLevel(used: number, planned: number): BudgetLevel {
  if (planned <= 0) return used > 0 ? 'over' : 'ok'
  const share = used / planned
  if (share >= BUDGET_OVER_SHARE - EPSILON) return 'over'
  if (share >= BUDGET_WARNING_SHARE - EPSILON) return 'warning'
  return 'ok'
}

/** How far `month` (`YYYY-MM`) has run by `today` (`YYYY-MM-DD`, a calendar date). */
export function monthProgress(month: string, today: string): MonthProgress {
  const { year, monthIndex } = parseMonth(month)
  const now = parseDate(today, 'today')
  const daysInMonth = daysInMonthOf(year, monthIndex)
  const order = year * 12 + monthIndex - (now.year * 12 + now.monthIndex)
  if (order < 0) return { phase: 'past', daysInMonth, elapsedDays: daysInMonth }
  if (order > 0) return { phase: 'future', daysInMonth, elapsedDays: 0 }
  return { phase: 'current', daysInMonth, elapsedDays: now.day }
}

/**
 * Media and work budget use of a client month on `today`, with a linear run-rate forecast to
 * month end. Media forecasts are rounded to whole minor units, hour forecasts to a tenth.
 * Throws when the media plan and spend are in different currencies.
 */
export function budgetBurn(budget: BudgetBurnInput, today: string): BudgetBurn {
  const { month, mediaPlanned, mediaSpent } = budget
  if (mediaPlanned.currency !== mediaSpent.currency) {
    throw new Error(
      `Media budget for ${month} is planned in ${mediaPlanned.currency} but spent in ${mediaSpent.currency}; ` +
        `enter the spend in ${mediaPlanned.currency}.`,
    )
  }
  const progress = monthProgress(month, today)
  return {
    month,
    currency: mediaPlanned.currency,
    ...progress,
    media: budgetLine(mediaPlanned.amountMinor, mediaSpent.amountMinor, progress, Math.round),
    work: budgetLine(budget.workHoursPlanned, budget.workHoursUsed, progress, (h) => Math.round(h * 10) / 10),
  }
}

/**
 * Burn-down chart points for a month: the ideal line from `planned` to zero, the remaining budget
 * to date and its run-rate forecast to month end. Only the month's total use is known, so use to
 * date is drawn as spread evenly over the elapsed days. Values are not rounded (chart geometry)
 * and go below zero when the budget is overspent.
 */
export function burnSeries(planned: number, used: number, month: string, today: string): BurnSeries {
  const progress = monthProgress(month, today)
  const { phase, daysInMonth, elapsedDays } = progress
  const dailyUse = elapsedDays > 0 ? used / elapsedDays : 0
  const points: BurnPoint[] = []
  for (let day = 0; day <= daysInMonth; day++) {
    const atRunRate = planned - dailyUse * day
    points.push({
      day,
      ideal: planned - (planned * day) / daysInMonth,
      actual: phase !== 'future' && day <= elapsedDays ? atRunRate : null,
      forecast: phase === 'current' && day >= elapsedDays ? atRunRate : null,
    })
  }
  return { month, ...progress, points }
}

function budgetLine(
  planned: number,
  used: number,
  progress: MonthProgress,
  round: (value: number) => number,
): BudgetLine {
  const forecast = forecastUse(used, progress, round)
  return {
    planned,
    used,
    share: planned > 0 ? used / planned : null,
    level: budgetLevel(used, planned),
    forecast,
    forecastLevel: forecast === null ? null : budgetLevel(forecast, planned),
  }
}

function forecastUse(used: number, progress: MonthProgress, round: (value: number) => number): number | null {
  if (progress.phase === 'past') return used
  if (progress.phase === 'future' || progress.elapsedDays === 0) return null
  return round((used / progress.elapsedDays) * progress.daysInMonth)
}

function parseMonth(month: string): { year: number; monthIndex: number } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month)
  if (!match) throw new Error(`Expected a month as YYYY-MM, got "${month}".`)
  return { year: Number(match[1]), monthIndex: Number(match[2]) - 1 }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Days in the month (`monthIndex` 0–11) of the Gregorian calendar. */
function daysInMonthOf(year: number, monthIndex: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return monthIndex === 1 && leap ? 29 : (MONTH_DAYS[monthIndex] ?? 31)
}

function parseDate(date: string, name: string): { year: number; monthIndex: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])]
  const valid =
    match !== null && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthOf(year, month - 1)
  if (!valid) throw new Error(`Expected ${name} as a calendar date YYYY-MM-DD, got "${date}".`)
  return { year, monthIndex: month - 1, day }
}
