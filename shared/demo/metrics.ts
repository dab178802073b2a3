/**
 * Monthly results of the demo clients, per channel, from the pre-cooperation baseline to the
 * last complete month. The model is a funnel (spend → impressions → clicks → conversions)
 * so the rows are internally consistent by construction: reach ≤ impressions, clicks ≤
 * impressions, conversions ≤ clicks. On top: seasonality by industry, growth once the agency
 * takes over, noise, and "real" dips — months where something went wrong for a reason a PM
 * can explain (tracking broke, the budget was cut, ads were rejected …).
 *
 * Row semantics (the report models rely on them):
 * - `campaignId: null` rows are the channel's total for the month; sum these for client totals.
 * - `campaignId` set rows break a paid channel's total down by campaign; they are a subset of
 *   the total (their sum never exceeds it) and must not be added to it.
 * - `channel: 'website'` rows carry only the client's custom KPIs (keyed by custom KPI id),
 *   which are client-level figures; all their standard metrics are null.
 * - null means "not measured on this channel": organic channels have no spend, search has
 *   no reach, only organic social has followers (the audience size at month end).
 */
import type { Channel, MetricMonth } from '../schemas'
import {
  daysInMonth,
  firstDayOfMonth,
  formatMonth,
  monthOfDay,
  nthWorkdayOfMonth,
  utcInstant,
  type DayNumber,
  type MonthNumber,
} from './calendar'
import { customKpiTemplate, type ClientPlan } from './clients'
import { capAtNow, type DemoContext } from './context'
import type { Random } from './random'

/** Why a month's results fell; each reason has a cause and a fix in report-copy.ts. */
export type DipReason =
  'tracking' | 'budget-cut' | 'disapproved' | 'stock-out' | 'site-down' | 'algorithm' | 'competitor'

/** A month where conversions fell for a reason. */
export type Dip = {
  month: MonthNumber
  reason: DipReason
  /** The channels it hit. */
  channels: Channel[]
  /** Whether the month's commentary explains it (decided here, written by commentaries.ts). */
  explained: boolean
  /** How much of the affected quantity was left (0.6 = a 40 % fall). */
  severity: number
}

/** A client's totals for one month over its channel-total rows. */
export type MonthTotals = {
  spendMinor: number
  impressions: number
  clicks: number
  conversions: number
  conversionValueMinor: number
  leads: number
}

/** A campaign as far as its result rows are concerned. */
export type CampaignSlice = {
  id: string
  channels: readonly Channel[]
  startDay: DayNumber
  endDay: DayNumber
}

/** Everything the metrics generator produced for one client. */
export type ClientMetrics = {
  rows: MetricMonth[]
  totals: Map<MonthNumber, MonthTotals>
  /** Custom KPI values by month and KPI id. */
  custom: Map<MonthNumber, Record<string, number>>
  /** The model's noiseless expectation for any month (used to set targets). */
  expected(month: MonthNumber): MonthTotals
  /** Spend (minor units) booked on each campaign's breakdown rows. */
  campaignSpend: Map<string, number>
  dips: Dip[]
}

type Range = readonly [number, number]

/** The measured fields of a metric month. */
type MetricValues = Pick<
  MetricMonth,
  | 'spendMinor'
  | 'impressions'
  | 'reach'
  | 'clicks'
  | 'conversions'
  | 'conversionValueMinor'
  | 'leads'
  | 'followers'
  | 'engagements'
  | 'custom'
>

type ChannelTraits = {
  paid: boolean
  /** Monthly spend in EUR for a business of scale 1 (paid channels). */
  spendEur: number
  /** EUR per thousand impressions (paid channels). */
  cpm: Range
  /** Monthly impressions for scale 1 (organic channels; for e-mail the list size). */
  organicVolume: number
  ctr: Range
  /** Reach as a share of impressions; null where the platform does not report reach. */
  reach: Range | null
  cvr: Range
  engagement: Range | null
}

const TRAITS: Record<Exclude<Channel, 'website'>, ChannelTraits> = {
  'google-ads': {
    paid: true,
    spendEur: 1900,
    cpm: [60, 110],
    organicVolume: 0,
    ctr: [0.04, 0.07],
    reach: null,
    cvr: [0.03, 0.06],
    engagement: null,
  },
  'microsoft-ads': {
    paid: true,
    spendEur: 420,
    cpm: [40, 70],
    organicVolume: 0,
    ctr: [0.03, 0.05],
    reach: null,
    cvr: [0.025, 0.05],
    engagement: null,
  },
  meta: {
    paid: true,
    spendEur: 1300,
    cpm: [5, 9],
    organicVolume: 0,
    ctr: [0.008, 0.015],
    reach: [0.35, 0.55],
    cvr: [0.015, 0.035],
    engagement: [0.02, 0.04],
  },
  linkedin: {
    paid: true,
    spendEur: 1500,
    cpm: [28, 45],
    organicVolume: 0,
    ctr: [0.004, 0.008],
    reach: [0.3, 0.5],
    cvr: [0.05, 0.1],
    engagement: [0.005, 0.012],
  },
  tiktok: {
    paid: true,
    spendEur: 700,
    cpm: [3, 6],
    organicVolume: 0,
    ctr: [0.006, 0.012],
    reach: [0.4, 0.6],
    cvr: [0.008, 0.02],
    engagement: [0.03, 0.07],
  },
  seo: {
    paid: false,
    spendEur: 0,
    cpm: [0, 0],
    organicVolume: 60_000,
    ctr: [0.02, 0.04],
    reach: null,
    cvr: [0.015, 0.03],
    engagement: null,
  },
  email: {
    paid: false,
    spendEur: 0,
    cpm: [0, 0],
    organicVolume: 4_000,
    ctr: [0.015, 0.03],
    reach: [1, 1],
    cvr: [0.03, 0.06],
    engagement: [0.3, 0.45],
  },
  'organic-social': {
    paid: false,
    spendEur: 0,
    cpm: [0, 0],
    organicVolume: 40_000,
    ctr: [0.003, 0.008],
    reach: [0.5, 0.7],
    cvr: [0.01, 0.02],
    engagement: [0.03, 0.06],
  },
}

/** True for channels that spend media money. */
export function isPaidChannel(channel: Channel): boolean {
  return channel !== 'website' && TRAITS[channel].paid
}

/** One client-channel's fixed parameters, drawn once. */
type ChannelModel = {
  channel: Exclude<Channel, 'website'>
  since: MonthNumber
  traits: ChannelTraits
  cpm: number
  ctr: number
  reach: number | null
  cvr: number
  engagement: number | null
  leadShare: number
  sendsPerMonth: number
}

type Jitter = (spread: number) => number

type ChannelMonth = {
  spendMinor: number | null
  impressions: number
  reach: number | null
  clicks: number
  conversions: number
  /** Conversions that really happened (a tracking dip hides some from the platform). */
  trueConversions: number
  conversionValueMinor: number | null
  leads: number | null
  engagements: number | null
  followers: number | null
}

type DipEffect = {
  spend: number
  impressions: number
  clicks: number
  conversions: number
  tracking: boolean
}

const NO_EFFECT: DipEffect = { spend: 1, impressions: 1, clicks: 1, conversions: 1, tracking: false }

function dipEffect(dip: Dip | undefined, channel: Channel): DipEffect {
  if (!dip || !dip.channels.includes(channel)) return NO_EFFECT
  const s = dip.severity
  switch (dip.reason) {
    case 'tracking':
      return { ...NO_EFFECT, conversions: s, tracking: true }
    case 'budget-cut':
    case 'disapproved':
      return { ...NO_EFFECT, spend: s }
    case 'stock-out':
    case 'site-down':
      return { ...NO_EFFECT, conversions: s }
    case 'algorithm':
      return { ...NO_EFFECT, impressions: s }
    case 'competitor':
      return { ...NO_EFFECT, clicks: s, conversions: 0.95 }
  }
}

function between(rand: Random, [min, max]: Range): number {
  return rand.between(min, max)
}

function buildModels(plan: ClientPlan, rand: Random): ChannelModel[] {
  return plan.channels.flatMap(({ channel, since }) => {
    if (channel === 'website') return []
    const traits = TRAITS[channel]
    return [
      {
        channel,
        since,
        traits,
        cpm: between(rand, traits.cpm),
        ctr: between(rand, traits.ctr),
        reach: traits.reach ? between(rand, traits.reach) : null,
        cvr: between(rand, traits.cvr),
        engagement: traits.engagement ? between(rand, traits.engagement) : null,
        leadShare: rand.between(0.75, 0.95),
        sendsPerMonth: rand.int(2, 4),
      },
    ]
  })
}

/** Share of the agency's full effect reached `month` months into the cooperation. */
function progressAt(plan: ClientPlan, month: MonthNumber): number {
  return month < plan.startMonth ? 0 : 1 - Math.exp(-(month - plan.startMonth + 1) / 7)
}

function channelMonth(
  plan: ClientPlan,
  model: ChannelModel,
  month: MonthNumber,
  jitter: Jitter,
  dip: Dip | undefined,
): ChannelMonth {
  const { traits } = model
  const season = plan.industry.seasonality[month % 12] ?? 1
  const progress = progressAt(plan, month)
  const yearsIn = Math.max(0, (month - plan.startMonth) / 12)
  const effect = dipEffect(dip, model.channel)
  // A channel the agency added starts small and grows into its budget over the first months.
  const ramp = model.since > plan.baselineStart ? Math.min(1, 0.45 + 0.15 * (month - model.since)) : 1

  let spendMinor: number | null = null
  let impressions: number
  let reach: number | null
  if (traits.paid) {
    // Before us the client ran smaller budgets; budgets grow as results prove out, and follow demand.
    const budgetLevel = month < plan.startMonth ? 0.8 : 0.8 + 0.25 * progress + 0.04 * Math.min(yearsIn, 4)
    const spendEur =
      traits.spendEur * plan.scale * budgetLevel * ramp * season ** 0.7 * jitter(0.15) * effect.spend
    spendMinor = Math.round(spendEur * plan.fxPerEur * 100)
    // Auction prices rise in the November–December retail peak.
    const cpm = model.cpm * (month % 12 >= 10 ? 1.15 : 1) * jitter(0.1)
    impressions = Math.round((spendEur / cpm) * 1000 * effect.impressions)
    reach = model.reach === null ? null : Math.round(impressions * model.reach * jitter(0.04))
  } else if (model.channel === 'email') {
    const list =
      traits.organicVolume * plan.scale * ramp * (1 + 0.02 * (month - plan.baselineStart)) * jitter(0.02)
    reach = Math.round(list)
    impressions = reach * model.sendsPerMonth
  } else {
    const lift = 1 + 0.35 * progress + 0.05 * Math.min(yearsIn, 4)
    impressions = Math.round(
      traits.organicVolume * plan.scale * ramp * season ** 0.5 * lift * jitter(0.2) * effect.impressions,
    )
    reach = model.reach === null ? null : Math.round(impressions * model.reach * jitter(0.04))
  }
  if (reach !== null) reach = Math.min(reach, impressions)

  const clicks = Math.min(
    impressions,
    Math.round(impressions * model.ctr * (1 + 0.15 * progress) * jitter(0.15) * effect.clicks),
  )
  const trueConversions = Math.min(
    clicks,
    Math.round(
      clicks *
        model.cvr *
        (1 + plan.growth * progress) *
        season ** 0.5 *
        jitter(0.25) *
        (effect.tracking ? 1 : effect.conversions),
    ),
  )
  const conversions = effect.tracking ? Math.floor(trueConversions * effect.conversions) : trueConversions
  const kind = plan.industry.conversionKind
  const conversionValueMinor =
    kind === 'leads'
      ? null
      : Math.round(conversions * plan.industry.averageValueEur * plan.fxPerEur * jitter(0.12) * 100)
  const leads = kind === 'leads' ? Math.min(conversions, Math.round(conversions * model.leadShare)) : null
  const engagements =
    model.engagement === null ? null : Math.round(impressions * model.engagement * jitter(0.1))
  const followers =
    model.channel === 'organic-social'
      ? Math.round(3000 * plan.scale * (1 + 0.015 * (month - plan.baselineStart) + 0.2 * progress))
      : null
  return {
    spendMinor,
    impressions,
    reach,
    clicks,
    conversions,
    trueConversions,
    conversionValueMinor,
    leads,
    engagements,
    followers,
  }
}

function emptyTotals(): MonthTotals {
  return { spendMinor: 0, impressions: 0, clicks: 0, conversions: 0, conversionValueMinor: 0, leads: 0 }
}

function addTo(totals: MonthTotals, row: ChannelMonth): void {
  totals.spendMinor += row.spendMinor ?? 0
  totals.impressions += row.impressions
  totals.clicks += row.clicks
  totals.conversions += row.conversions
  totals.conversionValueMinor += row.conversionValueMinor ?? 0
  totals.leads += row.leads ?? 0
}

function eligibleReasons(plan: ClientPlan): DipReason[] {
  const channels = plan.channels.map((c) => c.channel)
  const paid = channels.some(isPaidChannel)
  const reasons: DipReason[] = ['site-down']
  if (paid) reasons.push('tracking', 'budget-cut', 'disapproved')
  if (plan.industry.conversionKind === 'sales') reasons.push('stock-out')
  if (channels.includes('seo')) reasons.push('algorithm')
  if (channels.includes('google-ads')) reasons.push('competitor')
  return reasons
}

function dipChannels(plan: ClientPlan, reason: DipReason): Channel[] {
  const channels = plan.channels.map((c) => c.channel)
  // A broken conversion tag, a site outage or a stock-out hit every channel; the rest only some.
  switch (reason) {
    case 'budget-cut':
      return channels.filter(isPaidChannel)
    case 'disapproved':
      return channels.filter(isPaidChannel).slice(0, 1)
    case 'algorithm':
      return ['seo']
    case 'competitor':
      return ['google-ads']
    default:
      return channels
  }
}

/** The role a client plays in guaranteeing the dips the demo must show. */
export type DipRole = 'unexplained-last-month' | 'explained-recent' | null

/** Plans a client's dips: random ones in its history plus the guaranteed one of its role. */
export function planDips(plan: ClientPlan, ctx: DemoContext, role: DipRole): Dip[] {
  const rand = plan.rand.fork('dips')
  const first = plan.startMonth + 2
  const last = ctx.lastFullMonth
  const dips: Dip[] = []
  const taken = new Set<number>()
  const add = (month: MonthNumber, reason: DipReason, explained: boolean): void => {
    // Dips never touch each other: the month before a dip is the comparison point.
    if (month < first || month > last || taken.has(month) || taken.has(month - 1) || taken.has(month + 1))
      return
    taken.add(month)
    dips.push({
      month,
      reason,
      channels: dipChannels(plan, reason),
      explained,
      severity: rand.between(0.58, 0.72),
    })
  }
  const reasons = eligibleReasons(plan)
  if (role === 'unexplained-last-month')
    add(last, reasons.includes('tracking') ? 'tracking' : 'site-down', false)
  // The explained dip of the recent window is one that hits every (paid) channel, so it shows in the total.
  const broad = reasons.filter((r) => r === 'site-down' || r === 'budget-cut' || r === 'stock-out')
  if (role === 'explained-recent') add(last - rand.int(1, 2), rand.pick(broad), true)
  const historyMonths = last - first
  const count = historyMonths < 6 ? 0 : rand.int(0, historyMonths > 24 ? 2 : 1)
  for (let i = 0; i < count; i++) {
    // Older dips are explained half of the time; the recent window's commentaries explain theirs.
    add(rand.int(first, last - 3), rand.pick(reasons), rand.chance(0.5))
  }
  return dips.sort((a, b) => a.month - b.month)
}

/** When a month's rows were entered, shared by all rows of the month. */
type RowStamp = { month: string; enteredAt: string }

/** Rows are entered when the month is reported: the first workday of the next month, in the morning. */
function rowStamps(ctx: DemoContext, rand: Random): (month: MonthNumber) => RowStamp {
  const cache = new Map<MonthNumber, RowStamp>()
  return (month) => {
    let stamp = cache.get(month)
    if (!stamp) {
      const entered = utcInstant(nthWorkdayOfMonth(month + 1, 1), 7 * 60 + rand.int(0, 120))
      stamp = { month: formatMonth(month), enteredAt: capAtNow(ctx, entered) }
      cache.set(month, stamp)
    }
    return stamp
  }
}

// Built as one literal (no spreads): this runs for every row of a 300-client benchmark agency.
function metricRow(
  rand: Random,
  plan: ClientPlan,
  stamp: RowStamp,
  channel: Channel,
  campaignId: string | null,
  values: MetricValues,
): MetricMonth {
  return {
    id: rand.uuid(),
    createdAt: stamp.enteredAt,
    updatedAt: stamp.enteredAt,
    deletedAt: null,
    clientId: plan.client.id,
    month: stamp.month,
    channel,
    campaignId,
    currency: plan.currency,
    spendMinor: values.spendMinor,
    impressions: values.impressions,
    reach: values.reach,
    clicks: values.clicks,
    conversions: values.conversions,
    conversionValueMinor: values.conversionValueMinor,
    leads: values.leads,
    followers: values.followers,
    engagements: values.engagements,
    custom: values.custom,
    source: 'demo',
  }
}

/** Generates a client's metric months, with campaign breakdowns for `campaigns`. */
export function generateClientMetrics(
  plan: ClientPlan,
  ctx: DemoContext,
  dips: readonly Dip[],
  campaigns: readonly CampaignSlice[],
): ClientMetrics {
  const rand = plan.rand.fork('metrics')
  const models = buildModels(plan, rand)
  const dipByMonth = new Map(dips.map((dip) => [dip.month, dip]))
  const rows: MetricMonth[] = []
  const totals = new Map<MonthNumber, MonthTotals>()
  const trueConversions = new Map<MonthNumber, number>()
  const channelRows = new Map<string, { model: ChannelModel; values: ChannelMonth; row: MetricMonth }>()
  const jitter: Jitter = (spread) => rand.noise(spread)
  const stamp = rowStamps(ctx, rand.fork('stamps'))

  for (let month = plan.baselineStart; month <= ctx.lastFullMonth; month++) {
    const monthTotals = emptyTotals()
    let trueTotal = 0
    for (const model of models) {
      if (month < model.since) continue
      const values = channelMonth(plan, model, month, jitter, dipByMonth.get(month))
      addTo(monthTotals, values)
      trueTotal += values.trueConversions
      const row = metricRow(rand, plan, stamp(month), model.channel, null, {
        spendMinor: values.spendMinor,
        impressions: values.impressions,
        reach: values.reach,
        clicks: values.clicks,
        conversions: values.conversions,
        conversionValueMinor: values.conversionValueMinor,
        leads: values.leads,
        followers: values.followers,
        engagements: values.engagements,
        custom: {},
      })
      rows.push(row)
      channelRows.set(`${model.channel}:${month}`, { model, values, row })
    }
    totals.set(month, monthTotals)
    trueConversions.set(month, trueTotal)
  }

  enforceDipDrops(dips, totals, trueConversions, channelRows)

  const custom = customKpiRows(plan, ctx, rand, stamp, trueConversions, rows)
  const campaignSpend = campaignBreakdown(plan, ctx, rand, stamp, campaigns, channelRows, rows)

  const expected = (month: MonthNumber): MonthTotals => {
    const sum = emptyTotals()
    for (const model of models) {
      if (month >= model.since)
        addTo(
          sum,
          channelMonth(plan, model, month, () => 1, undefined),
        )
    }
    return sum
  }

  return { rows, totals, custom, expected, campaignSpend, dips: [...dips] }
}

/**
 * A dip must be visible in the client's total, not only in one channel: if noise and
 * seasonality hid it, the conversions of the channels it hit are scaled down until the total
 * is at most 68 % of the month before (as far as those channels can carry it). A tracking dip
 * leaves the real conversions alone — only the recording failed.
 */
function enforceDipDrops(
  dips: readonly Dip[],
  totals: Map<MonthNumber, MonthTotals>,
  trueConversions: Map<MonthNumber, number>,
  channelRows: Map<string, { values: ChannelMonth; row: MetricMonth }>,
): void {
  for (const dip of dips) {
    const current = totals.get(dip.month)
    const previous = totals.get(dip.month - 1)
    if (!current || !previous || current.conversions <= previous.conversions * 0.7) continue
    const hit = dip.channels.flatMap((channel) => {
      const entry = channelRows.get(`${channel}:${dip.month}`)
      return entry ? [entry] : []
    })
    const hitConversions = hit.reduce((sum, entry) => sum + (entry.row.conversions ?? 0), 0)
    if (hitConversions === 0) continue
    const target = previous.conversions * 0.68 - (current.conversions - hitConversions)
    const factor = Math.min(1, Math.max(0.2, target / hitConversions))
    const next = { ...current }
    for (const entry of hit) {
      const { row } = entry
      const scale = (value: number | null): number | null =>
        value === null ? null : Math.floor(value * factor)
      const before = entry.values
      row.conversions = scale(row.conversions)
      row.conversionValueMinor = scale(row.conversionValueMinor)
      row.leads = scale(row.leads)
      next.conversions += (row.conversions ?? 0) - before.conversions
      next.conversionValueMinor += (row.conversionValueMinor ?? 0) - (before.conversionValueMinor ?? 0)
      next.leads += (row.leads ?? 0) - (before.leads ?? 0)
      entry.values = {
        ...before,
        conversions: row.conversions ?? 0,
        conversionValueMinor: row.conversionValueMinor,
        leads: row.leads,
      }
    }
    totals.set(dip.month, next)
    if (dip.reason !== 'tracking') {
      trueConversions.set(
        dip.month,
        (trueConversions.get(dip.month) ?? 0) - current.conversions + next.conversions,
      )
    }
  }
}

function customKpiRows(
  plan: ClientPlan,
  ctx: DemoContext,
  rand: Random,
  stamp: (month: MonthNumber) => RowStamp,
  trueConversions: Map<MonthNumber, number>,
  rows: MetricMonth[],
): Map<MonthNumber, Record<string, number>> {
  const byMonth = new Map<MonthNumber, Record<string, number>>()
  if (plan.client.customKpis.length === 0) return byMonth
  for (let month = plan.baselineStart; month <= ctx.lastFullMonth; month++) {
    const conversions = trueConversions.get(month) ?? 0
    const progress = progressAt(plan, month)
    const values: Record<string, number> = {}
    for (const kpi of plan.client.customKpis) {
      const template = customKpiTemplate(plan, kpi)
      const base = template?.base ?? 1
      if (kpi.aggregation === 'sum') {
        // Counted by the client's own system (bookings, requests), so tracking dips do not hide them.
        values[kpi.id] = Math.max(0, Math.round(conversions * base * rand.noise(0.1)))
      } else if (kpi.aggregation === 'average') {
        values[kpi.id] = Math.round((base - 7 * progress) * rand.noise(0.03) * 10) / 10
      } else {
        values[kpi.id] = Math.round(
          base * plan.scale * (1 + 0.025 * (month - plan.baselineStart)) * rand.noise(0.01),
        )
      }
    }
    byMonth.set(month, values)
    rows.push(
      metricRow(rand, plan, stamp(month), 'website', null, {
        spendMinor: null,
        impressions: null,
        reach: null,
        clicks: null,
        conversions: null,
        conversionValueMinor: null,
        leads: null,
        followers: null,
        engagements: null,
        custom: values,
      }),
    )
  }
  return byMonth
}

function campaignBreakdown(
  plan: ClientPlan,
  ctx: DemoContext,
  rand: Random,
  stamp: (month: MonthNumber) => RowStamp,
  campaigns: readonly CampaignSlice[],
  channelRows: Map<string, { values: ChannelMonth; row: MetricMonth }>,
  rows: MetricMonth[],
): Map<string, number> {
  const usedShare = new Map<string, number>()
  const spend = new Map<string, number>()
  for (const campaign of campaigns) {
    const from = monthOfDay(campaign.startDay)
    const to = Math.min(monthOfDay(campaign.endDay), ctx.lastFullMonth)
    for (let month = from; month <= to; month++) {
      const first = firstDayOfMonth(month)
      const days = daysInMonth(month)
      const activeDays = Math.min(campaign.endDay, first + days - 1) - Math.max(campaign.startDay, first) + 1
      for (const channel of campaign.channels) {
        if (!isPaidChannel(channel)) continue
        const key = `${channel}:${month}`
        const total = channelRows.get(key)?.row
        if (!total) continue
        const used = usedShare.get(key) ?? 0
        // Leave at least 10 % of the channel to always-on activity outside named campaigns.
        const share = Math.min(rand.between(0.3, 0.6) * (activeDays / days), 0.9 - used)
        if (share < 0.08) continue
        usedShare.set(key, used + share)
        const part = (value: number | null): number | null =>
          value === null ? null : Math.floor(value * share)
        const row = metricRow(rand, plan, stamp(month), channel, campaign.id, {
          spendMinor: part(total.spendMinor),
          impressions: part(total.impressions),
          reach: part(total.reach),
          clicks: part(total.clicks),
          conversions: part(total.conversions),
          conversionValueMinor: part(total.conversionValueMinor),
          leads: part(total.leads),
          followers: null,
          engagements: part(total.engagements),
          custom: {},
        })
        rows.push(row)
        spend.set(campaign.id, (spend.get(campaign.id) ?? 0) + (row.spendMinor ?? 0))
      }
    }
  }
  return spend
}

/** Client totals over channel-total rows for a set of months (missing months count as zero). */
export function sumTotals(metrics: ClientMetrics, months: readonly MonthNumber[]): MonthTotals {
  const sum = emptyTotals()
  for (const month of months) {
    const t = metrics.totals.get(month)
    if (!t) continue
    sum.spendMinor += t.spendMinor
    sum.impressions += t.impressions
    sum.clicks += t.clicks
    sum.conversions += t.conversions
    sum.conversionValueMinor += t.conversionValueMinor
    sum.leads += t.leads
  }
  return sum
}
