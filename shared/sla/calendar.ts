/**
 * The business calendar the reply clock runs on, and the opening windows it yields.
 *
 * Policy (seed 003, PRODUCT.md "Week"): every inbound client communication gets a reply within
 * 3–6 *business* hours. Business hours are counted in the **client's** time zone
 * (`Client.timezone`): the promise is made to the client, and "within three business hours"
 * means the client's working day. The alternative — the agency's own zone — was rejected because
 * the issue asks for the client's time zone; the hours, workdays and holidays themselves still
 * come from the agency's Settings, applied to the client's local dates.
 *
 * What counts as business time, exactly:
 * - A *business date* is a calendar date in the client's zone whose ISO weekday is in
 *   `workdays` and which is not in `holidays` (dates `YYYY-MM-DD`, read as the client's dates).
 * - Its *window* opens at the first instant the client's wall clock shows `start` (or later)
 *   on that date and closes at the first instant it shows `end` (or later). Business time is
 *   the union of these half-open windows, measured in real elapsed time. Hence a window that
 *   contains a DST shift is an hour shorter (spring) or longer (autumn) than `end - start`; a
 *   window opening inside a skipped hour opens when the clock jumps past it; inside a repeated
 *   hour it opens at the first occurrence.
 * - `end` must be later than `start` on the same day: windows over midnight and `'24:00'` are
 *   not supported (Settings only accepts 00:00–23:59; use `'23:59'` for "until midnight").
 *
 * Wall time → instant goes through `tzOffset` of @date-fns/tz rather than the `TZDate`
 * constructor: for a repeated (autumn) hour the constructor picks the first or the second
 * occurrence depending on the *host's* time zone, and the clock must not change with the
 * machine it runs on. Instant → wall time uses `TZDate`'s getters, which do not depend on it.
 */
import { TZDate, tzOffset } from '@date-fns/tz'
import { cachedDateTimeFormat } from '../intl'

/** Business hours in one time zone: `start`/`end` as `HH:MM`, ISO weekdays 1 = Mon … 7 = Sun. */
export type BusinessCalendar = {
  timezone: string
  start: string
  end: string
  workdays: number[]
  holidays: string[]
}

/** A business calendar that cannot be used: an unknown zone, malformed hours, or no workdays. */
export class BusinessCalendarError extends RangeError {
  override name = 'BusinessCalendarError'
}

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000
const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** A calendar checked once and turned into numbers, with its windows memoised per day. */
export type CompiledCalendar = {
  readonly timezone: string
  readonly startMinute: number
  readonly endMinute: number
  readonly workdays: ReadonlySet<number>
  readonly holidays: ReadonlySet<number>
  /** The latest holiday as a day number, or -Infinity: past it, every workday has a window. */
  readonly lastHoliday: number
  /** Windows per day, shared by every calendar with the same zone and hours. */
  readonly windows: Map<number, Window | null>
}

/** A business window as epoch milliseconds, `open` inclusive and `close` exclusive. */
export type Window = { readonly open: number; readonly close: number }

const validZones = new Map<string, boolean>()

function isValidTimeZone(zone: string): boolean {
  let valid = validZones.get(zone)
  if (valid === undefined) {
    try {
      cachedDateTimeFormat('en-US', { timeZone: zone })
      valid = zone.length > 0
    } catch {
      valid = false
    }
    validZones.set(zone, valid)
  }
  return valid
}

function clockMinute(text: string): number | null {
  const match = CLOCK_RE.exec(text)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date, or null when it is no such date. */
function parseDate(text: string): number | null {
  const match = DATE_RE.exec(text)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, date)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return null
  }
  return ms / DAY_MS
}

function structuralProblem(calendar: BusinessCalendar): string | null {
  if (!isValidTimeZone(calendar.timezone)) {
    return `Unknown time zone "${calendar.timezone}"; expected an IANA name such as Europe/Helsinki`
  }
  const start = clockMinute(calendar.start)
  if (start === null) return `Opening time "${calendar.start}" is not a time as HH:MM (00:00–23:59)`
  const end = clockMinute(calendar.end)
  if (end === null) {
    return `Closing time "${calendar.end}" is not a time as HH:MM (00:00–23:59; use 23:59 for midnight)`
  }
  if (end <= start) {
    return `Closing time ${calendar.end} must be later than opening time ${calendar.start} on the same day`
  }
  const badDay = calendar.workdays.find((day) => !Number.isInteger(day) || day < 1 || day > 7)
  if (badDay !== undefined) return `Workday ${String(badDay)} is not an ISO weekday 1 (Monday) … 7 (Sunday)`
  const badHoliday = calendar.holidays.find((date) => parseDate(date) === null)
  if (badHoliday !== undefined) return `Holiday "${badHoliday}" is not a date as YYYY-MM-DD`
  return null
}

/** Why the reply clock cannot run on `calendar` (a message naming the fault), or null when it can. */
export function checkBusinessCalendar(calendar: BusinessCalendar): string | null {
  return (
    structuralProblem(calendar) ??
    (calendar.workdays.length === 0 ? 'No workdays are set, so the reply clock never runs' : null)
  )
}

const compiledCache = new WeakMap<BusinessCalendar, CompiledCalendar>()

/**
 * Memoised windows by zone and hours: callers often build a fresh calendar object per item
 * (monthlyCompliance's calendarFor), and a window costs several time-zone look-ups. The result
 * depends only on the key and the day, so sharing it keeps the functions pure; a table is
 * dropped when it grows past MAX_CACHED_DAYS to bound memory.
 */
const windowTables = new Map<string, Map<number, Window | null>>()
const MAX_CACHED_DAYS = 50_000

function windowTable(timezone: string, startMinute: number, endMinute: number): Map<number, Window | null> {
  const key = `${timezone} ${String(startMinute)} ${String(endMinute)}`
  let table = windowTables.get(key)
  if (table === undefined || table.size > MAX_CACHED_DAYS) {
    table = new Map()
    windowTables.set(key, table)
  }
  return table
}

/**
 * Validates and compiles a calendar (memoised per calendar object; treat calendars as
 * immutable). Throws BusinessCalendarError for a malformed one. An empty workday list is
 * allowed here — it simply has no business time — and is refused where a deadline is needed.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const cached = compiledCache.get(calendar)
  if (cached) return cached
  const problem = structuralProblem(calendar)
  if (problem !== null) throw new BusinessCalendarError(problem)
  const holidays = new Set(calendar.holidays.map((date) => parseDate(date) ?? NaN))
  const startMinute = clockMinute(calendar.start) ?? 0
  const endMinute = clockMinute(calendar.end) ?? 0
  const compiled: CompiledCalendar = {
    timezone: calendar.timezone,
    startMinute,
    endMinute,
    workdays: new Set(calendar.workdays),
    holidays,
    lastHoliday: Math.max(-Infinity, ...holidays),
    windows: windowTable(calendar.timezone, startMinute, endMinute),
  }
  compiledCache.set(calendar, compiled)
  return compiled
}

/** Epoch milliseconds of an ISO instant with offset; throws a RangeError naming a bad value. */
export function parseInstant(value: string, what: string): number {
  const ms = INSTANT_RE.test(value) ? Date.parse(value) : NaN
  if (Number.isNaN(ms)) {
    throw new RangeError(
      `${what} "${value}" is not an ISO instant with offset (e.g. 2025-03-28T16:00:00+02:00)`,
    )
  }
  return ms
}

/** The UTC offset in milliseconds that `zone` has at `instant`. */
function offsetAt(zone: string, instant: number): number {
  return Math.round(tzOffset(zone, new Date(instant)) * MINUTE_MS)
}

/**
 * The first instant at which the wall clock of `zone` shows `wall` or later, `wall` being a
 * local date and time written as if it were UTC epoch milliseconds.
 */
export function firstInstantAtWall(wall: number, zone: string): number {
  const offsets = new Set([
    offsetAt(zone, wall - DAY_MS),
    offsetAt(zone, wall),
    offsetAt(zone, wall + DAY_MS),
  ])
  let best = Infinity
  for (const offset of offsets) {
    const instant = wall - offset
    if (offsetAt(zone, instant) === offset && instant < best) best = instant
  }
  if (best !== Infinity) return best
  // The wall time was skipped (spring forward): the answer is the moment the clock jumped.
  // Reading it at the smallest offset lands before the jump, at the largest after it.
  let before = wall - Math.max(...offsets)
  let after = wall - Math.min(...offsets)
  const offsetBefore = offsetAt(zone, before)
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2)
    if (offsetAt(zone, middle) === offsetBefore) before = middle
    else after = middle
  }
  return after
}

/** The client's calendar date of an instant, as days since 1970-01-01. */
export function localDay(instant: number, zone: string): number {
  const local = new TZDate(instant, zone)
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / DAY_MS
}

/** The client's calendar month `YYYY-MM` of an instant. */
export function localMonth(instant: number, zone: string): string {
  const local = new TZDate(instant, zone)
  return `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}`
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** Whether `day` (days since 1970-01-01) is a business date of the calendar. */
export function isBusinessDay(calendar: CompiledCalendar, day: number): boolean {
  return calendar.workdays.has(isoWeekday(day)) && !calendar.holidays.has(day)
}

/** The business window on a local date, or null on a non-business date or an empty window. */
export function windowOn(calendar: CompiledCalendar, day: number): Window | null {
  if (!isBusinessDay(calendar, day)) return null
  const cached = calendar.windows.get(day)
  if (cached !== undefined) return cached
  const midnight = day * DAY_MS
  const open = firstInstantAtWall(midnight + calendar.startMinute * MINUTE_MS, calendar.timezone)
  const close = firstInstantAtWall(midnight + calendar.endMinute * MINUTE_MS, calendar.timezone)
  // Empty when the date or its hours never appear on the clock (a zone skipping a day).
  const window = close > open ? { open, close } : null
  calendar.windows.set(day, window)
  return window
}
