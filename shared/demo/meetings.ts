/**
 * Meetings of the rhythm (seeds 000, 002): the Friday internal client weekly with a weekly
 * card per active client (light clients get only a "changes" line), client Monday plan and
 * Friday summary calls, monthly report meetings, reviews at the end of each cooperation
 * quarter (the fourth one is the annual review), and the onboarding workshop. Client
 * meetings are written in the client's language; the internal weekly in English.
 */
import type { BudgetMonth, LeanStage, Meeting, TeamMember, WeeklyCard } from '../schemas'
import {
  dayParts,
  daysInMonth,
  formatMonth,
  monthOfDay,
  nextWorkday,
  nthWorkdayOfMonth,
  weekdayOnOrBefore,
  zonedInstant,
  type DayNumber,
} from './calendar'
import type { CampaignDraft } from './campaigns'
import {
  CHANGES_LINES,
  DECISIONS,
  MEETING_AGENDAS,
  MEETING_NOTES,
  MEETING_TITLES,
  QUARTER_AIMS,
  SUMMARY_BUDGET,
  SUMMARY_DONE,
  SUMMARY_NEXT,
  WEEKLY_SUMMARY,
  WORKSHOP_NOTES,
} from './client-copy'
import { cooperationMonths, cooperationQuarterEnd, type ClientPlan } from './clients'
import { capAtNow, recordBase, type DemoContext } from './context'
import {
  CARD_ANALYSIS,
  CARD_DIRECTION,
  CARD_DONE,
  CARD_NEXT_WEEK,
  PARKED_TOPICS,
  SHOW_AND_TELL,
} from './internal-copy'
import { channelName, fill, formatMoney, formatPercent, monthName, type Localized } from './locale-text'
import { isPaidChannel } from './metrics'
import type { Random } from './random'
import type { Team } from './team'

/** A client's facts the meetings need. */
export type MeetingClient = {
  plan: ClientPlan
  campaigns: readonly CampaignDraft[]
  budgets: readonly BudgetMonth[]
  workshopDay: DayNumber
}

const WEEKS_OF_WEEKLIES = 8
const WEEKS_OF_CLIENT_CALLS = 4
/** Up to this many clients, the whole agency meets in one weekly; beyond it, each account manager's pod does. */
const ONE_WEEKLY_MAX_CLIENTS = 20
const AGENCY_TIMEZONE = 'Europe/Helsinki'

function campaignAround(client: MeetingClient, day: DayNumber, stages: readonly LeanStage[]): string | null {
  const found = client.campaigns.find(
    (c) =>
      c.startDay !== null &&
      c.endDay !== null &&
      stages.includes(c.campaign.stage) &&
      c.startDay - 30 <= day &&
      c.endDay + 14 >= day,
  )
  return found?.campaign.name ?? client.campaigns.find((c) => c.startDay !== null)?.campaign.name ?? null
}

function budgetShare(
  ctx: DemoContext,
  client: MeetingClient,
  day: DayNumber,
): { line: string; share: number } {
  const month = monthOfDay(day)
  const budget = client.budgets.find((b) => b.month === formatMonth(month))
  if (!budget || budget.mediaPlanned.amountMinor === 0)
    return { line: 'Media: no paid budget this month.', share: 0 }
  const { currency } = budget.mediaPlanned
  // The card shows the month so far: past months' rows hold the whole month, the current
  // month's row the spend until today, so both are scaled to that Friday.
  const fraction = dayParts(day).date / daysInMonth(month)
  const todayFraction = dayParts(ctx.today).date / daysInMonth(month)
  const pace = month === ctx.currentMonth ? Math.min(1, fraction / todayFraction) : fraction
  const spent = Math.round(budget.mediaSpent.amountMinor * pace)
  const share = spent / budget.mediaPlanned.amountMinor
  const hours = Math.round(budget.workHoursUsed * pace * 2) / 2
  const planned = formatMoney(budget.mediaPlanned.amountMinor, currency, 'en')
  return {
    line: `Media ${formatMoney(spent, currency, 'en')} of ${planned} (${formatPercent(share, 'en')}); work ${hours} of ${budget.workHoursPlanned} h.`,
    share,
  }
}

function weeklyCard(rand: Random, ctx: DemoContext, client: MeetingClient, friday: DayNumber): WeeklyCard {
  const { plan } = client
  const lang = plan.language
  const paid = plan.channels.map((c) => c.channel).filter(isPaidChannel)
  const channel = channelName(rand.pick(paid.length > 0 ? paid : plan.channels.map((c) => c.channel)), 'en')
  const campaign = campaignAround(client, friday, ['live', 'testing', 'in-production']) ?? plan.client.name
  const values = { channel, campaign }
  if (plan.client.activityLevel === 'light') {
    return {
      clientId: plan.client.id,
      authorId: plan.owner.id,
      done: '',
      analysis: '',
      direction: '',
      budgets: '',
      nextWeek: '',
      helpNeeded: false,
      changesLine: rand.pick(CHANGES_LINES)[lang],
      clientSummary: '',
      notes: '',
      decisions: [],
    }
  }
  const budget = budgetShare(ctx, client, friday)
  const helpNeeded = rand.chance(0.15)
  const done = rand.sample(CARD_DONE, 2).map((line) => fill(line, values))
  const next = rand.sample(CARD_NEXT_WEEK, 2).map((line) => fill(line, values))
  const summary = (pool: readonly Localized[]): string => fill(rand.pick(pool)[lang], { campaign })
  return {
    clientId: plan.client.id,
    authorId: rand.pick([plan.owner, plan.adsSpecialist, plan.contentProducer]).id,
    done: done.join('\n'),
    analysis: fill(rand.pick(CARD_ANALYSIS), values),
    direction: fill(rand.pick(CARD_DIRECTION), values),
    budgets: budget.line,
    nextWeek: next.join('\n') + (helpNeeded ? '\nNeed help from design for the new variants.' : ''),
    helpNeeded,
    changesLine: '',
    clientSummary: fill(WEEKLY_SUMMARY[lang], {
      done: summary(SUMMARY_DONE),
      next: summary(SUMMARY_NEXT),
      budget: fill(SUMMARY_BUDGET[lang], { pct: formatPercent(budget.share, lang) }),
    }),
    notes: '',
    decisions: helpNeeded ? ['Design helps with the new variants'] : [],
  }
}

/** The Friday internal weeklies of the last eight weeks, one per pod. */
function internalWeeklies(
  rand: Random,
  ctx: DemoContext,
  clients: readonly MeetingClient[],
  team: Team,
  agencyDomain: string,
): Meeting[] {
  const pods = new Map<string, MeetingClient[]>()
  for (const client of clients) {
    const key = clients.length <= ONE_WEEKLY_MAX_CLIENTS ? 'agency' : client.plan.owner.id
    pods.set(key, [...(pods.get(key) ?? []), client])
  }
  const meetings: Meeting[] = []
  // Today's weekly (if today is Friday) is still ahead: it starts after the demo's "now".
  const lastFriday = weekdayOnOrBefore(ctx.today - 1, 5)
  for (let week = WEEKS_OF_WEEKLIES - 1; week >= 0; week--) {
    const friday = lastFriday - week * 7
    const startsAt = zonedInstant(friday, 13 * 60, AGENCY_TIMEZONE)
    for (const [key, pod] of pods) {
      const present = pod.filter((c) => c.plan.startDay <= friday)
      if (present.length === 0) continue
      const attendees = new Map<string, TeamMember>()
      if (key === 'agency') for (const m of team.members) if (m.active) attendees.set(m.id, m)
      for (const c of present) {
        for (const m of [c.plan.owner, c.plan.adsSpecialist, c.plan.contentProducer, c.plan.designer])
          attendees.set(m.id, m)
      }
      const cards = present.map((c) => weeklyCard(rand, ctx, c, friday))
      const parked = rand.sample(present, rand.int(0, 2)).map((c) => ({
        id: rand.uuid(),
        topic: fill(rand.pick(PARKED_TOPICS), { client: c.plan.client.name }),
        peopleIds: [c.plan.owner.id, c.plan.analyst.id].filter((id, i, all) => all.indexOf(id) === i),
      }))
      const owner = key === 'agency' ? null : team.members.find((m) => m.id === key)
      const date = new Date(friday * 86_400_000).toISOString().slice(0, 10)
      const showAndTell = rand.pick(SHOW_AND_TELL)
      meetings.push({
        ...recordBase(
          rand,
          ctx,
          zonedInstant(friday - 7, 14 * 60, AGENCY_TIMEZONE),
          capAtNow(ctx, zonedInstant(friday, 15 * 60, AGENCY_TIMEZONE)),
        ),
        kind: 'internal-weekly',
        title: owner ? `Client weekly ${date} — ${owner.name}'s clients` : `Client weekly ${date}`,
        startsAt,
        clientIds: present.map((c) => c.plan.client.id),
        attendeeIds: [...attendees.keys()],
        agenda: [
          'Weekly cards, client by client',
          'Lean loop review for every client',
          'Parked topics',
          'Show and tell',
        ],
        notes: `Went through ${cards.filter((c) => c.changesLine === '').length} cards and ${cards.filter((c) => c.changesLine !== '').length} changes lines; lean loop reviewed for all clients.`,
        decisions: cards
          .filter((c) => c.helpNeeded)
          .map(
            (c) =>
              `${present.find((p) => p.plan.client.id === c.clientId)?.plan.client.name ?? ''}: design helps with the new variants`,
          ),
        recordingUrl: `https://recordings.${agencyDomain}/client-weekly/${date}${owner ? `-${owner.id.slice(0, 8)}` : ''}`,
        weeklyCards: cards,
        parkedTopics: parked,
        showAndTell,
        touchpointId: null,
        finishedAt: zonedInstant(friday, 14 * 60, AGENCY_TIMEZONE),
        review: null,
      })
    }
  }
  return meetings
}

function clientMeeting(
  rand: Random,
  ctx: DemoContext,
  client: MeetingClient,
  kind: Exclude<Meeting['kind'], 'internal-weekly' | 'ad-hoc'>,
  day: DayNumber,
  minute: number,
  details: {
    title?: string
    agenda: readonly string[]
    notes: string
    decisions?: readonly string[]
    attendees?: readonly TeamMember[]
  },
): Meeting {
  const { plan } = client
  const startsAt = zonedInstant(day, minute, plan.client.timezone)
  const held = Date.parse(startsAt) < ctx.nowMs
  const attendees = details.attendees ?? [plan.owner]
  return {
    ...recordBase(
      rand,
      ctx,
      zonedInstant(Math.min(day - rand.int(3, 10), ctx.today - 1), 10 * 60, plan.client.timezone),
      held ? zonedInstant(day, minute + 90, plan.client.timezone) : ctx.now,
    ),
    kind,
    title: details.title ?? MEETING_TITLES[kind][plan.language],
    startsAt,
    clientIds: [plan.client.id],
    attendeeIds: [...new Set(attendees.map((m) => m.id))],
    agenda: [...details.agenda],
    notes: held ? details.notes : '',
    decisions: held ? [...(details.decisions ?? [])] : [],
    recordingUrl: '',
    weeklyCards: [],
    parkedTopics: [],
    showAndTell: '',
    touchpointId: null,
    finishedAt: held ? zonedInstant(day, minute + 60, plan.client.timezone) : null,
    review:
      kind === 'quarterly-review' || kind === 'annual-review'
        ? { nextYearPlans: '', strategyDraftReceived: false, clientAnswers: '', proposals: [] }
        : null,
  }
}

function clientMeetings(rand: Random, ctx: DemoContext, client: MeetingClient): Meeting[] {
  const { plan } = client
  const lang = plan.language
  const meetings: Meeting[] = []
  const local = (pool: readonly Localized[], values: Record<string, string> = {}): string =>
    fill(rand.pick(pool)[lang], values)
  const agenda = (items: readonly Localized[]): string[] => items.map((item) => item[lang])
  const decision = (): string[] => (rand.chance(0.6) ? [rand.pick(DECISIONS)[lang]] : [])

  // Onboarding workshop (the newest client's is still ahead).
  meetings.push(
    clientMeeting(rand, ctx, client, 'onboarding-workshop', client.workshopDay, 10 * 60, {
      agenda: agenda(MEETING_AGENDAS['onboarding-workshop']),
      notes: WORKSHOP_NOTES[lang],
      decisions: decision(),
      attendees: [plan.owner, plan.analyst, plan.contentProducer],
    }),
  )

  if (plan.client.activityLevel === 'active') {
    const lastMonday = weekdayOnOrBefore(ctx.today, 1)
    for (let week = WEEKS_OF_CLIENT_CALLS - 1; week >= 0; week--) {
      const monday = lastMonday - week * 7
      const friday = monday + 4
      const campaign =
        campaignAround(client, monday, ['live', 'testing', 'in-production']) ?? plan.client.name
      if (
        monday >= plan.startDay &&
        Date.parse(zonedInstant(monday, 9 * 60 + 30, plan.client.timezone)) < ctx.nowMs
      ) {
        meetings.push(
          clientMeeting(rand, ctx, client, 'client-monday', monday, 9 * 60 + 30, {
            agenda: agenda(MEETING_AGENDAS['client-monday']),
            notes: local(MEETING_NOTES['client-monday'], { campaign }),
            decisions: decision(),
          }),
        )
      }
      if (friday >= plan.startDay && friday < ctx.today) {
        meetings.push(
          clientMeeting(rand, ctx, client, 'client-friday', friday, 15 * 60, {
            agenda: agenda(MEETING_AGENDAS['client-friday']),
            notes: local(MEETING_NOTES['client-friday'], { campaign }),
          }),
        )
      }
    }
  }

  // Monthly report meetings of the last three months (report of the month before).
  for (let month = ctx.currentMonth - 2; month <= ctx.currentMonth; month++) {
    const day = nthWorkdayOfMonth(month, 5)
    if (day < plan.startDay + 20 || day >= ctx.today) continue
    meetings.push(
      clientMeeting(rand, ctx, client, 'monthly', day, 10 * 60, {
        title: fill(MEETING_TITLES.monthly[lang], { month: monthName(month - 1, lang, true) }),
        agenda: agenda(MEETING_AGENDAS.monthly),
        notes: local(MEETING_NOTES.monthly),
        decisions: decision(),
      }),
    )
  }

  // Reviews at the end of the last two cooperation quarters, and an annual review coming up soon.
  const quartersDone = Math.floor(cooperationMonths(plan, ctx.today) / 3)
  const reviews = [quartersDone - 1, quartersDone].filter((n) => n >= 1)
  const nextQuarter = quartersDone + 1
  if (nextQuarter % 4 === 0 && cooperationQuarterEnd(plan, nextQuarter) - ctx.today <= 30)
    reviews.push(nextQuarter)
  for (const n of reviews) {
    const day = nextWorkday(cooperationQuarterEnd(plan, n) + rand.int(1, 6))
    const annual = n % 4 === 0
    const quarter = ((n - 1) % 4) + 1
    meetings.push(
      clientMeeting(rand, ctx, client, annual ? 'annual-review' : 'quarterly-review', day, 13 * 60, {
        title: fill(MEETING_TITLES[annual ? 'annual-review' : 'quarterly-review'][lang], {
          n: annual ? String(n / 4) : String(quarter),
        }),
        agenda: [QUARTER_AIMS[quarter - 1]?.[lang] ?? '', ...agenda(MEETING_AGENDAS.review)],
        notes: local(MEETING_NOTES.review),
        decisions: decision(),
        attendees: [plan.owner, plan.analyst],
      }),
    )
  }
  return meetings
}

/** Generates every meeting of the agency. */
export function generateMeetings(
  rand: Random,
  ctx: DemoContext,
  clients: readonly MeetingClient[],
  team: Team,
  agencyDomain: string,
): { meetings: Meeting[]; byClient: Map<string, Meeting[]> } {
  const byClient = new Map<string, Meeting[]>()
  const meetings: Meeting[] = []
  for (const client of clients) {
    const own = clientMeetings(client.plan.rand.fork('meetings'), ctx, client)
    byClient.set(client.plan.client.id, own)
    meetings.push(...own)
  }
  for (const weekly of internalWeeklies(rand, ctx, clients, team, agencyDomain)) {
    meetings.push(weekly)
    for (const id of weekly.clientIds) byClient.get(id)?.push(weekly)
  }
  return { meetings, byClient }
}
