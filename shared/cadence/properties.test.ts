import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isBusinessDay, cadenceCalendar } from './calendar'
import { formatDay, isoWeekKey, parseDay } from './days'
import type { TouchpointInput } from '../schemas/touchpoint'
import {
  generateTouchpoints,
  quarterAim,
  touchpointIdentity,
  type CadenceClient,
  type CadenceSettings,
} from './index'

const day = (text: string): number => parseDay(text) ?? NaN
const FIRST = day('2022-01-01')
const LAST = day('2028-12-31')

/** Unbiased: fast-check's default bias towards small values would pile dates up on 2022-01-01. */
const dayArb = fc.noBias(fc.integer({ min: FIRST, max: LAST }))
const dateArb = dayArb.map(formatDay)
/** Starts biased to month ends and leap days, where quarter arithmetic breaks most easily. */
const startArb = fc.oneof(
  dateArb,
  fc.constantFrom('2024-02-29', '2023-01-31', '2025-08-31', '2025-11-30', '2026-03-31', '2027-12-31'),
)

/** `value` once in `every` draws, otherwise null. */
const sometimes = (value: string, every: number): fc.Arbitrary<string | null> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(value) })

const clientArb = (index: number): fc.Arbitrary<CadenceClient> =>
  fc.record({
    id: fc.constant(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
    activityLevel: fc.constantFrom('active' as const, 'light' as const),
    cooperationStart: startArb,
    archivedAt: sometimes('2026-01-01T00:00:00Z', 8),
    deletedAt: sometimes('2026-01-01T00:00:00Z', 12),
  })

const clientsArb = fc
  .integer({ min: 0, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => clientArb(i))))

const settingsArb: fc.Arbitrary<CadenceSettings> = fc.record({
  workdays: fc.oneof(
    { weight: 4, arbitrary: fc.constant<number[]>([1, 2, 3, 4, 5]) },
    { weight: 3, arbitrary: fc.subarray([1, 2, 3, 4, 5, 6, 7]) },
  ),
  holidays: fc.array(dateArb, { maxLength: 60 }),
  monthlyReportBusinessDay: fc.integer({ min: 1, max: 15 }),
})

/** An inclusive range [a, c] and a split point b with a <= b <= c, uniform over up to 800 days. */
const rangeArb = fc
  .tuple(dayArb, fc.noBias(fc.integer({ min: 0, max: 800 })))
  .chain(([a, length]) =>
    fc.noBias(fc.integer({ min: 0, max: length })).map((split) => ({ a, b: a + split, c: a + length })),
  )

const RUNS = { numRuns: 150 }

describe('cadence engine properties', () => {
  it('never yields two touchpoints with the same (clientId, kind, periodKey)', () => {
    fc.assert(
      fc.property(clientsArb, settingsArb, rangeArb, (clients, settings, { a, c }) => {
        const out = generateTouchpoints({ clients, settings, from: formatDay(a), to: formatDay(c) })
        const identities = out.map(touchpointIdentity)
        expect(new Set(identities).size).toBe(identities.length)
      }),
      RUNS,
    )
  })

  it('is range-additive: [a, c] equals [a, b] followed by [b + 1, c]', () => {
    fc.assert(
      fc.property(clientsArb, settingsArb, rangeArb, (clients, settings, { a, b, c }) => {
        const whole = generateTouchpoints({ clients, settings, from: formatDay(a), to: formatDay(c) })
        const left = generateTouchpoints({ clients, settings, from: formatDay(a), to: formatDay(b) })
        const right = generateTouchpoints({ clients, settings, from: formatDay(b + 1), to: formatDay(c) })
        expect([...left, ...right]).toEqual(whole)
      }),
      RUNS,
    )
  })

  it('generates each client independently of the others', () => {
    fc.assert(
      fc.property(clientsArb, settingsArb, rangeArb, (clients, settings, { a, c }) => {
        const range = { from: formatDay(a), to: formatDay(c) }
        const all = generateTouchpoints({ clients, settings, ...range })
        for (const client of clients) {
          const alone = generateTouchpoints({ clients: [client], settings, ...range })
          expect(all.filter((t) => t.clientId === client.id)).toEqual(
            alone.filter((t) => t.clientId !== null),
          )
        }
      }),
      { numRuns: 60 },
    )
  })

  it('keeps every touchpoint in range, after the start, and weekly ones on a business day of their week', () => {
    fc.assert(
      fc.property(clientsArb, settingsArb, rangeArb, (clients, settings, { a, c }) => {
        const from = formatDay(a)
        const to = formatDay(c)
        const calendar = cadenceCalendar(settings.workdays, settings.holidays.map(day))
        const byId = new Map(clients.map((client) => [client.id, client]))
        // Plain checks collected into one assertion: an expect() per touchpoint is too slow here.
        const problems: string[] = []
        const check = (ok: boolean, what: string, t: TouchpointInput): void => {
          if (!ok) problems.push(`${what}: ${JSON.stringify(t)}`)
        }
        for (const t of generateTouchpoints({ clients, settings, from, to })) {
          check(t.dueDate >= from && t.dueDate <= to, 'out of range', t)
          check(t.status === 'due' && t.skipReason === null && t.closedBy === null, 'not fresh', t)
          if (t.clientId === null) {
            check(t.kind === 'internal-weekly', 'agency row of a client kind', t)
          } else {
            const client = byId.get(t.clientId)
            check(client?.archivedAt === null && client.deletedAt === null, 'archived or deleted client', t)
            check(t.dueDate >= (client?.cooperationStart ?? ''), 'due before the start', t)
            const weeklyMail = t.kind === 'monday-plan-mail' || t.kind === 'friday-summary'
            check(!(weeklyMail && client?.activityLevel === 'light'), 'weekly mail of a light client', t)
          }
          if (/-W\d\d$/.test(t.periodKey)) {
            check(isoWeekKey(day(t.dueDate)) === t.periodKey, 'outside its week', t)
            check(isBusinessDay(calendar, day(t.dueDate)), 'not a business day', t)
          }
          if (t.kind === 'monthly-report')
            check(t.dueDate.slice(0, 7) > t.periodKey, 'report before month end', t)
          if (t.kind === 'publishing-schedule') {
            check(t.dueDate.slice(0, 7) < t.periodKey, 'schedule inside its month', t)
          }
          if (t.kind === 'quarterly-review') check(quarterAim(t.periodKey) !== null, 'no aim', t)
        }
        expect(problems).toEqual([])
      }),
      RUNS,
    )
  })
})
