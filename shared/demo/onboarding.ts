/**
 * Onboarding items of each client (seed 002, "Year"): the welcome contact, the agency's
 * checklist template, and the onboarding workshop with its notes. Older clients finished
 * theirs long ago; the newest client is part-way through, with the workshop still ahead.
 */
import { DEFAULT_SETTINGS, type OnboardingItem } from '../schemas'
import { addWorkdays, zonedInstant, type DayNumber } from './calendar'
import { WORKSHOP_BUSINESS, WORKSHOP_GOALS, WORKSHOP_MATRIX } from './client-copy'
import type { ClientPlan } from './clients'
import { recordBase, type DemoContext } from './context'
import { ONBOARDING_NOTES } from './internal-copy'
import { fill } from './locale-text'

/** The onboarding items of a client and the day its workshop takes (or took) place. */
export type Onboarding = { items: OnboardingItem[]; workshopDay: DayNumber }

/** Generates a client's onboarding items. */
export function generateOnboarding(plan: ClientPlan, ctx: DemoContext): Onboarding {
  const rand = plan.rand.fork('onboarding')
  const lang = plan.language
  const tz = plan.client.timezone
  const created = zonedInstant(plan.startDay, 8 * 60 + rand.int(0, 60), tz)
  // The newest client's workshop is booked for the coming days; others had theirs in week 2–4.
  const workshopDay = plan.isNewest
    ? addWorkdays(Math.max(ctx.today, plan.startDay + 10), rand.int(2, 6))
    : addWorkdays(plan.startDay, rand.int(7, 18))
  const doneAt = (day: DayNumber): string | null =>
    day < ctx.today ? zonedInstant(day, rand.int(9 * 60, 16 * 60), tz) : null

  const items: OnboardingItem[] = []
  const welcomeDay = addWorkdays(plan.startDay - 1, 1)
  const welcomeDone = doneAt(welcomeDay)
  items.push({
    ...recordBase(rand, ctx, created, welcomeDone ?? created),
    clientId: plan.client.id,
    kind: 'welcome-contact',
    title: 'Welcome call and mail',
    order: 0,
    doneAt: welcomeDone,
    notes: welcomeDone ? 'Introduced the team, agreed the weekly rhythm and the reporting contacts.' : '',
    workshop: null,
  })

  DEFAULT_SETTINGS.onboardingTemplate.forEach((title, i) => {
    // The newest client has handed over the first items; access and tracking take longer.
    const day = addWorkdays(plan.startDay, 1 + i * rand.int(1, 3))
    const done = plan.isNewest && i >= 2 ? null : doneAt(day)
    items.push({
      ...recordBase(rand, ctx, created, done ?? created),
      clientId: plan.client.id,
      kind: 'checklist',
      title,
      order: i + 1,
      doneAt: done,
      notes: done ? rand.pick(ONBOARDING_NOTES) : '',
      workshop: null,
    })
  })

  const workshopDone = doneAt(workshopDay)
  items.push({
    ...recordBase(rand, ctx, created, workshopDone ?? created),
    clientId: plan.client.id,
    kind: 'workshop',
    title: 'Onboarding workshop',
    order: DEFAULT_SETTINGS.onboardingTemplate.length + 1,
    doneAt: workshopDone,
    notes: workshopDone
      ? 'Recording and matrix shared with the client.'
      : 'Booked; questions sent to the client in advance.',
    workshop: workshopDone
      ? {
          business: fill(WORKSHOP_BUSINESS[lang], {
            name: plan.client.name,
            industry: plan.industry.name[lang],
          }),
          goals: WORKSHOP_GOALS[plan.industry.conversionKind].map((goal) => goal[lang]),
          matrix: {
            strengths: WORKSHOP_MATRIX.strengths[lang],
            weaknesses: WORKSHOP_MATRIX.weaknesses[lang],
            opportunities: WORKSHOP_MATRIX.opportunities[lang],
            threats: WORKSHOP_MATRIX.threats[lang],
          },
        }
      : null,
  })
  return { items, workshopDay }
}
