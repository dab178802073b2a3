import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { LANGUAGES, LEAN_STAGES, SETTINGS_ID, TABLE_SCHEMAS, type MetricMonth } from '../schemas'
import { generateDemoAgency, type DemoAgency } from './index'

const TODAY = '2026-11-23' // a Monday
const NOW = Date.parse(`${TODAY}T08:00:00.000Z`)
const DAY = 86_400_000

const defaultAgency = generateDemoAgency({ seed: 42, today: TODAY })
/** The guarantees (every stage, the dips, budgets running hot …) must hold for any seed, not one lucky one. */
const SEEDS = [42, 1, 2, 3, 2026]
const agencies = new Map<number, DemoAgency>([[42, defaultAgency]])
function agencyFor(seed: number): DemoAgency {
  let agency = agencies.get(seed)
  if (!agency) {
    agency = generateDemoAgency({ seed, today: TODAY })
    agencies.set(seed, agency)
  }
  return agency
}
const scaledAgency = generateDemoAgency({ seed: 7, today: TODAY, clients: 30, years: 5 })

// The demo fills exactly the database's tables, each checked with its record schema.
TABLE_SCHEMAS satisfies Record<keyof DemoAgency, z.ZodType>

type AnyRecord = { id: string; createdAt: string; updatedAt: string; deletedAt: string | null }

function tables(agency: DemoAgency): [keyof DemoAgency, AnyRecord[]][] {
  return (Object.keys(TABLE_SCHEMAS) as (keyof DemoAgency)[]).map((name) => {
    const value = agency[name]
    const records: AnyRecord[] = Array.isArray(value) ? value : [value]
    return [name, records]
  })
}

function invalidRecords(agency: DemoAgency): string[] {
  const problems: string[] = []
  for (const [name, records] of tables(agency)) {
    for (const record of records) {
      const result = TABLE_SCHEMAS[name].safeParse(record)
      if (!result.success)
        problems.push(
          `${name} ${record.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        )
    }
  }
  return problems
}

/** Client total conversions per month over the channel-total rows. */
function conversionTotals(rows: readonly MetricMonth[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const row of rows) {
    if (row.campaignId !== null || row.conversions === null) continue
    const key = `${row.clientId} ${row.month}`
    totals.set(key, (totals.get(key) ?? 0) + row.conversions)
  }
  return totals
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`
}

describe('generateDemoAgency', () => {
  it('is deterministic: the same options give deep-equal agencies, another seed a different one', () => {
    const again = generateDemoAgency({ seed: 42, today: TODAY })
    expect(again).toEqual(defaultAgency)
    const other = generateDemoAgency({ seed: 43, today: TODAY })
    expect(other.clients.map((c) => c.id)).not.toEqual(defaultAgency.clients.map((c) => c.id))
    expect(other.clients.map((c) => c.name)).not.toEqual(defaultAgency.clients.map((c) => c.name))
  })

  it('keys its tables by the Dexie table names, with the one settings record under SETTINGS_ID', () => {
    expect(Object.keys(defaultAgency).sort()).toEqual(Object.keys(TABLE_SCHEMAS).sort())
    expect(defaultAgency.settings.id).toBe(SETTINGS_ID)
    expect(defaultAgency.settings.agencyName).not.toBe('')
  })

  it.each([
    ['the default agency', defaultAgency],
    ['a 30-client, 5-year agency', scaledAgency],
  ])('gives only records that parse with their zod schema (%s)', (_, agency) => {
    expect(invalidRecords(agency)).toEqual([])
  })

  it('gives records whose ids are unique and whose timestamps lie before now, updatedAt ≥ createdAt', () => {
    for (const agency of [defaultAgency, scaledAgency]) {
      const ids = new Set<string>()
      for (const [name, records] of tables(agency)) {
        for (const record of records) {
          expect(ids.has(record.id), `${name} ${record.id} duplicated`).toBe(false)
          ids.add(record.id)
          expect(Date.parse(record.createdAt), `${name} created after now`).toBeLessThanOrEqual(NOW)
          expect(Date.parse(record.updatedAt), `${name} updated after now`).toBeLessThanOrEqual(NOW)
          expect(Date.parse(record.updatedAt), `${name} updated before created`).toBeGreaterThanOrEqual(
            Date.parse(record.createdAt),
          )
        }
      }
    }
  })

  it('has a realistic team and twelve clients in four languages, at least two each, with local currency and zone', () => {
    const active = defaultAgency.teamMembers.filter((m) => m.active)
    expect(active.length).toBeGreaterThanOrEqual(6)
    expect(active.length).toBeLessThanOrEqual(9)
    expect(new Set(active.map((m) => m.role)).size).toBe(5)
    expect(defaultAgency.clients).toHaveLength(12)
    for (const language of LANGUAGES) {
      expect(
        defaultAgency.clients.filter((c) => c.language === language).length,
        language,
      ).toBeGreaterThanOrEqual(2)
    }
    for (const client of defaultAgency.clients) {
      const expected = { fi: ['EUR'], pl: ['PLN'], bg: ['EUR', 'BGN'], en: ['GBP', 'USD'] }[client.language]
      expect(expected).toContain(client.currency)
      expect(client.timezone).toBe(
        {
          fi: 'Europe/Helsinki',
          pl: 'Europe/Warsaw',
          bg: 'Europe/Sofia',
          en: client.currency === 'USD' ? 'America/New_York' : 'Europe/London',
        }[client.language],
      )
      expect(client.contacts.filter((c) => c.primary)).toHaveLength(1)
    }
    expect(new Set(defaultAgency.clients.map((c) => c.industry)).size).toBeGreaterThanOrEqual(6)
    expect(new Set(defaultAgency.clients.map((c) => c.name)).size).toBe(12)
    expect(defaultAgency.clients.some((c) => /[А-Яа-я]/.test(c.name))).toBe(true)
    expect(defaultAgency.clients.some((c) => c.customKpis.length > 0)).toBe(true)
    expect(defaultAgency.clients.some((c) => c.activityLevel === 'light')).toBe(true)
  })

  it.each(SEEDS)(
    'has a newest client in onboarding and one whose annual review is near (seed %i)',
    (seed) => {
      const agency = agencyFor(seed)
      const today = Date.parse(TODAY)
      const ageInDays = (c: { cooperationStart: string }): number =>
        (today - Date.parse(c.cooperationStart)) / DAY
      const newest = agency.clients.filter((c) => ageInDays(c) <= 31)
      expect(newest.length).toBeGreaterThanOrEqual(1)
      const items = agency.onboardingItems.filter((i) => i.clientId === newest[0]?.id)
      expect(items.some((i) => i.doneAt !== null)).toBe(true)
      expect(items.some((i) => i.doneAt === null)).toBe(true)
      expect(items.find((i) => i.kind === 'workshop')?.doneAt).toBeNull()
      const workshop = agency.meetings.find(
        (m) => m.kind === 'onboarding-workshop' && m.clientIds.includes(newest[0]?.id ?? ''),
      )
      expect(Date.parse(workshop?.startsAt ?? '')).toBeGreaterThan(NOW)
      expect(agency.clients.some((c) => ageInDays(c) >= 330 && ageInDays(c) <= 430)).toBe(true)
      // Older clients finished their onboarding.
      for (const client of agency.clients.filter((c) => ageInDays(c) > 60)) {
        const own = agency.onboardingItems.filter((i) => i.clientId === client.id)
        expect(own.length).toBe(7)
        expect(own.every((i) => i.doneAt !== null)).toBe(true)
      }
    },
  )

  it.each(SEEDS)(
    'has campaigns in every lean-loop stage, each with one brief that follows "no brief, no project" (seed %i)',
    (seed) => {
      const agency = agencyFor(seed)
      for (const stage of LEAN_STAGES)
        expect(
          agency.campaigns.some((c) => c.stage === stage),
          stage,
        ).toBe(true)
      const briefByCampaign = new Map(agency.briefs.map((b) => [b.campaignId, b]))
      expect(briefByCampaign.size).toBe(agency.briefs.length)
      for (const campaign of agency.campaigns) {
        const brief = briefByCampaign.get(campaign.id)
        expect(brief, campaign.name).toBeDefined()
        if (!brief) continue
        expect(brief.clientId).toBe(campaign.clientId)
        if (!['idea', 'planned'].includes(campaign.stage)) {
          expect(brief.status).toBe('approved')
          expect(brief.approvedAt).not.toBeNull()
          expect(brief.openQuestions.every((q) => q.answer !== null && q.answeredAt !== null)).toBe(true)
          expect(campaign.milestones.find((m) => m.kind === 'brief-approved')?.doneAt).not.toBeNull()
        } else {
          expect(brief.status).not.toBe('approved')
          expect(brief.openQuestions.some((q) => q.answer === null)).toBe(true)
        }
      }
      const clarifying = agency.briefs.filter((b) => b.status === 'clarifying')
      expect(clarifying.some((b) => b.openQuestions.some((q) => q.answer !== null))).toBe(true)
      expect(agency.briefs.some((b) => b.status === 'draft')).toBe(true)
      expect(new Set(agency.experiments.map((e) => e.stage)).size).toBeGreaterThanOrEqual(4)
      const learned = agency.experiments.filter((e) => e.stage === 'learned')
      expect(learned.length).toBeGreaterThan(0)
      expect(learned.every((e) => e.result !== '' && e.learning !== '')).toBe(true)
    },
  )

  it('keeps referential integrity: every id a record refers to exists', () => {
    for (const agency of [defaultAgency, scaledAgency]) {
      const clients = new Set(agency.clients.map((c) => c.id))
      const members = new Set(agency.teamMembers.map((m) => m.id))
      const campaigns = new Map(agency.campaigns.map((c) => [c.id, c]))
      const meetings = new Set(agency.meetings.map((m) => m.id))
      const tasks = new Set(agency.tasks.map((t) => t.id))
      const missing: string[] = []
      const need = (set: { has(id: string): boolean }, id: string | null, what: string): void => {
        if (id !== null && !set.has(id)) missing.push(`${what} ${id}`)
      }
      const campaignOf = (clientId: string, campaignId: string | null, what: string): void => {
        if (campaignId === null) return
        const campaign = campaigns.get(campaignId)
        if (!campaign || campaign.clientId !== clientId)
          missing.push(`${what} campaign ${campaignId} of client ${clientId}`)
      }
      for (const c of agency.clients) need(members, c.ownerId, 'client owner')
      for (const c of agency.campaigns) {
        need(clients, c.clientId, 'campaign client')
        need(members, c.ownerId, 'campaign owner')
      }
      for (const b of agency.briefs) campaignOf(b.clientId, b.campaignId, 'brief')
      for (const e of agency.experiments) {
        need(clients, e.clientId, 'experiment client')
        campaignOf(e.clientId, e.campaignId, 'experiment')
      }
      for (const t of agency.tasks) {
        need(clients, t.clientId, 'task client')
        campaignOf(t.clientId, t.campaignId, 'task')
        need(meetings, t.meetingId, 'task meeting')
        for (const id of t.assigneeIds) need(members, id, 'task assignee')
        for (const id of t.dependsOn) need(tasks, id, 'task dependency')
      }
      for (const m of agency.metricMonths) {
        need(clients, m.clientId, 'metric client')
        campaignOf(m.clientId, m.campaignId, 'metric')
      }
      for (const table of [
        agency.onboardingItems,
        agency.budgetMonths,
        agency.targets,
        agency.commentaries,
      ]) {
        for (const r of table) need(clients, r.clientId, 'client of a record')
      }
      for (const c of agency.communications) {
        need(clients, c.clientId, 'communication client')
        need(members, c.handlerId, 'communication handler')
      }
      for (const m of agency.meetings) {
        for (const id of m.clientIds) need(clients, id, 'meeting client')
        for (const id of m.attendeeIds) need(members, id, 'meeting attendee')
        for (const card of m.weeklyCards) {
          need(clients, card.clientId, 'card client')
          need(members, card.authorId, 'card author')
        }
        for (const topic of m.parkedTopics)
          for (const id of topic.peopleIds) need(members, id, 'parked topic person')
      }
      expect(missing).toEqual([])
    }
  })

  it('keeps the unique keys of the database: one budget month per client and month, one commentary per period', () => {
    for (const agency of [defaultAgency, scaledAgency]) {
      const budgetKeys = agency.budgetMonths.map((b) => `${b.clientId} ${b.month}`)
      expect(new Set(budgetKeys).size).toBe(budgetKeys.length)
      const commentaryKeys = agency.commentaries.map((c) => `${c.clientId} ${c.periodKind} ${c.period}`)
      expect(new Set(commentaryKeys).size).toBe(commentaryKeys.length)
      const metricKeys = agency.metricMonths.map(
        (m) => `${m.clientId} ${m.month} ${m.channel} ${m.campaignId}`,
      )
      expect(new Set(metricKeys).size).toBe(metricKeys.length)
    }
  })

  it('gives internally consistent metric months in the client currency', () => {
    for (const agency of [defaultAgency, scaledAgency]) {
      const currency = new Map(agency.clients.map((c) => [c.id, c.currency]))
      const totals = new Map<string, MetricMonth>()
      for (const row of agency.metricMonths)
        if (row.campaignId === null) totals.set(`${row.clientId} ${row.month} ${row.channel}`, row)
      const breakdown = new Map<string, number>()
      for (const row of agency.metricMonths) {
        expect(row.currency).toBe(currency.get(row.clientId))
        expect(row.source).toBe('demo')
        if (row.reach !== null) expect(row.reach).toBeLessThanOrEqual(row.impressions ?? -1)
        if (row.clicks !== null) expect(row.clicks).toBeLessThanOrEqual(row.impressions ?? -1)
        if (row.conversions !== null) expect(row.conversions).toBeLessThanOrEqual(row.clicks ?? -1)
        if (row.leads !== null) expect(row.leads).toBeLessThanOrEqual(row.conversions ?? -1)
        if (['seo', 'email', 'organic-social', 'website'].includes(row.channel))
          expect(row.spendMinor).toBeNull()
        if (['google-ads', 'meta', 'linkedin', 'microsoft-ads', 'tiktok'].includes(row.channel))
          expect(row.spendMinor).toBeGreaterThan(0)
        if (row.channel === 'website') expect(Object.keys(row.custom).length).toBeGreaterThan(0)
        if (row.campaignId !== null) {
          const key = `${row.clientId} ${row.month} ${row.channel}`
          breakdown.set(key, (breakdown.get(key) ?? 0) + (row.spendMinor ?? 0))
        }
      }
      // Campaign rows break a channel total down; together they never exceed it.
      expect(breakdown.size).toBeGreaterThan(0)
      for (const [key, spend] of breakdown)
        expect(spend).toBeLessThanOrEqual(totals.get(key)?.spendMinor ?? -1)
    }
  })

  it('has pre-cooperation baseline months for every client and metrics up to the last complete month', () => {
    for (const agency of [defaultAgency, scaledAgency]) {
      for (const client of agency.clients) {
        const months = [
          ...new Set(agency.metricMonths.filter((m) => m.clientId === client.id).map((m) => m.month)),
        ].sort()
        const startMonth = client.cooperationStart.slice(0, 7)
        const baseline = months.filter((m) => m < startMonth)
        expect(baseline.length, client.name).toBeGreaterThanOrEqual(6)
        expect(baseline.length, client.name).toBeLessThanOrEqual(12)
        expect(months.at(-1)).toBe('2026-10')
        // No gaps: every month from the first to the last has rows.
        for (let i = 1; i < months.length; i++) expect(previousMonth(months[i] ?? '')).toBe(months[i - 1])
      }
    }
  })

  it('lets results grow after the cooperation starts', () => {
    let grew = 0
    const totals = conversionTotals(defaultAgency.metricMonths)
    for (const client of defaultAgency.clients) {
      const start = client.cooperationStart.slice(0, 7)
      const own = [...totals]
        .filter(([key]) => key.startsWith(client.id))
        .map(([key, v]) => [key.slice(-7), v] as const)
      const before = own.filter(([m]) => m < start).map(([, v]) => v)
      const after = own
        .filter(([m]) => m >= start)
        .map(([, v]) => v)
        .slice(-6)
      if (before.length === 0 || after.length < 6) continue
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
      if (mean(after) > mean(before)) grew++
    }
    expect(grew).toBeGreaterThanOrEqual(5)
  })

  it.each(SEEDS)(
    'has significant dips: some explained in a commentary, at least one still unexplained (seed %i)',
    (seed) => {
      const agency = agencyFor(seed)
      const totals = conversionTotals(agency.metricMonths)
      const explained = new Set(
        agency.commentaries
          .filter((c) => c.periodKind === 'month' && c.decreases.some((d) => d.metric === 'conversions'))
          .map((c) => `${c.clientId} ${c.period}`),
      )
      const dips = [...totals].filter(([key, value]) => {
        const [clientId, month] = key.split(' ') as [string, string]
        const before = totals.get(`${clientId} ${previousMonth(month)}`)
        const client = agency.clients.find((c) => c.id === clientId)
        return (
          before !== undefined &&
          before >= 20 &&
          value <= before * 0.75 &&
          month >= (client?.cooperationStart.slice(0, 7) ?? '')
        )
      })
      expect(dips.some(([key]) => explained.has(key))).toBe(true)
      const unexplained = dips.filter(([key]) => !explained.has(key))
      expect(unexplained.length).toBeGreaterThanOrEqual(1)
      // The last complete month has an unexplained dip: its report is in progress and must flag it.
      expect(unexplained.some(([key]) => key.endsWith('2026-10'))).toBe(true)
      const decreases = agency.commentaries.flatMap((c) => c.decreases)
      expect(decreases.every((d) => d.cause !== '' && d.fix !== '')).toBe(true)
    },
  )

  it.each(SEEDS)(
    'has budget months for the last 14 months and this one, with clients over 80 % and over 100 % now (seed %i)',
    (seed) => {
      const agency = agencyFor(seed)
      const current = agency.budgetMonths.filter((b) => b.month === '2026-11')
      expect(current.length).toBe(12)
      const share = (b: (typeof current)[number]): number =>
        b.mediaSpent.amountMinor / Math.max(1, b.mediaPlanned.amountMinor)
      expect(current.some((b) => share(b) > 1)).toBe(true)
      expect(current.some((b) => share(b) > 0.8 && share(b) <= 1)).toBe(true)
      expect(current.some((b) => b.workHoursUsed > b.workHoursPlanned)).toBe(true)
      expect(
        Math.min(...agency.budgetMonths.map((b) => b.month).map((m) => m.localeCompare('2025-09'))),
      ).toBeGreaterThanOrEqual(0)
      // Past months spend exactly what the metric rows say.
      const spend = new Map<string, number>()
      for (const row of agency.metricMonths) {
        if (row.campaignId === null)
          spend.set(
            `${row.clientId} ${row.month}`,
            (spend.get(`${row.clientId} ${row.month}`) ?? 0) + (row.spendMinor ?? 0),
          )
      }
      for (const budget of agency.budgetMonths.filter((b) => b.month < '2026-11')) {
        expect(budget.mediaSpent.amountMinor).toBe(spend.get(`${budget.clientId} ${budget.month}`) ?? 0)
      }
    },
  )

  it.each(SEEDS)(
    'has communications mostly answered within hours, and some waiting for a reply now (seed %i)',
    (seed) => {
      const agency = agencyFor(seed)
      const all = agency.communications
      const waiting = all.filter((c) => c.repliedAt === null)
      expect(waiting.length).toBeGreaterThanOrEqual(2)
      expect(
        waiting.every((c) => Date.parse(c.receivedAt) < NOW && NOW - Date.parse(c.receivedAt) < 4 * DAY),
      ).toBe(true)
      const replied = all.filter((c) => c.repliedAt !== null)
      expect(
        replied.every((c) => c.reply !== null && Date.parse(c.repliedAt ?? '') > Date.parse(c.receivedAt)),
      ).toBe(true)
      const fast = replied.filter(
        (c) => Date.parse(c.repliedAt ?? '') - Date.parse(c.receivedAt) <= 6 * 3_600_000,
      )
      expect(fast.length / replied.length).toBeGreaterThan(0.5)
      expect(replied.some((c) => c.reply?.kind === 'next-steps' && c.reply.expectedDate !== null)).toBe(true)
    },
  )

  it.each(SEEDS)('has tasks overdue, due today, due next week and done in the past (seed %i)', (seed) => {
    const agency = agencyFor(seed)
    const open = agency.tasks.filter((t) => t.deletedAt === null && t.status !== 'done')
    expect(open.some((t) => t.deadline !== null && t.deadline < TODAY)).toBe(true)
    expect(open.some((t) => t.deadline === TODAY)).toBe(true)
    expect(
      open.some((t) => t.deadline !== null && t.deadline >= '2026-11-30' && t.deadline <= '2026-12-04'),
    ).toBe(true)
    const done = agency.tasks.filter((t) => t.status === 'done')
    expect(done.length).toBeGreaterThan(open.length)
    expect(done.every((t) => t.doneAt !== null && Date.parse(t.doneAt) <= NOW)).toBe(true)
    expect(agency.tasks.some((t) => t.dependsOn.length > 0)).toBe(true)
    expect(agency.tasks.some((t) => t.status === 'blocked')).toBe(true)
    expect(
      agency.tasks.every((t) => t.description !== '' && t.businessLogic !== '' && t.assigneeIds.length > 0),
    ).toBe(true)
  })

  it('has Friday internal weeklies with a card per active client and a changes line for light ones', () => {
    const weeklies = defaultAgency.meetings.filter((m) => m.kind === 'internal-weekly')
    expect(weeklies.length).toBe(8)
    const light = new Set(defaultAgency.clients.filter((c) => c.activityLevel === 'light').map((c) => c.id))
    for (const weekly of weeklies) {
      expect(new Date(weekly.startsAt).getUTCDay()).toBe(5)
      expect(weekly.recordingUrl).toMatch(/^https:\/\//)
      expect(weekly.weeklyCards.length).toBe(weekly.clientIds.length)
      for (const card of weekly.weeklyCards) {
        if (light.has(card.clientId)) {
          expect(card.changesLine).not.toBe('')
          expect(card.done).toBe('')
        } else {
          for (const section of [
            card.done,
            card.analysis,
            card.direction,
            card.budgets,
            card.nextWeek,
            card.clientSummary,
          ]) {
            expect(section).not.toBe('')
          }
        }
      }
    }
    const kinds = new Set(defaultAgency.meetings.map((m) => m.kind))
    for (const kind of [
      'client-monday',
      'client-friday',
      'monthly',
      'quarterly-review',
      'onboarding-workshop',
    ] as const) {
      expect(kinds.has(kind), kind).toBe(true)
    }
  })

  it('has targets for key KPIs and commentaries for recent months, with an annual proposal', () => {
    const periodKinds = new Set(defaultAgency.targets.map((t) => t.periodKind))
    expect([...periodKinds].sort()).toEqual(['month', 'quarter', 'year'])
    for (const client of defaultAgency.clients) {
      expect(defaultAgency.targets.some((t) => t.clientId === client.id && t.period === '2026-11')).toBe(true)
    }
    const annual = defaultAgency.commentaries.filter((c) => c.periodKind === 'year' && c.proposal !== null)
    expect(annual.length).toBeGreaterThan(0)
    for (const c of annual) {
      for (const item of c.proposal?.items ?? []) expect(item.startMonth <= item.endMonth).toBe(true)
    }
    expect(defaultAgency.commentaries.some((c) => c.periodKind === 'month' && c.period === '2026-10')).toBe(
      true,
    )
  })

  it('scales with the clients and years options', () => {
    const small = generateDemoAgency({ seed: 7, today: TODAY, clients: 30, years: 3 })
    expect(scaledAgency.clients).toHaveLength(30)
    expect(scaledAgency.teamMembers.length).toBeGreaterThan(defaultAgency.teamMembers.length)
    expect(scaledAgency.metricMonths.length).toBeGreaterThan(defaultAgency.metricMonths.length)
    const earliest = (a: DemoAgency): string =>
      a.metricMonths.reduce((min, m) => (m.month < min ? m.month : min), '9999-12')
    expect(earliest(scaledAgency) < earliest(small)).toBe(true)
    expect(earliest(scaledAgency) >= '2020-11').toBe(true)
    expect(generateDemoAgency({ seed: 1, today: TODAY, clients: 1 }).clients).toHaveLength(1)
  })

  it('rejects options it cannot honour with a message naming the problem', () => {
    expect(() => generateDemoAgency({ seed: 1, today: '2026-02-30' })).toThrow(/calendar date/)
    expect(() => generateDemoAgency({ seed: 1, today: '23.11.2026' })).toThrow(/YYYY-MM-DD/)
    expect(() => generateDemoAgency({ seed: 1, today: TODAY, clients: 0 })).toThrow(/clients/)
    expect(() => generateDemoAgency({ seed: Number.NaN, today: TODAY })).toThrow(/seed/)
  })

  it('gives valid records for any seed and date (small agencies, weekends, month ends, leap days)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.date({
          min: new Date('2024-01-01T00:00:00Z'),
          max: new Date('2031-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        (seed, date, clients, years) => {
          const agency = generateDemoAgency({ seed, today: date.toISOString().slice(0, 10), clients, years })
          expect(invalidRecords(agency)).toEqual([])
        },
      ),
      { numRuns: 25 },
    )
  })
})
