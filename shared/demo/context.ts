/**
 * The fixed frame every part of the demo generator works in: "today", the instant the demo
 * treats as now, the month range of history, and a helper that stamps records. Nothing reads
 * the clock — all instants derive from the `today` option, so the output is reproducible.
 */
import type { RecordBase } from '../schemas'
import { monthOfDay, parseDay, utcInstant, type DayNumber, type MonthNumber } from './calendar'
import type { Random } from './random'

/** The named agency sizes: the everyday demo and the one that shows the app at scale. */
export const DEMO_SIZES = {
  small: { clients: 12, years: 3 },
  large: { clients: 300, years: 5 },
} as const satisfies Record<string, { clients: number; years: number }>

export type DemoSize = keyof typeof DEMO_SIZES

/** Options of the demo generator (see index.ts). */
export type DemoOptions = {
  /** Seed of every random choice; the same seed and options give the same agency. */
  seed: number
  /** The demo's current date, `YYYY-MM-DD`. */
  today: string
  /** The named size whose clients and years apply where those are not given (default small). */
  size?: DemoSize
  /** Number of clients (default: the size's, 12 for small). */
  clients?: number
  /** Years over which cooperations started (default: the size's, 3 for small); baselines reach up to a year further back. */
  years?: number
}

/** The resolved frame of one generation run. */
export type DemoContext = {
  seed: number
  today: DayNumber
  /** "Now": 08:00 UTC on `today` (morning in Europe), the latest instant any record carries. */
  now: string
  nowMs: number
  currentMonth: MonthNumber
  /** The last complete month: metric months run up to it. */
  lastFullMonth: MonthNumber
  clientCount: number
  years: number
}

/** Minutes after midnight UTC of the demo's "now". */
const NOW_MINUTES_UTC = 8 * 60

/** Validates the options and resolves the frame; bad options get a message naming the problem. */
export function createContext(options: DemoOptions): DemoContext {
  const today = parseDay(options.today)
  const size = DEMO_SIZES[options.size ?? 'small']
  if (size === undefined) throw new RangeError(`size must be small or large, got ${String(options.size)}`)
  const clientCount = options.clients ?? size.clients
  const years = options.years ?? size.years
  if (!Number.isInteger(clientCount) || clientCount < 1 || clientCount > 5000) {
    throw new RangeError(`clients must be an integer from 1 to 5000, got ${clientCount}`)
  }
  if (!Number.isFinite(years) || years < 1 || years > 20) {
    throw new RangeError(`years must be a number from 1 to 20, got ${years}`)
  }
  if (!Number.isFinite(options.seed))
    throw new RangeError(`seed must be a finite number, got ${options.seed}`)
  const now = utcInstant(today, NOW_MINUTES_UTC)
  const currentMonth = monthOfDay(today)
  return {
    seed: options.seed,
    today,
    now,
    nowMs: Date.parse(now),
    currentMonth,
    lastFullMonth: currentMonth - 1,
    clientCount,
    years,
  }
}

/** A record's id and timestamps; `createdAt` and `updatedAt` are capped at the demo's now. */
export function recordBase(
  rand: Random,
  ctx: DemoContext,
  createdAt: string,
  updatedAt: string = createdAt,
): RecordBase {
  const created = capAtNow(ctx, createdAt)
  const updated = capAtNow(ctx, updatedAt)
  return {
    id: rand.uuid(),
    createdAt: created,
    updatedAt: updated < created ? created : updated,
    deletedAt: null,
  }
}

/**
 * The instant, or the demo's now if the instant lies after it. Instants are compared as
 * strings: every instant of the generator has the one `toISOString` shape (UTC, milliseconds),
 * for which text order is time order — and it is cheaper than parsing for every record.
 */
export function capAtNow(ctx: DemoContext, instant: string): string {
  return instant > ctx.now ? ctx.now : instant
}
