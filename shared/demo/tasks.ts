/**
 * Tasks of each client (seed 003): every task has a description, a deadline, resources (who,
 * how many hours) and the business logic it serves. The mix around "today" is what a PM's
 * Today view must handle: plenty done in the past weeks, a few overdue, some due today,
 * next week's work, production chains where each step waits for the one before, and a task
 * blocked by a brief that still has open questions.
 */
import type { Channel, Language, Task, TaskPriority, TaskStatus, TeamMember, TeamRole } from '../schemas'
import {
  addMonthsToDay,
  addWorkdays,
  firstDayOfMonth,
  formatDay,
  isWorkday,
  nextWorkday,
  nthWorkdayOfMonth,
  zonedInstant,
  type DayNumber,
  type MonthNumber,
} from './calendar'
import type { CampaignDraft } from './campaigns'
import { cooperationQuarterEnd, cooperationMonths, type ClientPlan } from './clients'
import { recordBase, type DemoContext } from './context'
import { PRODUCTION_CHAIN, RECURRING_TASKS, SPECIAL_TASKS, type TaskCopy } from './internal-copy'
import { channelName, fill, monthName } from './locale-text'
import { isPaidChannel } from './metrics'
import type { Random } from './random'

/** A meeting of the client that tasks can originate from. */
export type MeetingRef = { id: string; day: DayNumber }

/** What the task generator needs to know beyond the client. */
export type TaskInputs = {
  campaigns: readonly CampaignDraft[]
  meetings: readonly MeetingRef[]
  workshopDay: DayNumber
  /** The client's results have an unexplained tracking dip being fixed. */
  trackingIssue: boolean
}

/** What a task template's placeholders stand for, written out in each text's language. */
type TaskValues = {
  client?: string
  campaign?: string
  n?: number
  month?: MonthNumber
  channels?: readonly Channel[]
}

type TaskSpec = {
  copy: TaskCopy
  values: TaskValues
  deadline: DayNumber | null
  status: TaskStatus
  priority?: TaskPriority
  campaignId?: string | null
  /** The task waits for the spec generated just before it (a production chain's previous step). */
  afterPrevious?: boolean
  extraAssignee?: TeamMember
}

/** A task template filled in `language`: month and channel names as that language writes them. */
function fillTask(template: string, values: TaskValues, language: Language): string {
  const { month, channels, ...plain } = values
  return fill(template, {
    ...plain,
    ...(month === undefined ? {} : { month: monthName(month, language, true) }),
    ...(channels === undefined
      ? {}
      : { channel: channels.map((channel) => channelName(channel, language)).join(' + ') }),
  })
}

function memberFor(plan: ClientPlan, role: TeamRole): TeamMember {
  switch (role) {
    case 'account-manager':
      return plan.owner
    case 'ads-specialist':
      return plan.adsSpecialist
    case 'content-producer':
      return plan.contentProducer
    case 'graphic-designer':
      return plan.designer
    case 'analyst':
      return plan.analyst
  }
}

/** Done if the deadline is past, except now and then (the overdue ones a PM chases). */
function pastStatus(rand: Random, ctx: DemoContext, deadline: DayNumber): TaskStatus {
  if (deadline >= ctx.today) return 'todo'
  const recent = ctx.today - deadline <= 6
  return recent && rand.chance(0.18) ? 'in-progress' : 'done'
}

function priorityFor(ctx: DemoContext, spec: TaskSpec): TaskPriority {
  if (spec.priority) return spec.priority
  if (spec.deadline === null) return 'low'
  if (spec.status !== 'done' && spec.deadline <= ctx.today + 2) return 'high'
  return spec.deadline > ctx.today + 14 ? 'low' : 'normal'
}

/** Generates a client's tasks. */
export function generateTasks(plan: ClientPlan, ctx: DemoContext, inputs: TaskInputs): Task[] {
  const rand = plan.rand.fork('tasks')
  const light = plan.client.activityLevel === 'light'
  const channels = plan.channels.map((c) => c.channel)
  const mainPaid = channels.find(isPaidChannel) ?? channels[0] ?? 'google-ads'
  const mainChannel = [mainPaid]
  const clientValues = { client: plan.client.name }
  const specs: TaskSpec[] = []
  const startDay = plan.startDay

  // Monthly rhythm of the last three months and this one: report, publishing schedule, newsletter.
  for (let month = ctx.currentMonth - 3; month <= ctx.currentMonth; month++) {
    const reportDeadline = nthWorkdayOfMonth(month, 3)
    if (firstDayOfMonth(month - 1) >= startDay - 20 && reportDeadline - 25 <= ctx.today) {
      specs.push({
        copy: RECURRING_TASKS.report,
        values: { ...clientValues, month: month - 1 },
        deadline: reportDeadline,
        status: pastStatus(rand, ctx, reportDeadline),
        extraAssignee: plan.owner,
      })
    }
    const scheduleDeadline = nextWorkday(firstDayOfMonth(month) + rand.int(17, 24))
    if (scheduleDeadline > startDay && (!light || rand.chance(0.5)) && scheduleDeadline - 30 <= ctx.today) {
      specs.push({
        copy: RECURRING_TASKS.schedule,
        values: { ...clientValues, month: month + 1 },
        deadline: scheduleDeadline,
        status: pastStatus(rand, ctx, scheduleDeadline),
      })
    }
    if (channels.includes('email') && !light) {
      const deadline = nextWorkday(firstDayOfMonth(month) + rand.int(8, 14))
      if (deadline > startDay && deadline - 20 <= ctx.today) {
        specs.push({
          copy: RECURRING_TASKS.newsletter,
          values: { month },
          deadline,
          status: pastStatus(rand, ctx, deadline),
        })
      }
    }
  }

  // Fortnightly optimisation of the main paid channel, one due this week (often today).
  if (!light && !plan.isNewest) {
    for (let weeksAgo = 6; weeksAgo >= 2; weeksAgo -= 2) {
      const deadline = nextWorkday(ctx.today - weeksAgo * 7)
      if (deadline > startDay)
        specs.push({
          copy: RECURRING_TASKS.optimisation,
          values: { channels: mainChannel },
          deadline,
          status: 'done',
        })
    }
    const thisWeek =
      rand.chance(0.4) && isWorkday(ctx.today) ? ctx.today : addWorkdays(ctx.today, rand.int(1, 4))
    specs.push({
      copy: RECURRING_TASKS.optimisation,
      values: { channels: mainChannel },
      deadline: thisWeek,
      status: rand.chance(0.3) ? 'in-progress' : 'todo',
    })
  }

  // Open one-offs: a creative refresh next week, a landing-page review, a later competitor check.
  if (!light && rand.chance(0.6)) {
    specs.push({
      copy: RECURRING_TASKS.refresh,
      values: { channels: mainChannel },
      deadline: addWorkdays(ctx.today, rand.int(3, 7)),
      status: 'todo',
    })
  }
  if (rand.chance(0.35)) {
    const deadline =
      isWorkday(ctx.today) && rand.chance(0.5) ? ctx.today : addWorkdays(ctx.today, -rand.int(1, 3))
    specs.push({
      copy: RECURRING_TASKS.landing,
      values: {},
      deadline,
      status: deadline < ctx.today ? 'in-progress' : 'todo',
    })
  }
  if (rand.chance(0.3))
    specs.push({ copy: RECURRING_TASKS.competitors, values: {}, deadline: null, status: 'todo' })
  if (channels.includes('seo') && rand.chance(0.5)) {
    specs.push({
      copy: RECURRING_TASKS.keywords,
      values: {},
      deadline: addWorkdays(ctx.today, rand.int(6, 15)),
      status: 'todo',
    })
  }

  // Production chains of campaigns being made, and of those launched in the last month.
  for (const { campaign, startDay: launch } of inputs.campaigns) {
    if (launch === null) continue
    const making = campaign.stage === 'in-production'
    const justLaunched =
      (campaign.stage === 'live' || campaign.stage === 'testing') &&
      launch >= ctx.today - 30 &&
      launch <= ctx.today
    const planned = campaign.stage === 'planned'
    if (!making && !justLaunched && !planned) continue
    const proofing = campaign.milestones.find((m) => m.kind === 'proofing')
    const values = { campaign: campaign.name, client: plan.client.name, channels: campaign.channels }
    // Copy and creatives lead up to the first proofing round; the set-up follows it before launch.
    const proofingDay = proofing ? Math.round(Date.parse(proofing.date) / 86_400_000) : launch - 12
    const deadlines = [
      addWorkdays(proofingDay, -6),
      addWorkdays(proofingDay, -2),
      proofingDay,
      addWorkdays(launch, -2),
    ]
    let previous: TaskSpec | null = null
    PRODUCTION_CHAIN.forEach((copy, step) => {
      if (planned && step > 0) return
      const deadline = deadlines[step] ?? launch
      const late =
        making && step === 2 && proofing !== undefined && proofing.doneAt === null && deadline < ctx.today
      const status: TaskStatus = planned
        ? 'blocked'
        : late
          ? 'in-progress'
          : deadline < ctx.today && (previous === null || previous.status === 'done')
            ? 'done'
            : previous === null || previous.status === 'done'
              ? 'in-progress'
              : 'todo'
      const spec: TaskSpec = { copy, values, deadline, status, campaignId: campaign.id }
      if (previous) spec.afterPrevious = true
      if (late) spec.priority = 'urgent'
      specs.push(spec)
      previous = spec
    })
  }

  // The rhythm's one-offs: quarterly deck, annual report, onboarding workshop, the tracking fix.
  const months = cooperationMonths(plan, ctx.today)
  const nextQuarter = Math.floor(months / 3) + 1
  const quarterEnd = cooperationQuarterEnd(plan, nextQuarter)
  if (!plan.isNewest && quarterEnd - ctx.today <= 21 && nextQuarter % 4 !== 0) {
    specs.push({
      copy: SPECIAL_TASKS.quarterly,
      values: { ...clientValues, n: ((nextQuarter - 1) % 4) + 1 },
      deadline: addWorkdays(quarterEnd, -2),
      status: 'todo',
    })
  }
  // The annual report: due before the coming anniversary, or just delivered after the last one.
  const yearsDone = Math.floor(months / 12)
  const nextAnniversary = addMonthsToDay(plan.startDay, 12 * (yearsDone + 1))
  const lastAnniversary = yearsDone >= 1 ? addMonthsToDay(plan.startDay, 12 * yearsDone) : null
  const annualDeadline =
    nextAnniversary - ctx.today <= 30
      ? addWorkdays(nextAnniversary, -3)
      : lastAnniversary !== null && ctx.today - lastAnniversary <= 45
        ? addWorkdays(lastAnniversary, -3)
        : null
  if (annualDeadline !== null) {
    specs.push({
      copy: SPECIAL_TASKS.annual,
      values: clientValues,
      deadline: annualDeadline,
      status:
        annualDeadline < ctx.today - 7
          ? 'done'
          : annualDeadline < ctx.today || rand.chance(0.5)
            ? 'in-progress'
            : 'todo',
      priority: 'high',
      extraAssignee: plan.analyst,
    })
  }
  if (plan.isNewest) {
    specs.push({
      copy: SPECIAL_TASKS.onboarding,
      values: clientValues,
      deadline: Math.max(ctx.today, inputs.workshopDay - 1),
      status: 'in-progress',
      priority: 'high',
    })
  }
  if (inputs.trackingIssue) {
    specs.push({
      copy: SPECIAL_TASKS.tracking,
      values: clientValues,
      deadline: addWorkdays(ctx.today, -1),
      status: 'in-progress',
      priority: 'urgent',
      extraAssignee: plan.analyst,
    })
  }

  return buildTasks(rand, plan, ctx, inputs, specs)
}

function hoursOf(
  rand: Random,
  estimate: number,
  status: TaskStatus,
): { estimatedHours: number; usedHours: number } {
  const estimatedHours = Math.max(0.5, Math.round(estimate * rand.between(0.8, 1.3) * 2) / 2)
  const used =
    status === 'done'
      ? estimatedHours * rand.between(0.7, 1.35)
      : status === 'in-progress'
        ? estimatedHours * rand.between(0.2, 0.7)
        : status === 'blocked'
          ? rand.between(0, 1)
          : 0
  return { estimatedHours, usedHours: Math.round(used * 2) / 2 }
}

function buildTasks(
  rand: Random,
  plan: ClientPlan,
  ctx: DemoContext,
  inputs: TaskInputs,
  specs: TaskSpec[],
): Task[] {
  const tz = plan.client.timezone
  // The PM's order: open work by deadline first, then what is done, most recent first.
  const order = [...specs].sort((a, b) => {
    const openA = a.status === 'done' ? 1 : 0
    const openB = b.status === 'done' ? 1 : 0
    if (openA !== openB) return openA - openB
    return openA === 0
      ? (a.deadline ?? Infinity) - (b.deadline ?? Infinity)
      : (b.deadline ?? 0) - (a.deadline ?? 0)
  })
  const sequence = new Map(order.map((spec, i) => [spec, i]))
  const ids = new Map<TaskSpec, string>()
  const tasks: Task[] = []
  let previousSpec: TaskSpec | null = null
  for (const spec of specs) {
    const deadline = spec.deadline
    const createdDay = Math.min(ctx.today - 1, (deadline ?? ctx.today) - rand.int(5, 18))
    const createdAt = zonedInstant(createdDay, rand.int(9 * 60, 16 * 60), tz)
    const doneAt =
      spec.status === 'done' && deadline !== null
        ? zonedInstant(Math.min(ctx.today - 1, deadline - rand.int(0, 2)), rand.int(10 * 60, 17 * 60), tz)
        : null
    // Recent open tasks often come out of the latest meeting with the client.
    const origin =
      spec.status !== 'done' && rand.chance(0.5)
        ? inputs.meetings.filter((m) => m.day <= ctx.today && m.day >= createdDay - 7).at(-1)
        : undefined
    const assignee = memberFor(plan, spec.copy.role)
    const assigneeIds =
      spec.extraAssignee && spec.extraAssignee.id !== assignee.id
        ? [assignee.id, spec.extraAssignee.id]
        : [assignee.id]
    const base = recordBase(rand, ctx, createdAt, doneAt ?? (spec.status === 'todo' ? createdAt : ctx.now))
    ids.set(spec, base.id)
    const previousId = spec.afterPrevious && previousSpec ? ids.get(previousSpec) : undefined
    tasks.push({
      ...base,
      clientId: plan.client.id,
      campaignId: spec.campaignId ?? null,
      meetingId: origin?.id ?? null,
      title: fillTask(spec.copy.title[plan.language], spec.values, plan.language).slice(0, 200),
      description: fillTask(spec.copy.description, spec.values, 'en'),
      deadline: deadline === null ? null : formatDay(Math.round(deadline)),
      assigneeIds,
      ...hoursOf(rand, spec.copy.hours, spec.status),
      businessLogic: spec.copy.businessLogic,
      priority: priorityFor(ctx, spec),
      sequence: sequence.get(spec) ?? 0,
      dependsOn: previousId ? [previousId] : [],
      status: spec.status,
      doneAt,
    })
    previousSpec = spec
  }
  // Now and then a task entered twice was deleted again: soft-deleted rows stay in the table.
  const duplicate = tasks.find((t) => t.status === 'todo')
  if (duplicate && rand.chance(0.15)) {
    tasks.push({ ...duplicate, id: rand.uuid(), dependsOn: [], deletedAt: ctx.now, updatedAt: ctx.now })
  }
  return tasks
}
