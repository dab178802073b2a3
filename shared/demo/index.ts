/**
 * The demo agency generator: a whole agency's data — team, clients, campaigns, briefs, tests,
 * tasks, budgets, messages, meetings, results, targets and commentary — from a seed and a
 * date. Pure and deterministic (no clock, no Math.random): the same options give deep-equal
 * output, so demos, screenshots, tests and benchmarks are repeatable. The keys of the result
 * are the app's Dexie table names, so it can be bulk-loaded table by table.
 */
import type {
  Brief,
  BudgetMonth,
  Campaign,
  Client,
  Commentary,
  Communication,
  Experiment,
  Meeting,
  MetricMonth,
  OnboardingItem,
  ReportFile,
  Settings,
  Target,
  Task,
  TeamMember,
  Touchpoint,
} from '../schemas'
import { firstDayOfMonth, monthOfDay } from './calendar'
import {
  completeCampaigns,
  generateCampaigns,
  generateExperiments,
  type CampaignDraft,
  type StageDemand,
} from './campaigns'
import { chooseSpecialClients, industryOrder, planClient, type ClientPlan } from './clients'
import { generateCommentaries } from './commentaries'
import { generateCommunications } from './communications'
import { createContext, type DemoContext, type DemoOptions } from './context'
import { generateBudgets, type BudgetRole } from './budgets'
import { generateMeetings, type MeetingClient } from './meetings'
import { generateClientMetrics, planDips, type CampaignSlice, type DipRole } from './metrics'
import { generateOnboarding } from './onboarding'
import { createRandom } from './random'
import { chooseAgency, generateSettings } from './settings'
import { generateTargets } from './targets'
import { generateTasks } from './tasks'
import { generateTeam } from './team'
import { generateDemoTouchpoints } from './touchpoints'

export { DEMO_SIZES, type DemoOptions, type DemoSize } from './context'

/** A generated agency; every key is a Dexie table name (settings holds the one settings record). */
export type DemoAgency = {
  settings: Settings
  teamMembers: TeamMember[]
  clients: Client[]
  onboardingItems: OnboardingItem[]
  briefs: Brief[]
  campaigns: Campaign[]
  experiments: Experiment[]
  tasks: Task[]
  budgetMonths: BudgetMonth[]
  communications: Communication[]
  meetings: Meeting[]
  /** The cadence engine's touchpoints up to today: mostly done, a few skipped, a handful overdue. */
  touchpoints: Touchpoint[]
  metricMonths: MetricMonth[]
  targets: Target[]
  commentaries: Commentary[]
  /** Exported PDF reports: none, a demo has exported nothing yet. */
  reports: ReportFile[]
}

/** The special roles clients play so that every case the app must show exists at least once. */
type Roles = {
  dip: Map<number, DipRole>
  budget: Map<number, BudgetRole>
  allStages: number
  waiting: Set<number>
}

/**
 * Picks the clients that carry the guaranteed cases: the unexplained and an explained dip,
 * every lean-loop stage, budgets over 80 % and 100 %, and messages waiting for a reply.
 */
function assignRoles(plans: readonly ClientPlan[], ctx: DemoContext): Roles {
  const settled = plans.filter(
    (p) => p.client.activityLevel === 'active' && !p.isNewest && p.startMonth <= ctx.lastFullMonth - 6,
  )
  const pool = settled.length > 0 ? settled : plans.filter((p) => !p.isNewest)
  const at = (i: number): number | undefined => pool[i % Math.max(1, pool.length)]?.index
  const dip = new Map<number, DipRole>()
  const budget = new Map<number, BudgetRole>()
  const first = at(0)
  const second = pool.length > 1 ? at(1) : undefined
  if (first !== undefined) dip.set(first, 'unexplained-last-month')
  if (second !== undefined) dip.set(second, 'explained-recent')
  const budgetRoles: BudgetRole[] = ['media-over-100', 'media-over-80', 'hours-over-100']
  // Budgets run hot preferably at clients without a dip role, else at any client past onboarding.
  const hot = [
    ...pool.slice(2),
    ...pool.slice(0, 2),
    ...plans.filter((p) => !p.isNewest && !pool.includes(p)),
  ]
  budgetRoles.forEach((role, i) => {
    const index = hot[i]?.index
    if (index !== undefined) budget.set(index, role)
  })
  // Roughly every third client has a message waiting now, always including the client with the dip.
  const waiting = new Set(plans.filter((p) => p.index % 3 === 1).map((p) => p.index))
  if (first !== undefined) waiting.add(first)
  // -1 when no settled client exists (tiny agencies): then no client is pushed through every stage.
  return { dip, budget, allStages: second ?? first ?? -1, waiting }
}

/** Campaigns whose results are in the metric rows: started and out of production. */
function resultSlices(drafts: readonly CampaignDraft[]): CampaignSlice[] {
  return drafts.flatMap(({ campaign, startDay, endDay }) =>
    startDay !== null && endDay !== null && ['live', 'testing', 'learned'].includes(campaign.stage)
      ? [{ id: campaign.id, channels: campaign.channels, startDay, endDay }]
      : [],
  )
}

function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/**
 * Generates a deterministic demo agency for the options: by default the small one (12 clients over
 * 3 years), with `size: 'large'` 300 clients over 5 years for trying the app at scale.
 */
export function generateDemoAgency(options: DemoOptions): DemoAgency {
  const ctx = createContext(options)
  const root = createRandom(options.seed)
  const agency = chooseAgency(root.fork('agency'))
  const special = chooseSpecialClients(root.fork('special'), ctx.clientCount)
  const industries = industryOrder(root.fork('industries'))
  // The earliest data: baselines reach up to a year before the oldest possible cooperation start.
  const since = firstDayOfMonth(monthOfDay(ctx.today) - Math.round(ctx.years * 12) - 12)
  const team = generateTeam(root.fork('team'), ctx, agency.domain, since)

  const usedNames = new Set<string>()
  const plans = Array.from({ length: ctx.clientCount }, (_, i) =>
    planClient(root, ctx, team, i, industries, special, usedNames),
  )
  const roles = assignRoles(plans, ctx)

  const out: DemoAgency = {
    settings: generateSettings(root.fork('settings'), ctx, agency, since),
    teamMembers: team.members,
    clients: plans.map((p) => p.client),
    onboardingItems: [],
    briefs: [],
    campaigns: [],
    experiments: [],
    tasks: [],
    budgetMonths: [],
    communications: [],
    meetings: [],
    touchpoints: [],
    metricMonths: [],
    targets: [],
    commentaries: [],
    reports: [],
  }

  const meetingClients: MeetingClient[] = []
  const drafts = new Map<number, CampaignDraft[]>()
  for (const plan of plans) {
    const demand: StageDemand = roles.allStages === plan.index ? 'all' : 'none'
    const onboarding = generateOnboarding(plan, ctx)
    const campaigns = generateCampaigns(plan, ctx, demand)
    const dips = planDips(plan, ctx, roles.dip.get(plan.index) ?? null)
    const metrics = generateClientMetrics(plan, ctx, dips, resultSlices(campaigns))
    const briefs = completeCampaigns(plan, ctx, campaigns, metrics)
    const budgets = generateBudgets(plan, ctx, metrics, roles.budget.get(plan.index) ?? null)
    drafts.set(plan.index, campaigns)
    meetingClients.push({ plan, campaigns, budgets, workshopDay: onboarding.workshopDay })

    append(out.onboardingItems, onboarding.items)
    append(
      out.campaigns,
      campaigns.map((d) => d.campaign),
    )
    append(out.briefs, briefs)
    append(out.experiments, generateExperiments(plan, ctx, campaigns))
    append(out.metricMonths, metrics.rows)
    append(out.budgetMonths, budgets)
    append(out.communications, generateCommunications(plan, ctx, campaigns, roles.waiting.has(plan.index)))
    append(out.targets, generateTargets(plan, ctx, metrics))
    append(out.commentaries, generateCommentaries(plan, ctx, metrics, campaigns))
  }

  const { meetings, byClient } = generateMeetings(
    root.fork('meetings'),
    ctx,
    meetingClients,
    team,
    agency.domain,
  )
  const rhythm = generateDemoTouchpoints(root.fork('touchpoints'), ctx, {
    clients: out.clients,
    settings: out.settings,
    meetings,
    commentaries: out.commentaries,
    unexplainedDipClientId:
      plans.find((p) => roles.dip.get(p.index) === 'unexplained-last-month')?.client.id ?? null,
  })
  out.meetings = rhythm.meetings
  out.touchpoints = rhythm.touchpoints
  for (const { plan, workshopDay } of meetingClients) {
    const refs = (byClient.get(plan.client.id) ?? [])
      .map((m) => ({ id: m.id, day: Math.floor(Date.parse(m.startsAt) / 86_400_000) }))
      .sort((a, b) => a.day - b.day)
    append(
      out.tasks,
      generateTasks(plan, ctx, {
        campaigns: drafts.get(plan.index) ?? [],
        meetings: refs,
        workshopDay,
        trackingIssue: roles.dip.get(plan.index) === 'unexplained-last-month',
      }),
    )
  }
  return out
}
