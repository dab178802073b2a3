import { describe, expect, it } from 'vitest'
import { generateTouchpoints, mergeTouchpoints, touchpointIdentity } from '../cadence'
import { formatDay, parseDay } from './calendar'
import { generateDemoAgency, type DemoAgency } from './index'
import { DEMO_OVERDUE_DAYS } from './touchpoints'

const TODAY = '2026-11-23' // a Monday
const agencies = new Map<string, DemoAgency>()
function agencyFor(seed: number, today = TODAY): DemoAgency {
  const key = `${seed} ${today}`
  let agency = agencies.get(key)
  if (!agency) {
    agency = generateDemoAgency({ seed, today })
    agencies.set(key, agency)
  }
  return agency
}
const shift = (date: string, days: number) => formatDay(parseDay(date) + days)

describe('the demo agency’s rhythm', () => {
  it('is deterministic for a seed and differs for another', () => {
    const first = agencyFor(2026).touchpoints
    expect(generateDemoAgency({ seed: 2026, today: TODAY }).touchpoints).toEqual(first)
    expect(agencyFor(7).touchpoints.map((t) => t.id)).not.toEqual(first.map((t) => t.id))
  })

  it.each([
    [2026, TODAY],
    [42, '2026-11-05'],
    [1, '2027-03-18'],
    [3, '2027-01-08'],
  ])('is mostly done, a few skipped with a reason, a handful overdue (seed %i, %s)', (seed, today) => {
    const { touchpoints, clients } = agencyFor(seed, today)
    expect(touchpoints.length).toBeGreaterThan(clients.length * 52)
    const done = touchpoints.filter((t) => t.status === 'done')
    const skipped = touchpoints.filter((t) => t.status === 'skipped')
    const due = touchpoints.filter((t) => t.status === 'due')
    expect(done.length / touchpoints.length).toBeGreaterThan(0.9)
    expect(skipped.length).toBeGreaterThan(0)
    for (const t of done) expect(t.closedBy, `${t.kind} ${t.periodKey}`).not.toBeNull()
    for (const t of skipped) expect(t.skipReason?.trim()).toBeTruthy()
    for (const t of [...due, ...done]) expect(t.skipReason).toBeNull()
    for (const t of due) expect(t.closedBy).toBeNull()

    // Nothing is generated past today, today's work is all still to do, and only recent work
    // (or the report held back by an unexplained dip) is overdue — never a weekly mail or weekly,
    // which the demo's calls and meetings carried out.
    expect(touchpoints.every((t) => t.dueDate <= today)).toBe(true)
    expect(touchpoints.filter((t) => t.dueDate === today).every((t) => t.status === 'due')).toBe(true)
    const overdue = due.filter((t) => t.dueDate < today)
    expect(overdue.length).toBeGreaterThanOrEqual(3)
    expect(overdue.length).toBeLessThanOrEqual(7)
    const recent = overdue.filter((t) => t.dueDate >= shift(today, -2 * DEMO_OVERDUE_DAYS))
    expect(recent.length).toBeGreaterThanOrEqual(overdue.length - 1)
    for (const t of overdue.filter((t) => !recent.includes(t))) expect(t.kind).toBe('monthly-report')
    for (const t of overdue)
      expect(['monday-plan-mail', 'friday-summary', 'internal-weekly']).not.toContain(t.kind)
  })

  it('never repeats a touchpoint: one row per client, kind and period, agency rows included', () => {
    for (const seed of [2026, 42]) {
      const identities = agencyFor(seed).touchpoints.map(touchpointIdentity)
      expect(new Set(identities).size).toBe(identities.length)
    }
  })

  it('closes touchpoints with the demo’s own meetings and reports, and links the meetings back', () => {
    const agency = agencyFor(2026)
    const meetings = new Map(agency.meetings.map((m) => [m.id, m]))
    const commentaries = new Map(agency.commentaries.map((c) => [c.id, c]))
    const touchpoints = new Map(agency.touchpoints.map((t) => [t.id, t]))
    const byMeeting = agency.touchpoints.filter(
      (t) => t.closedBy?.type === 'meeting' || t.closedBy?.type === 'mail',
    )
    expect(byMeeting.length).toBeGreaterThan(20)
    // Weekly mails are closed the way the outbox closes them: by mail, with the call's or mail's log.
    for (const t of byMeeting)
      expect(t.closedBy?.type).toBe(
        t.kind === 'monday-plan-mail' || t.kind === 'friday-summary' ? 'mail' : 'meeting',
      )
    for (const t of byMeeting) {
      const meeting = meetings.get(t.closedBy?.refId ?? '')
      expect(meeting?.finishedAt).toBeTruthy()
      if (t.clientId !== null) expect(meeting?.clientIds).toContain(t.clientId)
      else expect(meeting?.kind).toBe('internal-weekly')
    }
    for (const t of agency.touchpoints.filter((t) => t.closedBy?.type === 'report')) {
      const commentary = commentaries.get(t.closedBy?.refId ?? '')
      expect(commentary?.clientId).toBe(t.clientId)
      expect(commentary?.period).toBe(t.periodKey)
    }
    const linked = agency.meetings.filter((m) => m.touchpointId !== null)
    expect(linked.length).toBeGreaterThan(20)
    for (const m of linked) {
      const t = touchpoints.get(m.touchpointId ?? '')
      expect(t?.status).toBe('done')
      if (t?.clientId) expect(m.clientIds).toContain(t.clientId)
    }
  })

  it('matches what the app’s sync generates, so opening Today adds only what lies ahead', () => {
    const agency = agencyFor(2026)
    const regenerated = generateTouchpoints({
      clients: agency.clients,
      settings: agency.settings,
      from: shift(TODAY, -35),
      to: shift(TODAY, 14),
    })
    const merge = mergeTouchpoints(agency.touchpoints, regenerated)
    expect(merge.toUpdate).toEqual([])
    expect(merge.toAdd.length).toBeGreaterThan(0)
    expect(merge.toAdd.every((t) => t.dueDate > TODAY)).toBe(true)
  })

  it('leaves the report of the month with the unexplained dip open', () => {
    const agency = agencyFor(2026)
    const lastMonth = '2026-10'
    const open = agency.touchpoints.filter(
      (t) => t.kind === 'monthly-report' && t.periodKey === lastMonth && t.status === 'due',
    )
    expect(open).toHaveLength(1)
  })
})
