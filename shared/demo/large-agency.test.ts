/**
 * The large demo agency (300 clients × 5 years) that shows the app at scale. It is generated
 * once for the whole file; every check walks the tables once with maps and sets, so the file
 * costs little more than the generation itself.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { TABLE_SCHEMAS } from '../schemas'
import { DEMO_SIZES, generateDemoAgency, type DemoAgency } from './index'

const TODAY = '2026-11-23'
const NOW = Date.parse(`${TODAY}T08:00:00.000Z`)
const OPTIONS = { seed: 2026, today: TODAY, size: 'large' } as const

let agency: DemoAgency

beforeAll(() => {
  agency = generateDemoAgency(OPTIONS)
}, 120_000)

type AnyRecord = { id: string; createdAt: string; updatedAt: string }

function allRecords(a: DemoAgency): [string, AnyRecord][] {
  return Object.keys(TABLE_SCHEMAS).flatMap((name) => {
    const value = a[name as keyof DemoAgency]
    const records = (Array.isArray(value) ? value : [value]) as AnyRecord[]
    return records.map((record): [string, AnyRecord] => [name, record])
  })
}

/** A short digest of the whole agency: equal digests mean equal JSON, without a deep compare. */
function digest(a: DemoAgency): string {
  const text = JSON.stringify(a)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
  return `${text.length}:${hash.toString(16)}`
}

function groupCount<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1)
  return counts
}

describe('the large demo agency', () => {
  it('has 300 clients whose months reach five years back, with meetings, tasks and communications for all', () => {
    expect(DEMO_SIZES.large).toEqual({ clients: 300, years: 5 })
    expect(agency.clients).toHaveLength(300)
    expect(new Set(agency.clients.map((c) => c.name)).size).toBe(300)
    const months = agency.metricMonths.map((m) => m.month).sort()
    expect(months[0]! <= '2021-11').toBe(true)
    expect(months.at(-1)).toBe('2026-10')

    const monthsPerClient = new Map<string, Set<string>>()
    for (const row of agency.metricMonths) {
      const own = monthsPerClient.get(row.clientId) ?? new Set<string>()
      own.add(row.month)
      monthsPerClient.set(row.clientId, own)
    }
    const tasks = groupCount(agency.tasks, (t) => t.clientId ?? '')
    const communications = groupCount(agency.communications, (c) => c.clientId)
    const meetings = groupCount(
      agency.meetings.flatMap((m) => m.clientIds),
      (id) => id,
    )
    for (const client of agency.clients) {
      // Every client has its baseline year before the cooperation started, and every month since.
      expect(monthsPerClient.get(client.id)?.size ?? 0, client.name).toBeGreaterThanOrEqual(6)
      expect(tasks.get(client.id) ?? 0, client.name).toBeGreaterThan(0)
      expect(meetings.get(client.id) ?? 0, client.name).toBeGreaterThan(0)
    }
    // Light clients may have written nothing lately; most have messages.
    expect(agency.clients.filter((c) => communications.has(c.id)).length).toBeGreaterThan(240)
    // Cooperations started all over the five years, so the longest clients have 5–6 years of months.
    const longest = Math.max(...[...monthsPerClient.values()].map((s) => s.size))
    expect(longest).toBeGreaterThanOrEqual(5 * 12)
    expect(agency.metricMonths.length).toBeGreaterThan(300 * 5 * 12 * 0.5)
    expect(agency.meetings.length).toBeGreaterThan(1000)
    expect(agency.tasks.length).toBeGreaterThan(3000)
    expect(agency.communications.length).toBeGreaterThan(1000)
    expect(agency.teamMembers.length).toBeGreaterThan(50)
  })

  it('keeps referential integrity: every client, member, campaign, meeting and task a record names exists', () => {
    const clients = new Set(agency.clients.map((c) => c.id))
    const members = new Set(agency.teamMembers.map((m) => m.id))
    const campaignClient = new Map(agency.campaigns.map((c) => [c.id, c.clientId]))
    const meetings = new Set(agency.meetings.map((m) => m.id))
    const tasks = new Set(agency.tasks.map((t) => t.id))
    const missing: string[] = []
    const need = (set: ReadonlySet<string>, id: string | null, what: string): void => {
      if (id !== null && !set.has(id) && missing.length < 20) missing.push(`${what} ${id}`)
    }
    const campaignOf = (clientId: string, campaignId: string | null, what: string): void => {
      if (campaignId !== null && campaignClient.get(campaignId) !== clientId && missing.length < 20)
        missing.push(`${what} campaign ${campaignId} of client ${clientId}`)
    }
    for (const c of agency.clients) need(members, c.ownerId, 'client owner')
    for (const m of agency.metricMonths) {
      need(clients, m.clientId, 'metric month client')
      campaignOf(m.clientId, m.campaignId, 'metric month')
    }
    for (const c of agency.campaigns) need(clients, c.clientId, 'campaign client')
    for (const b of agency.briefs) campaignOf(b.clientId, b.campaignId, 'brief')
    for (const e of agency.experiments) campaignOf(e.clientId, e.campaignId, 'experiment')
    for (const t of agency.tasks) {
      need(clients, t.clientId, 'task client')
      need(meetings, t.meetingId, 'task meeting')
      for (const id of t.assigneeIds) need(members, id, 'task assignee')
      for (const id of t.dependsOn) need(tasks, id, 'task dependency')
    }
    for (const c of agency.communications) {
      need(clients, c.clientId, 'communication client')
      need(members, c.handlerId, 'communication handler')
    }
    for (const m of agency.meetings) {
      for (const id of m.clientIds) need(clients, id, 'meeting client')
      for (const id of m.attendeeIds) need(members, id, 'meeting attendee')
      for (const card of m.weeklyCards) need(clients, card.clientId, 'weekly card client')
    }
    for (const t of agency.touchpoints) {
      need(clients, t.clientId, 'touchpoint client')
    }
    for (const table of [agency.onboardingItems, agency.budgetMonths, agency.targets, agency.commentaries])
      for (const r of table) need(clients, r.clientId, 'client of a record')
    expect(missing).toEqual([])
  })

  it('keeps ids unique across tables and every timestamp at or before now', () => {
    const ids = new Set<string>()
    let duplicates = 0
    let future = 0
    const nowText = new Date(NOW).toISOString()
    for (const [, record] of allRecords(agency)) {
      if (ids.has(record.id)) duplicates++
      ids.add(record.id)
      if (record.createdAt > nowText || record.updatedAt > nowText) future++
    }
    expect(duplicates).toBe(0)
    expect(future).toBe(0)
  })

  it('gives records that parse with their zod schema (a sample of every table)', () => {
    const problems: string[] = []
    for (const name of Object.keys(TABLE_SCHEMAS) as (keyof typeof TABLE_SCHEMAS)[]) {
      const value = agency[name]
      const records: unknown[] = Array.isArray(value) ? value : [value]
      // Every 25th record and the last: all generator paths are hit without parsing 170 000 records.
      records.forEach((record, i) => {
        if (i % 25 !== 0 && i !== records.length - 1) return
        const result = TABLE_SCHEMAS[name].safeParse(record)
        if (!result.success) problems.push(`${name} #${i}: ${result.error.issues[0]?.message ?? ''}`)
      })
    }
    expect(problems).toEqual([])
  })

  it('is deterministic: the same options give the same agency', () => {
    expect(digest(generateDemoAgency(OPTIONS))).toBe(digest(agency))
  }, 120_000)

  it('leaves the small agency as it was: the size option only names clients and years', () => {
    const small = generateDemoAgency({ seed: 2026, today: TODAY, size: 'small' })
    expect(digest(small)).toBe(digest(generateDemoAgency({ seed: 2026, today: TODAY })))
    expect(small.clients).toHaveLength(12)
    const explicit = generateDemoAgency({ seed: 3, today: TODAY, size: 'large', clients: 4, years: 1 })
    expect(explicit.clients).toHaveLength(4)
  })
})
