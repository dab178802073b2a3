/**
 * The PM's report commentary (seed 002): for the last three months of each client, for every
 * older month whose dip was explained, for the last calendar quarter and year, and — for a
 * client whose first cooperation year is closing — the annual report's proposal for the next
 * year. Significant decreases get a cause and a fix, except the one dip deliberately left
 * unexplained so the report check has something to find.
 */
import type { Channel, Commentary, ExplainedDecrease, ProposalItem } from '../schemas'
import {
  formatMonth,
  monthOfDay,
  nthWorkdayOfMonth,
  quarterKey,
  quarterStart,
  yearOfMonth,
  zonedInstant,
  type MonthNumber,
} from './calendar'
import type { CampaignDraft } from './campaigns'
import type { ClientPlan } from './clients'
import { recordBase, type DemoContext } from './context'
import {
  channelName,
  fill,
  formatChange,
  formatCount,
  formatMoney,
  inMonth,
  monthName,
  type Localized,
} from './locale-text'
import { isPaidChannel, sumTotals, type ClientMetrics, type MonthTotals } from './metrics'
import type { Random } from './random'
import {
  DECREASE_COPY,
  HIGHLIGHTS,
  MONTH_SUMMARY,
  MONTH_SUMMARY_NEW,
  NEXT_STEPS,
  PROPOSAL_ITEMS,
  QUARTER_SUMMARY,
  YEAR_SUMMARY,
} from './report-copy'

/** A fall of the key result at or beyond this share, month over month, needs an explanation. */
const SIGNIFICANT_DROP = 0.2

const RECENT_MONTHS = 3

function range(from: MonthNumber, to: MonthNumber): MonthNumber[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

function bestChannel(metrics: ClientMetrics, month: MonthNumber): Channel | null {
  const key = formatMonth(month)
  let best: { channel: Channel; conversions: number } | null = null
  for (const row of metrics.rows) {
    if (row.month !== key || row.campaignId !== null || row.conversions === null) continue
    if (!best || row.conversions > best.conversions)
      best = { channel: row.channel, conversions: row.conversions }
  }
  return best?.channel ?? null
}

/** Generates a client's commentaries. */
export function generateCommentaries(
  plan: ClientPlan,
  ctx: DemoContext,
  metrics: ClientMetrics,
  campaigns: readonly CampaignDraft[],
): Commentary[] {
  const rand = plan.rand.fork('commentaries')
  const lang = plan.language
  const tz = plan.client.timezone
  const commentaries: Commentary[] = []
  const campaignIn = (month: MonthNumber): string | null =>
    campaigns.find(
      (c) =>
        c.startDay !== null &&
        c.endDay !== null &&
        monthOfDay(c.startDay) <= month &&
        monthOfDay(c.endDay) >= month,
    )?.campaign.name ?? null
  const upcoming = campaigns.find(
    (c) => c.campaign.stage === 'in-production' || c.campaign.stage === 'planned',
  )?.campaign.name
  const isRecord = (month: MonthNumber): boolean => {
    const value = metrics.totals.get(month)?.conversions ?? 0
    for (let m = plan.startMonth; m < month; m++)
      if ((metrics.totals.get(m)?.conversions ?? 0) > value) return false
    return true
  }
  const localized = (text: Localized, values: Record<string, string | number> = {}): string =>
    fill(text[lang], values)

  const highlights = (month: MonthNumber): string[] => {
    const channel = bestChannel(metrics, month)
    const campaign = campaignIn(month)
    const record = isRecord(month)
    const lines = HIGHLIGHTS.filter(
      (_, i) => (i !== 0 || channel !== null) && (i !== 1 || campaign !== null) && (i !== 3 || record),
    )
    return rand
      .sample(lines, 2)
      .map((line) =>
        localized(line, { channel: channel ? channelName(channel, lang) : '', campaign: campaign ?? '' }),
      )
  }
  const nextSteps = (month: MonthNumber): string[] => {
    const own = plan.channels.map((c) => c.channel)
    const paid = own.filter(isPaidChannel)
    const channel = channelName(rand.pick(paid.length > 0 ? paid : own), lang)
    const steps = NEXT_STEPS.filter((_, i) => i !== 0 || upcoming !== undefined)
    return rand
      .sample(steps, rand.int(2, 3))
      .map((step) =>
        localized(step, { campaign: upcoming ?? '', channel, month: monthName(month + 2, lang) }),
      )
  }
  const stamp = (reportMonth: MonthNumber, businessDay: number): ReturnType<typeof recordBase> => {
    const created = zonedInstant(
      nthWorkdayOfMonth(reportMonth, businessDay - 1),
      9 * 60 + rand.int(0, 90),
      tz,
    )
    const updated = zonedInstant(nthWorkdayOfMonth(reportMonth, businessDay), 14 * 60 + rand.int(0, 120), tz)
    return recordBase(rand, ctx, created, updated)
  }
  const cpa = (totals: MonthTotals): string =>
    totals.conversions > 0
      ? formatMoney(Math.round(totals.spendMinor / totals.conversions), plan.currency, lang)
      : '–'

  // Month commentaries: the recent months of the cooperation, and older months with an explained dip.
  const months = new Set(
    range(Math.max(plan.startMonth, ctx.lastFullMonth - RECENT_MONTHS + 1), ctx.lastFullMonth),
  )
  for (const dip of metrics.dips) if (dip.explained && dip.month >= plan.startMonth) months.add(dip.month)
  for (const month of [...months].sort((a, b) => a - b)) {
    const current = metrics.totals.get(month)
    const previous = metrics.totals.get(month - 1)
    if (!current) continue
    const yearAgo = metrics.totals.get(month - 12)
    const mom = previous && previous.conversions > 0 ? current.conversions / previous.conversions : 1
    const values = {
      period: inMonth(month, lang),
      value: formatCount(current.conversions, lang),
      mom: formatChange(mom, lang),
      yoy:
        yearAgo && yearAgo.conversions > 0
          ? formatChange(current.conversions / yearAgo.conversions, lang)
          : '',
      cpa: cpa(current),
    }
    const dip = metrics.dips.find((d) => d.month === month)
    const decreases: ExplainedDecrease[] = []
    if (dip?.explained) {
      const copy = DECREASE_COPY[dip.reason]
      decreases.push({
        id: rand.uuid(),
        metric: 'conversions',
        cause: localized(copy.cause),
        fix: localized(copy.fix),
      })
    } else if (!dip && mom < 1 - SIGNIFICANT_DROP) {
      const copy = DECREASE_COPY.seasonal
      decreases.push({
        id: rand.uuid(),
        metric: 'conversions',
        cause: localized(copy.cause, { period: values.period }),
        fix: localized(copy.fix),
      })
    }
    commentaries.push({
      ...stamp(month + 1, 3),
      clientId: plan.client.id,
      periodKind: 'month',
      period: formatMonth(month),
      summary: localized(yearAgo ? MONTH_SUMMARY : MONTH_SUMMARY_NEW, values),
      highlights: highlights(month),
      decreases,
      nextSteps: nextSteps(month),
      proposal: null,
      acknowledgements: [],
      verifiedAt: null,
    })
  }

  // The last complete calendar quarter.
  const quarter = quarterStart(ctx.currentMonth) - 3
  if (plan.startMonth <= quarter) {
    const totals = sumTotals(metrics, range(quarter, quarter + 2))
    const before = sumTotals(metrics, range(quarter - 3, quarter - 1))
    const qoq = before.conversions > 0 ? totals.conversions / before.conversions : 1
    commentaries.push({
      ...stamp(quarter + 3, 5),
      clientId: plan.client.id,
      periodKind: 'quarter',
      period: quarterKey(quarter),
      summary: localized(QUARTER_SUMMARY, {
        quarter: quarterKey(quarter),
        value: formatCount(totals.conversions, lang),
        qoq: formatChange(qoq, lang),
        spend: formatMoney(totals.spendMinor, plan.currency, lang),
      }),
      highlights: highlights(quarter + 2),
      decreases:
        qoq < 1 - SIGNIFICANT_DROP
          ? [
              {
                id: rand.uuid(),
                metric: 'conversions',
                cause: localized(DECREASE_COPY.seasonal.cause, { period: quarterKey(quarter) }),
                fix: localized(DECREASE_COPY.seasonal.fix),
              },
            ]
          : [],
      nextSteps: nextSteps(quarter + 2),
      proposal: null,
      acknowledgements: [],
      verifiedAt: null,
    })
  }

  // Annual commentaries: last calendar year, and the closing first cooperation year's proposal.
  const thisYear = yearOfMonth(ctx.currentMonth)
  const baseline = sumTotals(metrics, range(plan.baselineStart, plan.startMonth - 1))
  const baselineMonths = Math.max(1, plan.startMonth - plan.baselineStart)
  const years: { year: number; proposalFrom: MonthNumber }[] = []
  if (plan.startMonth <= (thisYear - 1) * 12 + 5)
    years.push({ year: thisYear - 1, proposalFrom: thisYear * 12 })
  if (plan.nearAnniversary && !years.some((y) => y.year === thisYear))
    years.push({ year: thisYear, proposalFrom: ctx.currentMonth + 1 })
  for (const { year, proposalFrom } of years) {
    const from = Math.max(year * 12, plan.startMonth)
    const to = Math.min(year * 12 + 11, ctx.lastFullMonth)
    const totals = sumTotals(metrics, range(from, to))
    const monthly = totals.conversions / Math.max(1, to - from + 1)
    const reportMonth = year === thisYear ? ctx.currentMonth : thisYear * 12
    commentaries.push({
      ...stamp(reportMonth, year === thisYear ? 2 : 8),
      clientId: plan.client.id,
      periodKind: 'year',
      period: String(year),
      summary: localized(YEAR_SUMMARY, {
        year,
        value: formatCount(totals.conversions, lang),
        vsBaseline: formatChange(monthly / Math.max(1, baseline.conversions / baselineMonths), lang),
      }),
      highlights: highlights(to),
      decreases: [],
      nextSteps: nextSteps(to),
      proposal: { items: proposal(rand, lang, proposalFrom), creativeImages: [] },
      acknowledgements: [],
      verifiedAt: null,
    })
  }
  return commentaries
}

function proposal(rand: Random, lang: keyof Localized, from: MonthNumber): ProposalItem[] {
  return rand.sample(PROPOSAL_ITEMS, rand.int(3, 4)).map((item) => {
    const start = from + (item.months === 12 ? 0 : rand.int(0, 12 - item.months))
    return {
      id: rand.uuid(),
      title: item.title[lang],
      description: item.description[lang],
      startMonth: formatMonth(start),
      endMonth: formatMonth(start + item.months - 1),
    }
  })
}
