/**
 * Budget months: media budget planned and spent, work hours planned and used, and the fee,
 * for the last 14 months and the current one. Past months' media spend is the sum of the
 * client's metric rows, so budgets and reports agree; the current month is part-way spent,
 * with one or two clients running hot (over 80 % or over 100 %) for the Today view to flag.
 */
import type { BudgetMonth } from '../schemas'
import {
  dayParts,
  daysInMonth,
  firstDayOfMonth,
  formatMonth,
  nthWorkdayOfMonth,
  utcInstant,
  type MonthNumber,
} from './calendar'
import type { ClientPlan } from './clients'
import { recordBase, type DemoContext } from './context'
import type { ClientMetrics } from './metrics'

/** How a client's current month should look, to guarantee the over-budget cases exist. */
export type BudgetRole = 'media-over-80' | 'media-over-100' | 'hours-over-100' | null

const MONTHS_OF_HISTORY = 14

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step
}

/** Generates a client's budget months. */
export function generateBudgets(
  plan: ClientPlan,
  ctx: DemoContext,
  metrics: ClientMetrics,
  role: BudgetRole,
): BudgetMonth[] {
  const rand = plan.rand.fork('budgets')
  const light = plan.client.activityLevel === 'light'
  const baseHours = light ? rand.int(3, 7) * 2 : rand.int(12, 28) * 2
  const hourlyRateMinor = roundTo(rand.between(85, 110) * plan.fxPerEur * 100, 500)
  const billsFee = rand.chance(0.85)
  const fiftyUnits = 5_000
  const elapsed = (dayParts(ctx.today).date - 0.5) / daysInMonth(ctx.currentMonth)
  const months: BudgetMonth[] = []

  for (
    let month: MonthNumber = Math.max(plan.startMonth, ctx.currentMonth - MONTHS_OF_HISTORY);
    month <= ctx.currentMonth;
    month++
  ) {
    const current = month === ctx.currentMonth
    const hoursPlanned = Math.max(2, baseHours + rand.int(-2, 2) * 2)
    let mediaPlanned: number
    let mediaSpent: number
    let hoursUsed: number
    if (current) {
      mediaPlanned = roundTo(metrics.expected(month).spendMinor * rand.between(0.95, 1.1), fiftyUnits)
      const pace =
        role === 'media-over-80'
          ? rand.between(0.82, 0.95) / elapsed
          : role === 'media-over-100'
            ? rand.between(1.02, 1.08) / elapsed
            : rand.between(0.85, 1.1)
      mediaSpent = Math.round(mediaPlanned * Math.min(elapsed * pace, 1.1))
      hoursUsed =
        role === 'hours-over-100'
          ? hoursPlanned * rand.between(1.03, 1.12)
          : hoursPlanned * elapsed * rand.between(0.8, 1.2)
    } else {
      mediaSpent = metrics.totals.get(month)?.spendMinor ?? 0
      // The plan was set before the month; delivery lands a little under it, now and then just over.
      mediaPlanned = mediaSpent === 0 ? 0 : roundTo(mediaSpent / rand.between(0.9, 1.03), fiftyUnits)
      hoursUsed = hoursPlanned * rand.between(0.85, 1.1)
    }
    const planDay = nthWorkdayOfMonth(month, 1)
    const updatedDay = current ? ctx.today - rand.int(0, 2) : nthWorkdayOfMonth(month + 1, 2)
    months.push({
      ...recordBase(
        rand,
        ctx,
        utcInstant(Math.min(planDay, ctx.today), 7 * 60),
        utcInstant(Math.max(updatedDay, firstDayOfMonth(month)), 9 * 60),
      ),
      clientId: plan.client.id,
      month: formatMonth(month),
      mediaPlanned: { amountMinor: mediaPlanned, currency: plan.currency },
      mediaSpent: { amountMinor: mediaSpent, currency: plan.currency },
      workHoursPlanned: hoursPlanned,
      workHoursUsed: Math.round(hoursUsed * 2) / 2,
      workFee: billsFee ? { amountMinor: hoursPlanned * hourlyRateMinor, currency: plan.currency } : null,
    })
  }
  return months
}
