/**
 * Inbound client messages of the last six weeks and their replies (seed 003: every inbound
 * communication gets a solution, or next steps with an expected date, within 3–6 business
 * hours). Most replies land within a few hours, a few took too long, and some messages are
 * waiting for a reply right now — received this morning or yesterday afternoon.
 */
import type { Communication, CommunicationChannel } from '../schemas'
import { addWorkdays, formatDay, isWorkday, zonedInstant, type DayNumber } from './calendar'
import { MESSAGES } from './client-copy'
import type { CampaignDraft } from './campaigns'
import type { ClientPlan } from './clients'
import { recordBase, type DemoContext } from './context'
import { fill, formatLocalDate } from './locale-text'

const WINDOW_DAYS = 42
const OPEN_MINUTE = 9 * 60
const CLOSE_MINUTE = 17 * 60

/** The instant `delay` business minutes (09–17 local, Mon–Fri) after `minute` on `day`. */
function afterBusinessMinutes(day: DayNumber, minute: number, delay: number, timezone: string): string {
  let d = day
  let m = Math.max(minute, OPEN_MINUTE)
  if (m >= CLOSE_MINUTE || !isWorkday(d)) {
    d = addWorkdays(d, 1)
    m = OPEN_MINUTE
  }
  let left = delay
  while (left > CLOSE_MINUTE - m) {
    left -= CLOSE_MINUTE - m
    d = addWorkdays(d, 1)
    m = OPEN_MINUTE
  }
  return zonedInstant(d, m + left, timezone)
}

/** Generates a client's inbound communications; `waiting` forces one unanswered message now. */
export function generateCommunications(
  plan: ClientPlan,
  ctx: DemoContext,
  campaigns: readonly CampaignDraft[],
  waiting: boolean,
): Communication[] {
  const rand = plan.rand.fork('communications')
  const tz = plan.client.timezone
  const lang = plan.language
  const light = plan.client.activityLevel === 'light'
  const count = plan.isNewest ? rand.int(3, 6) : light ? rand.int(0, 3) : rand.int(4, 9)
  const named = campaigns.filter((c) => c.startDay !== null).map((c) => c.campaign.name)
  const campaignName = (): string => (named.length > 0 ? rand.pick(named) : plan.client.name)
  const contacts = plan.client.contacts
  const firstDay = Math.max(ctx.today - WINDOW_DAYS, plan.startDay)

  const message = (day: DayNumber, minute: number, replied: boolean): Communication => {
    const copy = rand.pick(MESSAGES)
    const contact = contacts.length > 1 && rand.chance(0.3) ? rand.pick(contacts) : contacts[0]
    const channel = rand.weighted<CommunicationChannel>([
      ['email', 60],
      ['chat', 20],
      ['phone', 15],
      ['other', 5],
    ])
    const from = contact
      ? channel === 'email' && contact.email
        ? `${contact.name} <${contact.email}>`
        : contact.name
      : plan.client.name
    const receivedAt = zonedInstant(day, minute, tz)
    const expected = addWorkdays(day, rand.int(2, 6))
    const values = { campaign: campaignName(), date: formatLocalDate(expected, lang) }
    // Most replies within three business hours, some up to six, a few late.
    const delay = rand.weighted([
      [rand.int(20, 180), 70],
      [rand.int(180, 360), 22],
      [rand.int(360, 720), 8],
    ])
    const repliedAt = replied ? afterBusinessMinutes(day, minute, delay, tz) : null
    const answered = repliedAt !== null && Date.parse(repliedAt) <= ctx.nowMs
    const nextSteps = copy.nextSteps !== null && rand.chance(0.4)
    return {
      ...recordBase(rand, ctx, receivedAt, answered ? (repliedAt ?? receivedAt) : receivedAt),
      clientId: plan.client.id,
      channel,
      from,
      receivedAt,
      summary: fill(copy.summary[lang], values),
      handlerId: rand.chance(0.8) ? plan.owner.id : plan.adsSpecialist.id,
      repliedAt: answered ? repliedAt : null,
      reply: answered
        ? nextSteps && copy.nextSteps
          ? {
              kind: 'next-steps',
              text: fill(copy.nextSteps[lang], values),
              expectedDate: formatDay(expected),
            }
          : { kind: 'solution', text: fill(copy.solution[lang], values), expectedDate: null }
        : null,
    }
  }

  const messages: Communication[] = []
  const workdays: DayNumber[] = []
  for (let day = firstDay; day < ctx.today; day++) if (isWorkday(day)) workdays.push(day)
  if (workdays.length > 0) {
    for (let i = 0; i < count; i++) {
      messages.push(message(rand.pick(workdays), rand.int(8 * 60 + 15, 16 * 60 + 45), true))
    }
  }
  if (waiting) {
    // Received early this morning if the client's morning is already behind "now", else yesterday afternoon.
    const morning = rand.int(7 * 60 + 30, 8 * 60 + 50)
    const thisMorning =
      isWorkday(ctx.today) && Date.parse(zonedInstant(ctx.today, morning, tz)) < ctx.nowMs - 15 * 60_000
    const day = thisMorning ? ctx.today : addWorkdays(ctx.today, -1)
    messages.push(message(day, thisMorning ? morning : rand.int(14 * 60, 16 * 60 + 30), false))
  }
  return messages.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
}
