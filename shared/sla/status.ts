/**
 * Where one communication stands on the reply clock (seed 003: a reply — a solution, or next
 * steps with an expected date — within `targetHours`, at the latest `limitHours` business hours).
 *
 * The state is decided by business minutes used, the unit the policy is written in: a reply is
 * within target when at most `targetHours` business hours elapsed between receipt and reply. So
 * an item whose target fell at 17:00 closing is still on time at 18:00 or at 08:30 the next
 * morning (no business minute has passed since; `minutesToTarget` is 0) and turns past-target
 * with the first business minute after it. This keeps `state` and the sign of the minutes in
 * step. Everything is "as of `now`": a reply stamped after `now` has not happened yet.
 */
import { compileCalendar, parseInstant, type BusinessCalendar, type CompiledCalendar } from './calendar'
import { addBusinessMs, businessMsBetween } from './clock'

const MINUTE_MS = 60_000
const HOUR_MS = 3_600_000

/** The reply SLA in business hours, as in Settings (default target 3, limit 6). */
export type SlaPolicy = { targetHours: number; limitHours: number }

/** Where a communication stands: within target, past the target, or past the limit too. */
export type SlaState = 'on-time' | 'past-target' | 'past-limit'

/** The fields of a communication the reply clock reads (ISO instants with offset). */
export type SlaCommunication = { receivedAt: string; repliedAt: string | null }

/** A communication's reply-clock status; minutes are business minutes, negative when past. */
export type SlaStatus = {
  state: SlaState
  /** When the target's business time is used up (ISO, UTC `Z`). */
  targetAt: string
  /** When the limit's business time is used up (ISO, UTC `Z`). */
  limitAt: string
  /** Business minutes from receipt to the reply, or to `now` while unanswered. */
  businessMinutesUsed: number
  minutesToTarget: number
  minutesToLimit: number
  replied: boolean
  /** Only for replied items. */
  repliedWithinTarget?: boolean
  /** Only for replied items. */
  repliedWithinLimit?: boolean
}

/** The SLA in milliseconds; throws a RangeError naming a bad policy. */
export function policyMs(sla: SlaPolicy): { target: number; limit: number } {
  const { targetHours, limitHours } = sla
  if (!Number.isFinite(targetHours) || targetHours <= 0) {
    throw new RangeError(`SLA target must be a positive number of hours, got ${String(targetHours)}`)
  }
  if (!Number.isFinite(limitHours) || limitHours < targetHours) {
    throw new RangeError(
      `SLA limit (${String(limitHours)} h) must be a number of hours no lower than the target (${String(targetHours)} h)`,
    )
  }
  return { target: Math.round(targetHours * HOUR_MS), limit: Math.round(limitHours * HOUR_MS) }
}

/** Whether a communication is replied as of `now`, and the business ms it used until then. */
export function usage(
  communication: SlaCommunication,
  now: number,
  calendar: CompiledCalendar,
): { received: number; replied: boolean; used: number } {
  const received = parseInstant(communication.receivedAt, 'receivedAt')
  const repliedAt =
    communication.repliedAt === null ? null : parseInstant(communication.repliedAt, 'repliedAt')
  const replied = repliedAt !== null && repliedAt <= now
  return { received, replied, used: businessMsBetween(calendar, received, replied ? repliedAt : now) }
}

function statusOn(
  communication: SlaCommunication,
  now: number,
  calendar: CompiledCalendar,
  policy: { target: number; limit: number },
): SlaStatus {
  const { received, replied, used } = usage(communication, now, calendar)
  const state: SlaState =
    used > policy.limit ? 'past-limit' : used > policy.target ? 'past-target' : 'on-time'
  const status: SlaStatus = {
    state,
    targetAt: new Date(addBusinessMs(calendar, received, policy.target)).toISOString(),
    limitAt: new Date(addBusinessMs(calendar, received, policy.limit)).toISOString(),
    businessMinutesUsed: used / MINUTE_MS,
    minutesToTarget: (policy.target - used) / MINUTE_MS,
    minutesToLimit: (policy.limit - used) / MINUTE_MS,
    replied,
  }
  if (replied) {
    status.repliedWithinTarget = used <= policy.target
    status.repliedWithinLimit = used <= policy.limit
  }
  return status
}

/**
 * Where a communication stands on the reply clock at `now`: its deadlines, business minutes used
 * and left. For a replied item the state reflects the reply time. Throws BusinessCalendarError
 * for an unusable calendar and RangeError for a malformed instant or policy.
 */
export function slaStatus(
  communication: SlaCommunication,
  now: string,
  calendar: BusinessCalendar,
  sla: SlaPolicy,
): SlaStatus {
  return statusOn(communication, parseInstant(now, 'now'), compileCalendar(calendar), policyMs(sla))
}
