/**
 * Campaigns, their briefs and lean-loop tests. Each client gets a timeline: past campaigns
 * (learned), the recently ended (testing: results being measured), the running (live), and
 * upcoming ones in production, planned or still an idea. Policy (seeds 001, 003): no brief,
 * no project — a campaign in production or later has an approved brief with every question
 * answered; earlier ones carry briefs in draft or clarifying with open questions.
 *
 * Generation is two-phase: campaigns first (the metric rows need their dates and channels),
 * then `completeCampaigns` sets media budgets and writes briefs from the results.
 */
import type {
  Brief,
  Campaign,
  Channel,
  Experiment,
  LeanStage,
  Milestone,
  OpenQuestion,
  StageChange,
} from '../schemas'
import { LEAN_STAGES } from '../schemas'
import {
  addMonthsToDay,
  addWorkdays,
  firstDayOfMonth,
  formatDay,
  monthOfDay,
  monthOfYear,
  nextWorkday,
  parseDay,
  yearOfMonth,
  zonedInstant,
  type DayNumber,
} from './calendar'
import {
  BRIEF_BUSINESS_LOGIC,
  BRIEF_GOALS,
  COST_PER_CONVERSION,
  DELIVERABLES,
  KPI_NAMES,
  MATERIALS,
  MILESTONE_LABELS,
  OPEN_QUESTIONS,
  THEMES,
} from './campaign-copy'
import type { ClientPlan } from './clients'
import { capAtNow, recordBase, type DemoContext } from './context'
import type { ThemeKey } from './industries'
import { CAMPAIGN_NOTES } from './internal-copy'
import { TESTS } from './lean-loop-copy'
import { fill, formatCount, formatMoney, monthName } from './locale-text'
import { isPaidChannel, type ClientMetrics } from './metrics'
import type { Random } from './random'

/** A campaign with the facts the later generators need. */
export type CampaignDraft = {
  campaign: Campaign
  theme: ThemeKey
  startDay: DayNumber | null
  endDay: DayNumber | null
}

/** Stages one client must show so the agency has every lean-loop stage at least once. */
export type StageDemand = 'all' | 'none'

const ALWAYS_ON: readonly ThemeKey[] = [
  'retargeting',
  'lead-generation',
  'brand-awareness',
  'product-launch',
  'newsletter',
  'fan-contest',
]

function chooseTheme(rand: Random, plan: ClientPlan, month: number): ThemeKey {
  const calendarMonth = monthOfYear(month)
  const seasonal = plan.industry.themes.filter((key) => THEMES[key].startMonths.includes(calendarMonth))
  const anytime = plan.industry.themes.filter((key) => THEMES[key].startMonths.length === 0)
  if (seasonal.length > 0 && rand.chance(0.75)) return rand.pick(seasonal)
  return rand.pick(anytime.length > 0 ? anytime : plan.industry.themes)
}

function chooseChannels(rand: Random, plan: ClientPlan, theme: ThemeKey): Channel[] {
  const own = plan.channels.map((c) => c.channel)
  if (theme === 'newsletter' && own.includes('email')) return ['email']
  if (theme === 'fan-contest') {
    const social = own.filter((c) => c === 'meta' || c === 'organic-social' || c === 'tiktok')
    if (social.length > 0) return social
  }
  const paid = own.filter(isPaidChannel)
  const pool = paid.length > 0 ? paid : own
  return rand.sample(pool, rand.int(1, Math.min(3, pool.length)))
}

function stageFor(rand: Random, ctx: DemoContext, start: DayNumber, end: DayNumber): LeanStage {
  if (start > ctx.today) return start - ctx.today <= 28 ? 'in-production' : 'planned'
  if (end >= ctx.today) return rand.chance(0.3) ? 'testing' : 'live'
  if (end >= ctx.today - 14) return 'testing'
  if (end >= ctx.today - 35) return rand.chance(0.5) ? 'testing' : 'learned'
  return 'learned'
}

function milestoneInstant(rand: Random, plan: ClientPlan, day: DayNumber): string {
  return zonedInstant(day, rand.int(9 * 60, 16 * 60), plan.client.timezone)
}

/** The schedule agreed with the client: brief approved, proofing rounds, launch, end, reporting. */
function milestones(
  rand: Random,
  ctx: DemoContext,
  plan: ClientPlan,
  stage: LeanStage,
  start: DayNumber,
  end: DayNumber,
): Milestone[] {
  // Agreed dates fall on workdays; only the launch itself may be a weekend (shops sell on Saturdays).
  let briefApproved = nextWorkday(start - rand.int(21, 30))
  // A campaign in production has its brief approved already, however close the launch is.
  if (stage === 'in-production')
    briefApproved = Math.min(briefApproved, addWorkdays(ctx.today, -rand.int(1, 4)))
  const dates: { kind: Milestone['kind']; day: DayNumber; n?: number }[] = [
    { kind: 'brief-approved', day: briefApproved },
    { kind: 'proofing', day: nextWorkday(start - rand.int(12, 16)), n: 1 },
  ]
  if (rand.chance(0.6)) dates.push({ kind: 'proofing', day: nextWorkday(start - rand.int(6, 9)), n: 2 })
  dates.push(
    { kind: 'launch', day: start },
    { kind: 'end', day: end },
    { kind: 'reporting', day: nextWorkday(end + rand.int(5, 8)) },
  )
  // Now and then the client is late with a proofing round: its date passed, still not done.
  const lateProofing = stage === 'in-production' && rand.chance(0.3)
  return dates.map(({ kind, day, n }) => {
    const past = day < ctx.today
    const done = stage !== 'planned' && past && !(lateProofing && kind === 'proofing')
    return {
      id: rand.uuid(),
      kind,
      label: fill(MILESTONE_LABELS[kind][plan.language], { n: n ?? 1 }),
      date: formatDay(day),
      doneAt: done ? milestoneInstant(rand, plan, day) : null,
    }
  })
}

/**
 * The stages a campaign went through to reach its stage, dated from its schedule: planned when
 * created, in production when the brief was approved, live at the launch, testing after the end,
 * learned two weeks later. No date lies after yesterday or before the previous stage's.
 */
function demoStageHistory(
  ctx: DemoContext,
  plan: ClientPlan,
  stage: LeanStage,
  createdAt: string,
  schedule: readonly Milestone[],
  start: DayNumber | null,
  end: DayNumber | null,
): StageChange[] {
  const first: StageChange = { stage: start === null ? 'idea' : 'planned', at: createdAt }
  if (stage === 'idea' || start === null || end === null) return [{ stage, at: createdAt }]
  const approved = schedule.find((m) => m.kind === 'brief-approved')
  const dayOfStage: Partial<Record<LeanStage, DayNumber>> = {
    'in-production': approved ? parseDay(approved.date) : start - 14,
    live: start,
    testing: end + 1,
    learned: end + 15,
  }
  const history = [first]
  let previous = Math.floor(Date.parse(createdAt) / 86_400_000)
  for (const next of LEAN_STAGES.slice(
    LEAN_STAGES.indexOf('in-production'),
    LEAN_STAGES.indexOf(stage) + 1,
  )) {
    const day = Math.max(previous, Math.min(dayOfStage[next] ?? previous, ctx.today - 1))
    history.push({ stage: next, at: capAtNow(ctx, zonedInstant(day, 10 * 60, plan.client.timezone)) })
    previous = day
  }
  return history
}

/** A campaign's test moves with it: the campaign's stage when the test was created, then its moves. */
function historySince(campaignHistory: readonly StageChange[], createdAt: string): StageChange[] {
  const before = campaignHistory.filter((change) => change.at <= createdAt).at(-1)
  const after = campaignHistory.filter((change) => change.at > createdAt)
  const initial = before?.stage ?? campaignHistory[0]?.stage ?? 'idea'
  return [{ stage: initial, at: createdAt }, ...after]
}

type Slot = { theme: ThemeKey; start: DayNumber | null; end: DayNumber | null; stage?: LeanStage }

function timeline(rand: Random, ctx: DemoContext, plan: ClientPlan, demand: StageDemand): Slot[] {
  const light = plan.client.activityLevel === 'light'
  const slots: Slot[] = []
  const slot = (theme: ThemeKey, start: DayNumber, months: number, stage?: LeanStage): Slot => {
    const end = addMonthsToDay(start, months) - 1
    return stage ? { theme, start, end, stage } : { theme, start, end }
  }
  // Past and running campaigns, from the first month after onboarding.
  for (
    let month = plan.startMonth + 1;
    month < ctx.currentMonth;
    month += light ? rand.int(4, 7) : rand.int(2, 4)
  ) {
    const theme = chooseTheme(rand, plan, month)
    const [min, max] = THEMES[theme].duration
    slots.push(slot(theme, firstDayOfMonth(month) + rand.int(0, 12), rand.int(min, max)))
  }
  const running = slots.some(
    (s) => s.start !== null && s.end !== null && s.start <= ctx.today && s.end >= ctx.today,
  )
  if (!plan.isNewest && !running && (!light || demand === 'all')) {
    slots.push(
      slot(
        rand.pick(ALWAYS_ON.filter((t) => plan.industry.themes.includes(t))),
        ctx.today - rand.int(10, 50),
        rand.int(2, 3),
      ),
    )
  }
  if (demand === 'all') {
    // This client shows every stage: a campaign just ended and being measured, one learned earlier.
    slots.push(
      slot(chooseTheme(rand, plan, ctx.currentMonth - 2), ctx.today - rand.int(40, 60), 1, 'testing'),
    )
    if (!slots.some((s) => s.end !== null && s.end < ctx.today - 35)) {
      slots.push(
        slot(chooseTheme(rand, plan, ctx.currentMonth - 4), ctx.today - rand.int(110, 140), 1, 'learned'),
      )
    }
  }
  // Upcoming work.
  const upcomingChance = plan.isNewest || demand === 'all' ? 1 : light ? 0.25 : 0.75
  if (rand.chance(upcomingChance)) {
    const start = ctx.today + rand.int(plan.isNewest ? 14 : 7, 26)
    slots.push(slot(chooseTheme(rand, plan, monthOfDay(start)), start, rand.int(1, 2)))
  }
  if (demand === 'all' || rand.chance(light ? 0.2 : 0.55)) {
    const start = ctx.today + rand.int(35, 70)
    slots.push(slot(chooseTheme(rand, plan, monthOfDay(start)), start, rand.int(1, 2)))
  }
  if (plan.isNewest || demand === 'all' || rand.chance(light ? 0.2 : 0.5)) {
    slots.push({ theme: chooseTheme(rand, plan, ctx.currentMonth + 3), start: null, end: null })
  }
  return slots
}

/** Generates a client's campaigns (budgets and briefs come later, from the results). */
export function generateCampaigns(plan: ClientPlan, ctx: DemoContext, demand: StageDemand): CampaignDraft[] {
  const rand = plan.rand.fork('campaigns')
  const usedNames = new Set<string>()
  return timeline(rand, ctx, plan, demand).map(({ theme, start, end, stage: forced }) => {
    const stage: LeanStage =
      start === null || end === null ? 'idea' : (forced ?? stageFor(rand, ctx, start, end))
    const channels = chooseChannels(rand, plan, theme)
    const owner = channels.some(isPaidChannel) ? plan.adsSpecialist : plan.contentProducer
    const schedule =
      start === null || end === null || stage === 'idea' ? [] : milestones(rand, ctx, plan, stage, start, end)
    const themeName = THEMES[theme].name[plan.language]
    let name = start === null ? themeName : `${themeName} ${yearOfMonth(monthOfDay(start))}`
    // The same theme twice in a year is told apart by its month, as PMs name them.
    if (usedNames.has(name) && start !== null)
      name = `${name} (${monthName(monthOfDay(start), plan.language)})`
    usedNames.add(name)
    const createdDay = start === null ? ctx.today - rand.int(3, 40) : start - rand.int(40, 60)
    const lastDone = schedule.reduce<string | null>(
      (latest, m) => (m.doneAt && (!latest || m.doneAt > latest) ? m.doneAt : latest),
      null,
    )
    const createdAt = zonedInstant(createdDay, rand.int(9 * 60, 15 * 60), plan.client.timezone)
    const campaign: Campaign = {
      ...recordBase(rand, ctx, createdAt, lastDone ?? createdAt),
      clientId: plan.client.id,
      name,
      channels,
      startDate: start === null ? null : formatDay(start),
      endDate: end === null ? null : formatDay(end),
      mediaBudget: null,
      stage,
      ownerId: owner.id,
      milestones: schedule,
      notes: rand.pick(CAMPAIGN_NOTES),
      stageHistory: [],
    }
    campaign.stageHistory = demoStageHistory(ctx, plan, stage, campaign.createdAt, schedule, start, end)
    return { campaign, theme, startDay: start, endDay: end }
  })
}

/** Lean-loop tests: on campaigns by their stage, plus a backlog of test ideas per active client. */
export function generateExperiments(
  plan: ClientPlan,
  ctx: DemoContext,
  drafts: readonly CampaignDraft[],
): Experiment[] {
  const rand = plan.rand.fork('experiments')
  const lang = plan.language
  const own = plan.channels.map((c) => c.channel)
  const fits = (channels: readonly Channel[]) =>
    TESTS.filter((t) => t.channels.length === 0 || t.channels.some((c) => channels.includes(c)))
  const experiments: Experiment[] = []
  const chance: Record<LeanStage, number> = {
    idea: 0.3,
    planned: 0.3,
    'in-production': 0.4,
    live: 0.5,
    testing: 1,
    learned: 0.5,
  }

  for (const { campaign, startDay, endDay } of drafts) {
    if (!rand.chance(chance[campaign.stage])) continue
    const test = rand.pick(fits(campaign.channels))
    // A campaign's test moves through the loop with it.
    const stage = campaign.stage
    const start = startDay === null ? null : startDay + rand.int(3, 10)
    const end = start === null || endDay === null ? null : Math.min(endDay, start + rand.int(21, 35))
    const createdDay = Math.min(ctx.today - 1, (start ?? ctx.today) - rand.int(5, 20))
    const finished = stage === 'learned'
    const base = recordBase(
      rand,
      ctx,
      zonedInstant(createdDay, 10 * 60, plan.client.timezone),
      finished && end !== null ? zonedInstant(end + 3, 14 * 60, plan.client.timezone) : ctx.now,
    )
    experiments.push({
      ...base,
      clientId: plan.client.id,
      campaignId: campaign.id,
      hypothesis: test.hypothesis[lang],
      metric: test.metric[lang],
      startDate: start === null ? null : formatDay(start),
      endDate: end === null ? null : formatDay(end),
      result: finished
        ? test.result[lang]
        : stage === 'testing' || stage === 'live'
          ? test.running[lang]
          : '',
      learning: finished ? test.learning[lang] : '',
      stage,
      stageHistory: historySince(campaign.stageHistory, base.createdAt),
    })
  }
  // The backlog: test ideas not tied to a campaign yet.
  if (plan.client.activityLevel === 'active' && rand.chance(0.6)) {
    const test = rand.pick(fits(own))
    const base = recordBase(
      rand,
      ctx,
      zonedInstant(ctx.today - rand.int(2, 30), 11 * 60, plan.client.timezone),
    )
    experiments.push({
      ...base,
      clientId: plan.client.id,
      campaignId: null,
      hypothesis: test.hypothesis[lang],
      metric: test.metric[lang],
      startDate: null,
      endDate: null,
      result: '',
      learning: '',
      stage: 'idea',
      stageHistory: [{ stage: 'idea', at: base.createdAt }],
    })
  }
  return experiments
}

const HUNDRED_UNITS = 10_000

/** The latest of some instants (nulls ignored). */
function latest(instants: readonly (string | null)[]): string {
  return instants.reduce<string>((max, i) => (i !== null && i > max ? i : max), '')
}

function roundUpTo(amountMinor: number, step: number): number {
  return Math.max(step, Math.ceil(amountMinor / step) * step)
}

function campaignMonths(start: DayNumber, end: DayNumber): number[] {
  const months: number[] = []
  for (let m = monthOfDay(start); m <= monthOfDay(end); m++) months.push(m)
  return months
}

function openQuestions(
  rand: Random,
  plan: ClientPlan,
  status: Brief['status'],
  askedDay: DayNumber,
  approvedDay: DayNumber | null,
  ctx: DemoContext,
): OpenQuestion[] {
  const picked = rand.sample(OPEN_QUESTIONS, rand.int(2, 4))
  const answeredCount =
    status === 'approved' ? picked.length : status === 'clarifying' ? rand.int(1, picked.length - 1) : 0
  return picked.map((q, i) => {
    const answered = i < answeredCount
    // Answers come in before the approval (or before today while the brief is still open).
    const latest = Math.max(askedDay, (approvedDay ?? ctx.today) - 1)
    const day = Math.min(latest, askedDay + rand.int(1, 6))
    return {
      id: rand.uuid(),
      question: q.question[plan.language],
      answer: answered ? q.answer[plan.language] : null,
      answeredAt: answered
        ? capAtNow(ctx, zonedInstant(day, rand.int(9 * 60, 16 * 60), plan.client.timezone))
        : null,
    }
  })
}

/**
 * Sets each campaign's media budget from the spend its result rows booked (or the model's
 * expectation for future campaigns) and writes its brief. Some finished campaigns ran a few
 * per cent over budget, as real ones do, so the report check for overspend has something to find.
 */
export function completeCampaigns(
  plan: ClientPlan,
  ctx: DemoContext,
  drafts: readonly CampaignDraft[],
  metrics: ClientMetrics,
): Brief[] {
  const rand = plan.rand.fork('briefs')
  const kind = plan.industry.conversionKind
  const lang = plan.language
  return drafts.map(({ campaign, startDay, endDay }) => {
    const paid = campaign.channels.some(isPaidChannel)
    const months =
      startDay !== null && endDay !== null ? campaignMonths(startDay, endDay) : [ctx.currentMonth + 3]
    const expectedSpend = months.reduce((sum, m) => sum + metrics.expected(m).spendMinor, 0) * 0.45
    const expectedConversions = months.reduce((sum, m) => sum + metrics.expected(m).conversions, 0) * 0.4
    const spent = metrics.campaignSpend.get(campaign.id) ?? 0
    const ended = endDay !== null && endDay < ctx.today
    if (paid && campaign.stage !== 'idea') {
      let budget = roundUpTo(Math.max(expectedSpend, spent * rand.between(1.02, 1.12)), HUNDRED_UNITS)
      if (ended && spent > 0 && rand.chance(0.12))
        budget = Math.max(HUNDRED_UNITS, Math.floor((spent * 0.95) / HUNDRED_UNITS) * HUNDRED_UNITS)
      campaign.mediaBudget = { amountMinor: budget, currency: plan.currency }
    }

    const status: Brief['status'] =
      campaign.stage === 'idea' ? 'draft' : campaign.stage === 'planned' ? 'clarifying' : 'approved'
    const target = Math.max(5, Math.round(expectedConversions / 5) * 5)
    const averageMinor = Math.round(plan.industry.averageValueEur * plan.fxPerEur * 100)
    const cpaMinor = Math.round(averageMinor * (kind === 'leads' ? 0.06 : kind === 'bookings' ? 0.25 : 0.35))
    const approvedMilestone = campaign.milestones.find((m) => m.kind === 'brief-approved')
    const approvedAt =
      status === 'approved' ? (approvedMilestone?.doneAt ?? capAtNow(ctx, campaign.createdAt)) : null
    const approvedDay =
      approvedMilestone && approvedAt ? Math.floor(Date.parse(approvedAt) / 86_400_000) : null
    const createdDay = Math.floor(Date.parse(campaign.createdAt) / 86_400_000)
    const draft = status === 'draft'
    const goal = fill(BRIEF_GOALS[kind][lang], { campaign: campaign.name, target: formatCount(target, lang) })
    const questions = openQuestions(rand, plan, status, createdDay, approvedDay, ctx)

    const brief: Brief = {
      ...recordBase(
        rand,
        ctx,
        campaign.createdAt,
        latest([approvedAt ?? campaign.updatedAt, ...questions.map((q) => q.answeredAt)]),
      ),
      clientId: plan.client.id,
      campaignId: campaign.id,
      goal,
      businessLogic: draft
        ? ''
        : fill(BRIEF_BUSINESS_LOGIC[kind][lang], {
            value: formatMoney(averageMinor, plan.currency, lang),
            cpa: formatMoney(cpaMinor, plan.currency, lang),
          }),
      audience: draft ? '' : plan.industry.audience[lang],
      kpis: [
        { id: rand.uuid(), name: KPI_NAMES[kind][lang], target: draft ? null : target, unit: '' },
        ...(draft
          ? []
          : [
              {
                id: rand.uuid(),
                name: COST_PER_CONVERSION[lang],
                target: Math.round(cpaMinor / 100),
                unit: plan.currency,
              },
            ]),
      ],
      budget: campaign.mediaBudget,
      deadline: campaign.startDate,
      deliverables: draft ? [] : campaign.channels.map((c) => DELIVERABLES[c][lang]),
      channels: campaign.channels,
      materials: draft ? [] : rand.sample(MATERIALS, rand.int(2, 3)).map((m) => m[lang]),
      openQuestions: questions,
      status,
      approvedAt,
    }
    return brief
  })
}
