/**
 * The rhythm's history of the demo agency: the cadence engine's touchpoints from the first
 * cooperation start up to today, left the way a PM who keeps up with the rhythm leaves them —
 * nearly all done (closed by the demo meeting that held them where one exists, a monthly report
 * by its commentary), a few skipped with a reason, a handful of the last two weeks still open
 * so Today has overdue work to show, and everything due today still to do. The last monthly
 * report of the client with the unexplained dip stays open as well: its commentary still lacks
 * an explanation of the decrease, which is exactly why that report has not gone out.
 *
 * The touchpoints come from `generateTouchpoints` with the demo's own clients and settings, so
 * the app's later syncs find every one of them already stored (same identity and due date) and
 * add only what lies ahead.
 */
import { calendarDateIn, generateTouchpoints } from '../cadence'
import { isoWeekKey } from '../cadence/days'
import type {
  Client,
  Commentary,
  Meeting,
  RecordBase,
  Settings,
  Touchpoint,
  TouchpointInput,
} from '../schemas'
import { formatDay, formatMonth, parseDay, utcInstant, type DayNumber } from './calendar'
import { recordBase, type DemoContext } from './context'
import type { Random } from './random'

/** How far back the open (overdue) touchpoints of the demo reach. */
export const DEMO_OVERDUE_DAYS = 14

/** The weekly client mails (closed by their call or mail log) and, with them, the internal weekly. */
const MAIL_KINDS = new Set<Touchpoint['kind']>(['monday-plan-mail', 'friday-summary'])
const WEEKLY_KINDS = new Set<Touchpoint['kind']>([...MAIL_KINDS, 'internal-weekly'])

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

type HeldMeeting = { meeting: Meeting; day: DayNumber; week: string }

/** Held meetings by client ('' for the agency's internal weeklies), then by kind. */
type MeetingIndex = Map<string, Map<Meeting['kind'], HeldMeeting[]>>

/**
 * Which meetings carry out which touchpoints: the same ISO week for the weekly calls and the
 * internal weekly, a window of days around the due date (before, after) for the report meeting
 * (in the month after the month reported on) and the reviews, any for the one workshop.
 */
const CLOSING_RULES: Partial<
  Record<Touchpoint['kind'], { kinds: readonly Meeting['kind'][]; match: 'week' | 'any' | [number, number] }>
> = {
  'monday-plan-mail': { kinds: ['client-monday'], match: 'week' },
  'friday-summary': { kinds: ['client-friday'], match: 'week' },
  'internal-weekly': { kinds: ['internal-weekly'], match: 'week' },
  'monthly-report': { kinds: ['monthly'], match: [3, 25] },
  'quarterly-review': { kinds: ['quarterly-review', 'annual-review'], match: [3, 14] },
  'annual-review': { kinds: ['annual-review'], match: [0, 28] },
  'onboarding-workshop': { kinds: ['onboarding-workshop'], match: 'any' },
}

function indexMeetings(meetings: readonly Meeting[], clients: readonly Client[]): MeetingIndex {
  const zones = new Map(clients.map((client) => [client.id, client.timezone]))
  const index: MeetingIndex = new Map()
  for (const meeting of meetings) {
    if (meeting.finishedAt === null) continue
    const owners = meeting.kind === 'internal-weekly' ? [''] : meeting.clientIds
    for (const clientId of owners) {
      const date = calendarDateIn(meeting.startsAt, zones.get(clientId) ?? AGENCY_TIMEZONE)
      const day = parseDay(date)
      let byKind = index.get(clientId)
      if (!byKind) index.set(clientId, (byKind = new Map<Meeting['kind'], HeldMeeting[]>()))
      const list = byKind.get(meeting.kind) ?? []
      list.push({ meeting, day, week: isoWeekKey(day) })
      byKind.set(meeting.kind, list)
    }
  }
  return index
}

/** The held meeting that carried out a touchpoint due on `due`, if the demo has one. */
function closingMeeting(touchpoint: TouchpointInput, due: DayNumber, index: MeetingIndex): Meeting | null {
  const rule = CLOSING_RULES[touchpoint.kind]
  const byKind = index.get(touchpoint.clientId ?? '')
  if (!rule || !byKind) return null
  for (const kind of rule.kinds) {
    for (const held of byKind.get(kind) ?? []) {
      const { match } = rule
      if (match === 'any') return held.meeting
      if (match === 'week') {
        if (held.week === touchpoint.periodKey) return held.meeting
      } else if (held.day - due >= -match[0] && held.day - due <= match[1]) return held.meeting
    }
  }
  return null
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
  const dueDays = generated.map((item) => parseDay(item.dueDate))
  const closers = generated.map((item, i) => closingMeeting(item, dueDays[i] ?? 0, held))
  const reports = new Map(
    input.commentaries
      .filter((commentary) => commentary.periodKind === 'month')
      .map((commentary) => [`${commentary.clientId}|${commentary.period}`, commentary.id]),
  )

  // Left open: the unexplained-dip client's last monthly report, and a handful of the last two weeks.
  const open = new Set<number>()
  const lastMonth = formatMonth(ctx.lastFullMonth)
  generated.forEach((item, i) => {
    if (
      item.kind === 'monthly-report' &&
      item.clientId === input.unexplainedDipClientId &&
      item.periodKey === lastMonth
    )
      open.add(i)
  })
  // The handful is work without a demo meeting that did it (reports, schedules, reviews,
  // onboarding): the weekly mails and the internal weekly have their calls and meetings. Should
  // the last two weeks hold too little such work, the window widens to four.
  const handful = Math.min(6, Math.max(3, Math.round(input.clients.length / 3)))
  const candidates = (days: number) => {
    const since = formatDay(ctx.today - days)
    return generated.flatMap((item, i) =>
      item.dueDate >= since && item.dueDate < today && !WEEKLY_KINDS.has(item.kind) && closers[i] === null
        ? [i]
        : [],
    )
  }
  const recent = candidates(DEMO_OVERDUE_DAYS)
  const pool = recent.length >= handful ? recent : candidates(2 * DEMO_OVERDUE_DAYS)
  for (const i of rand.shuffle(pool).slice(0, handful)) open.add(i)

  const meetings = new Map(input.meetings.map((meeting) => [meeting.id, meeting]))
  const touchpoints = generated.map((item, i): Touchpoint => {
    const due = dueDays[i] ?? 0
    const meeting = closers[i] ?? null
    const createdAt = utcInstant(due - GENERATED_DAYS_BEFORE, 6 * 60)
    // Today's work is still open: the demo's "now" is the morning.
    const stillDue = item.dueDate >= today || open.has(i)
    if (stillDue) return record(recordBase(rand, ctx, createdAt), item, 'due', null, null)

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
        return record(
          recordBase(rand, ctx, createdAt, utcInstant(due - 1, 9 * 60 + rand.int(0, 120))),
          item,
          'skipped',
          reason,
          null,
        )
    }
    const report =
      item.kind === 'monthly-report' ? reports.get(`${item.clientId}|${item.periodKey}`) : undefined
    // A weekly mail's call is logged as a client-monday / client-friday meeting, and the outbox
    // closes a mail the same way: by mail, with the log's id.
    const closedBy: Touchpoint['closedBy'] = report
      ? { type: 'report', refId: report }
      : meeting
        ? { type: MAIL_KINDS.has(item.kind) ? 'mail' : 'meeting', refId: meeting.id }
        : { type: 'manual', refId: null }
    const closedAt: string = meeting?.finishedAt ?? utcInstant(due, 10 * 60 + rand.int(0, 360))
    const touchpoint = record(recordBase(rand, ctx, createdAt, closedAt), item, 'done', null, closedBy)
    if (meeting && !hasLink(meetings, meeting.id)) {
      meetings.set(meeting.id, { ...meeting, touchpointId: touchpoint.id })
    }
    return touchpoint
  })
  return { touchpoints, meetings: input.meetings.map((meeting) => meetings.get(meeting.id) ?? meeting) }
}

/** A stored touchpoint, built field by field: spreading two objects per row was most of the cost. */
function record(
  base: RecordBase,
  item: TouchpointInput,
  status: Touchpoint['status'],
  skipReason: string | null,
  closedBy: Touchpoint['closedBy'],
): Touchpoint {
  return {
    id: base.id,
    createdAt: base.createdAt,
    updatedAt: base.updatedAt,
    deletedAt: base.deletedAt,
    clientId: item.clientId,
    kind: item.kind,
    periodKey: item.periodKey,
    dueDate: item.dueDate,
    status,
    skipReason,
    closedBy,
  }
}

/** True once a meeting has been linked to the first touchpoint it closed. */
function hasLink(meetings: ReadonlyMap<string, Meeting>, id: string): boolean {
  return (meetings.get(id)?.touchpointId ?? null) !== null
}
