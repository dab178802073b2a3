/**
 * The rhythm's history of the demo agency: the cadence engine's touchpoints from the first
 * cooperation start up to today, left the way a PM who keeps up with the rhythm leaves them —
 * nearly all done (closed by the demo meeting that held them where one exists, a monthly report
 * by its commentary), a few skipped with a reason, and a handful of the last two weeks still
 * open, so Today has overdue work to show. The last monthly report of the client with the
 * unexplained dip stays open as well: its commentary still lacks an explanation of the decrease,
 * which is exactly why that report has not gone out.
 *
 * The touchpoints come from `generateTouchpoints` with the demo's own clients and settings, so
 * the app's later syncs find every one of them already stored (same identity and due date) and
 * add only what lies ahead.
 */
import { calendarDateIn, generateTouchpoints } from '../cadence'
import { isoWeekKey, parseDay as parseCadenceDay } from '../cadence/days'
import type { Client, Commentary, Meeting, Settings, Touchpoint, TouchpointInput } from '../schemas'
import { formatDay, formatMonth, parseDay, utcInstant } from './calendar'
import { recordBase, type DemoContext } from './context'
import type { Random } from './random'

/** How far back the open (overdue) touchpoints of the demo reach. */
export const DEMO_OVERDUE_DAYS = 14

/** Days before its due date a touchpoint is generated: the app syncs two weeks ahead. */
const GENERATED_DAYS_BEFORE = 14

/** Why a PM skipped a touchpoint (internal notes, in English), by kind; only these kinds are skipped. */
const SKIP_REASONS: Partial<Record<Touchpoint['kind'], readonly string[]>> = {
  'monday-plan-mail': [
    'Client on holiday this week',
    'Plan agreed in the monthly meeting',
    'Client asked to pause the weekly mails for a week',
  ],
  'friday-summary': [
    'Client on holiday this week',
    'Summary given in person at the workshop',
    'Client asked to pause the weekly mails for a week',
  ],
  'publishing-schedule': [
    'Campaigns paused next month, nothing to schedule',
    'Schedule agreed for the whole quarter',
  ],
}
/** Between Christmas and Epiphany the office is closed: the weekly mails of those days are skipped. */
const HOLIDAY_REASON = 'Office closed between the holidays'

const AGENCY_TIMEZONE = 'Europe/Helsinki'

/** What the touchpoint generator reads of the rest of the demo. */
export type DemoRhythmInput = {
  clients: readonly Client[]
  settings: Settings
  meetings: readonly Meeting[]
  commentaries: readonly Commentary[]
  /** The client whose last month's decrease is left unexplained; its last monthly report stays open. */
  unexplainedDipClientId: string | null
}

type HeldMeeting = { meeting: Meeting; date: string; week: string }

const weekOf = (date: string): string => isoWeekKey(parseCadenceDay(date) ?? 0)

/** Held meetings by client ('' for the agency's internal weeklies) and kind. */
function indexMeetings(meetings: readonly Meeting[], clients: readonly Client[]): Map<string, HeldMeeting[]> {
  const zones = new Map(clients.map((client) => [client.id, client.timezone]))
  const index = new Map<string, HeldMeeting[]>()
  for (const meeting of meetings) {
    if (meeting.finishedAt === null) continue
    const owners = meeting.kind === 'internal-weekly' ? [''] : meeting.clientIds
    for (const clientId of owners) {
      const date = calendarDateIn(meeting.startsAt, zones.get(clientId) ?? AGENCY_TIMEZONE)
      const key = `${clientId}|${meeting.kind}`
      const list = index.get(key) ?? []
      list.push({ meeting, date, week: weekOf(date) })
      index.set(key, list)
    }
  }
  return index
}

const daysBetween = (from: string, to: string): number => parseDay(to) - parseDay(from)

/** The held meeting that carried out a touchpoint, if the demo has one. */
function closingMeeting(touchpoint: TouchpointInput, index: Map<string, HeldMeeting[]>): Meeting | null {
  const of = (kind: Meeting['kind']) => index.get(`${touchpoint.clientId ?? ''}|${kind}`) ?? []
  const find = (kinds: Meeting['kind'][], test: (held: HeldMeeting) => boolean): Meeting | null =>
    kinds.flatMap(of).find(test)?.meeting ?? null
  const sameWeek = (held: HeldMeeting) => held.week === touchpoint.periodKey
  const within = (before: number, after: number) => (held: HeldMeeting) => {
    const offset = daysBetween(touchpoint.dueDate, held.date)
    return offset >= -before && offset <= after
  }
  switch (touchpoint.kind) {
    case 'monday-plan-mail':
      return find(['client-monday'], sameWeek)
    case 'friday-summary':
      return find(['client-friday'], sameWeek)
    case 'internal-weekly':
      return find(['internal-weekly'], sameWeek)
    case 'monthly-report':
      // The report meeting falls in the month after the one reported on.
      return find(['monthly'], within(3, 25))
    case 'quarterly-review':
      return find(['quarterly-review', 'annual-review'], within(3, 14))
    case 'annual-review':
      return find(['annual-review'], within(0, 28))
    case 'onboarding-workshop':
      return find(['onboarding-workshop'], () => true)
    default:
      return null
  }
}

/**
 * The demo's touchpoints, and the meetings with `touchpointId` set for those that closed one.
 * Deterministic for the stream `rand`.
 */
export function generateDemoTouchpoints(
  rand: Random,
  ctx: DemoContext,
  input: DemoRhythmInput,
): { touchpoints: Touchpoint[]; meetings: Meeting[] } {
  const starts = input.clients.map((client) => client.cooperationStart).sort()
  const from = starts[0]
  if (from === undefined) return { touchpoints: [], meetings: [...input.meetings] }
  const today = formatDay(ctx.today)
  const generated = generateTouchpoints({ clients: input.clients, settings: input.settings, from, to: today })
  const held = indexMeetings(input.meetings, input.clients)
  const reports = new Map(
    input.commentaries
      .filter((commentary) => commentary.periodKind === 'month')
      .map((commentary) => [`${commentary.clientId}|${commentary.period}`, commentary.id]),
  )

  // Left open: the unexplained-dip client's last monthly report, and a handful of the last two weeks.
  const open = new Set<TouchpointInput>()
  const lastMonth = formatMonth(ctx.lastFullMonth)
  for (const item of generated) {
    if (
      item.kind === 'monthly-report' &&
      item.clientId === input.unexplainedDipClientId &&
      item.periodKey === lastMonth
    )
      open.add(item)
  }
  const overdueFrom = formatDay(ctx.today - DEMO_OVERDUE_DAYS)
  const recent = generated.filter(
    (item) => item.dueDate >= overdueFrom && item.dueDate < today && item.kind !== 'internal-weekly',
  )
  // Open work is preferably work no demo meeting carried out; when there is too little of it,
  // what is still open after a meeting is its follow-up (the plan or summary mail).
  const unmet = rand.shuffle(recent.filter((item) => closingMeeting(item, held) === null))
  const met = rand.shuffle(recent.filter((item) => closingMeeting(item, held) !== null))
  const handful = Math.min(6, Math.max(3, Math.round(input.clients.length / 3)))
  for (const item of [...unmet, ...met].slice(0, handful)) open.add(item)

  const meetings = new Map(input.meetings.map((meeting) => [meeting.id, meeting]))
  const touchpoints = generated.map((item): Touchpoint => {
    const due = parseDay(item.dueDate)
    const createdAt = utcInstant(due - GENERATED_DAYS_BEFORE, 6 * 60)
    const meeting = closingMeeting(item, held)
    // What is due today is still open unless this morning's meeting already did it.
    const stillDue = item.dueDate > today || open.has(item) || (item.dueDate === today && meeting === null)
    if (stillDue) return { ...recordBase(rand, ctx, createdAt), ...item, status: 'due' }

    const reasons = SKIP_REASONS[item.kind]
    if (meeting === null && reasons && item.dueDate < today) {
      const monthDay = item.dueDate.slice(5)
      const reason =
        item.kind !== 'publishing-schedule' && (monthDay >= '12-27' || monthDay <= '01-05')
          ? HOLIDAY_REASON
          : rand.chance(0.03)
            ? rand.pick(reasons)
            : null
      if (reason !== null)
        return {
          ...recordBase(rand, ctx, createdAt, utcInstant(due - 1, 9 * 60 + rand.int(0, 120))),
          ...item,
          status: 'skipped',
          skipReason: reason,
          closedBy: null,
        }
    }
    const report =
      item.kind === 'monthly-report' ? reports.get(`${item.clientId}|${item.periodKey}`) : undefined
    const closedBy: Touchpoint['closedBy'] = report
      ? { type: 'report', refId: report }
      : meeting
        ? { type: 'meeting', refId: meeting.id }
        : { type: 'manual', refId: null }
    const closedAt: string = meeting?.finishedAt ?? utcInstant(due, 10 * 60 + rand.int(0, 360))
    const touchpoint: Touchpoint = {
      ...recordBase(rand, ctx, createdAt, closedAt),
      ...item,
      status: 'done',
      closedBy,
    }
    if (meeting && !hasLink(meetings, meeting.id)) {
      meetings.set(meeting.id, { ...meeting, touchpointId: touchpoint.id })
    }
    return touchpoint
  })
  return { touchpoints, meetings: input.meetings.map((meeting) => meetings.get(meeting.id) ?? meeting) }
}

/** True once a meeting has been linked to the first touchpoint it closed. */
function hasLink(meetings: ReadonlyMap<string, Meeting>, id: string): boolean {
  return (meetings.get(id)?.touchpointId ?? null) !== null
}
