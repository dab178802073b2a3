/**
 * Calendar arithmetic for the demo generator on plain numbers: days since 1970-01-01 and
 * months since year 0. Everything is computed in UTC from strings, never from the host's
 * local time zone, so the generated agency does not change with the machine it runs on.
 */

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 on the UTC calendar. */
export type DayNumber = number
/** Months since January of year 0 (`year * 12 + monthIndex`). */
export type MonthNumber = number

/** Parses `YYYY-MM-DD`; throws a clear error for anything else. */
export function parseDay(iso: string): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${iso}"`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${iso}" is not a calendar date`)
  }
  return Math.round(ms / MS_PER_DAY)
}

/**
 * The calendar parts of a day, by Howard Hinnant's civil-from-days algorithm. Plain integer
 * arithmetic: the generator formats hundreds of thousands of dates for a benchmark agency,
 * and going through Date objects for each was the biggest cost of generation.
 */
export function dayParts(day: DayNumber): { year: number; month: number; date: number } {
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const month = mp < 10 ? mp + 3 : mp - 9
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    date: doy - Math.floor((153 * mp + 2) / 5) + 1,
  }
}

/** The day of a calendar date (days-from-civil, the inverse of dayParts). */
export function dayOf(year: number, month: number, date: number): DayNumber {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** Formatted days, memoised: a few thousand distinct days are formatted over and over. */
const DAY_TEXT = new Map<DayNumber, string>()

/** Formats a day as `YYYY-MM-DD`. */
export function formatDay(day: DayNumber): string {
  let text = DAY_TEXT.get(day)
  if (text === undefined) {
    const { year, month, date } = dayParts(day)
    text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(date)}`
    DAY_TEXT.set(day, text)
  }
  return text
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** True on Monday to Friday. */
export function isWorkday(day: DayNumber): boolean {
  return isoWeekday(day) <= 5
}

/** The day `count` workdays after `day` (before it for negative counts); weekends are skipped. */
export function addWorkdays(day: DayNumber, count: number): DayNumber {
  let current = day
  let left = Math.abs(count)
  const step = count < 0 ? -1 : 1
  while (left > 0) {
    current += step
    if (isWorkday(current)) left--
  }
  return current
}

/** The workday on or after `day`. */
export function nextWorkday(day: DayNumber): DayNumber {
  let current = day
  while (!isWorkday(current)) current++
  return current
}

/** The most recent day with ISO weekday `weekday` on or before `day`. */
export function weekdayOnOrBefore(day: DayNumber, weekday: number): DayNumber {
  return day - ((isoWeekday(day) - weekday + 7) % 7)
}

/** The month a day falls in. */
export function monthOfDay(day: DayNumber): MonthNumber {
  const { year, month } = dayParts(day)
  return year * 12 + month - 1
}

/** The year of a month. */
export function yearOfMonth(month: MonthNumber): number {
  return Math.floor(month / 12)
}

/** The calendar month 1–12 of a month. */
export function monthOfYear(month: MonthNumber): number {
  return (month % 12) + 1
}

/** Formats a month as `YYYY-MM`. */
export function formatMonth(month: MonthNumber): string {
  return `${String(yearOfMonth(month)).padStart(4, '0')}-${String(monthOfYear(month)).padStart(2, '0')}`
}

/** The calendar quarter key `YYYY-Qn` of a month. */
export function quarterKey(month: MonthNumber): string {
  return `${yearOfMonth(month)}-Q${Math.floor((month % 12) / 3) + 1}`
}

/** The first month of the calendar quarter a month is in. */
export function quarterStart(month: MonthNumber): MonthNumber {
  return month - (month % 3)
}

/** The first day of a month. */
export function firstDayOfMonth(month: MonthNumber): DayNumber {
  return dayOf(yearOfMonth(month), (month % 12) + 1, 1)
}

/** The number of days in a month. */
export function daysInMonth(month: MonthNumber): number {
  return firstDayOfMonth(month + 1) - firstDayOfMonth(month)
}

/** The same day-of-month `count` months later, clamped to the month's last day (Jan 31 + 1 → Feb 28). */
export function addMonthsToDay(day: DayNumber, count: number): DayNumber {
  const target = monthOfDay(day) + count
  const { date } = dayParts(day)
  return firstDayOfMonth(target) + Math.min(date, daysInMonth(target)) - 1
}

/** The n-th workday (1-based) of a month. */
export function nthWorkdayOfMonth(month: MonthNumber, n: number): DayNumber {
  return addWorkdays(firstDayOfMonth(month) - 1, n)
}

/** Last Sunday of a month (EU daylight-saving switch days). */
function lastSunday(month: MonthNumber): DayNumber {
  const last = firstDayOfMonth(month + 1) - 1
  return weekdayOnOrBefore(last, 7)
}

/** The n-th Sunday of a month (US daylight-saving switch days). */
function nthSunday(month: MonthNumber, n: number): DayNumber {
  const first = firstDayOfMonth(month)
  const firstSunday = first + ((7 - isoWeekday(first)) % 7)
  return firstSunday + (n - 1) * 7
}

/** Standard UTC offsets (minutes) of the time zones the demo uses, and their DST rule. */
const ZONES: Record<string, { standard: number; rule: 'eu' | 'us' }> = {
  'Europe/Helsinki': { standard: 120, rule: 'eu' },
  'Europe/Sofia': { standard: 120, rule: 'eu' },
  'Europe/Warsaw': { standard: 60, rule: 'eu' },
  'Europe/London': { standard: 0, rule: 'eu' },
  'America/New_York': { standard: -300, rule: 'us' },
}

/**
 * The UTC offset in minutes of `timezone` at business hours on `day`. Daylight-saving time is
 * computed from the EU and US rules instead of Intl so the result never depends on the host's
 * time-zone database; switches happen at night, so a day-level answer is exact for office hours.
 */
export function zoneOffsetMinutes(day: DayNumber, timezone: string): number {
  const zone = ZONES[timezone]
  if (!zone) throw new RangeError(`The demo generator has no rule for time zone ${timezone}`)
  const [dstStart, dstEnd] = dstDays(yearOfMonth(monthOfDay(day)), zone.rule)
  return zone.standard + (day >= dstStart && day < dstEnd ? 60 : 0)
}

const DST_CACHE = new Map<string, readonly [DayNumber, DayNumber]>()

/** First and first-after-last day of daylight-saving time in a year (memoised: called per instant). */
function dstDays(year: number, rule: 'eu' | 'us'): readonly [DayNumber, DayNumber] {
  const key = `${rule}${year}`
  let days = DST_CACHE.get(key)
  if (!days) {
    days =
      rule === 'eu'
        ? [lastSunday(year * 12 + 2), lastSunday(year * 12 + 9)]
        : [nthSunday(year * 12 + 2, 2), nthSunday(year * 12 + 10, 1)]
    DST_CACHE.set(key, days)
  }
  return days
}

/** The instant (ISO string in UTC) of local wall time `minutes` after midnight on `day` in `timezone`. */
export function zonedInstant(day: DayNumber, minutes: number, timezone: string): string {
  return utcInstant(day, minutes - zoneOffsetMinutes(day, timezone))
}

/** The instant (ISO string in UTC, `toISOString` format) `minutes` after midnight UTC on `day`. */
export function utcInstant(day: DayNumber, minutes: number): string {
  const total = day * 1440 + minutes
  if (!Number.isInteger(total)) return new Date(total * 60_000).toISOString()
  const utcDay = Math.floor(total / 1440)
  const minute = total - utcDay * 1440
  return `${formatDay(utcDay)}T${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:00.000Z`
}

/** Easter Sunday of a year (anonymous Gregorian algorithm), for the holiday calendar. */
export function easterSunday(year: number): DayNumber {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const date = ((h + l - 7 * m + 114) % 31) + 1
  return dayOf(year, month, date)
}
