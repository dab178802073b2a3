/**
 * Targets per client, KPI and period: monthly for the last year and the next month, quarterly
 * and yearly for the key KPI, and monthly or yearly for custom KPIs. Targets come from the
 * metric model's noiseless expectation plus ambition, so some months hit and some miss.
 */
import type { Target } from '../schemas'
import {
  firstDayOfMonth,
  formatMonth,
  quarterKey,
  quarterStart,
  utcInstant,
  yearOfMonth,
  type MonthNumber,
} from './calendar'
import { customKpiTemplate, type ClientPlan } from './clients'
import { recordBase, type DemoContext } from './context'
import type { ClientMetrics } from './metrics'

/** The standard metric a client is steered by: leads for lead businesses, conversions otherwise. */
function keyKpi(plan: ClientPlan): 'leads' | 'conversions' {
  return plan.industry.conversionKind === 'leads' ? 'leads' : 'conversions'
}

/** Generates a client's targets. */
export function generateTargets(plan: ClientPlan, ctx: DemoContext, metrics: ClientMetrics): Target[] {
  const rand = plan.rand.fork('targets')
  const kpi = keyKpi(plan)
  const targets: Target[] = []
  const expectedKey = (month: MonthNumber): number => metrics.expected(month)[kpi]
  const add = (
    kpiKey: string,
    periodKind: Target['periodKind'],
    period: string,
    value: number,
    setMonth: MonthNumber,
  ): void => {
    // Targets are set in the month before their period starts.
    const setAt = utcInstant(Math.min(firstDayOfMonth(setMonth) + rand.int(18, 26), ctx.today - 1), 9 * 60)
    targets.push({
      ...recordBase(rand, ctx, setAt),
      clientId: plan.client.id,
      kpi: kpiKey,
      periodKind,
      period,
      value,
    })
  }

  const first = Math.max(plan.startMonth, ctx.currentMonth - 12)
  const ambition = rand.between(1.02, 1.12)
  for (let month = first; month <= ctx.currentMonth + 1; month++) {
    add(
      kpi,
      'month',
      formatMonth(month),
      Math.max(1, Math.round(expectedKey(month) * ambition * rand.noise(0.04))),
      month - 1,
    )
  }
  for (const start of [quarterStart(ctx.currentMonth) - 3, quarterStart(ctx.currentMonth)]) {
    if (start + 2 < plan.startMonth) continue
    const sum = [0, 1, 2].reduce((total, i) => total + expectedKey(start + i), 0)
    add(kpi, 'quarter', quarterKey(start), Math.round(sum * ambition), start - 1)
  }
  const thisYear = yearOfMonth(ctx.currentMonth)
  for (const year of [thisYear - 1, thisYear]) {
    const january = year * 12
    if (january + 11 < plan.startMonth) continue
    const months = Array.from({ length: 12 }, (_, i) => january + i)
    add(
      kpi,
      'year',
      String(year),
      Math.round(months.reduce((t, m) => t + expectedKey(m), 0) * ambition),
      january - 1,
    )
    if (plan.industry.conversionKind !== 'leads') {
      const value = months.reduce((t, m) => t + metrics.expected(m).conversionValueMinor, 0) * ambition
      add('conversionValue', 'year', String(year), Math.round(value / 100) * 100, january - 1)
    }
  }

  for (const custom of plan.client.customKpis) {
    const template = customKpiTemplate(plan, custom)
    const base = template?.base ?? 1
    if (custom.aggregation === 'sum') {
      for (
        let month = Math.max(plan.startMonth, ctx.currentMonth - 3);
        month <= ctx.currentMonth + 1;
        month++
      ) {
        add(
          custom.id,
          'month',
          formatMonth(month),
          Math.max(1, Math.round(metrics.expected(month).conversions * base * ambition)),
          month - 1,
        )
      }
    } else if (custom.aggregation === 'average') {
      // A lower-is-better rate: the target sits below today's level.
      add(custom.id, 'year', String(thisYear), Math.round((base - 9) * 10) / 10, thisYear * 12 - 1)
    } else {
      const level = base * plan.scale * (1 + 0.025 * (ctx.currentMonth + 12 - plan.baselineStart))
      add(custom.id, 'year', String(thisYear), Math.round(level / 100) * 100, thisYear * 12 - 1)
    }
  }
  return targets
}
