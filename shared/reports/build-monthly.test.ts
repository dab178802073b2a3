import { describe, expect, it } from 'vitest'
import { buildMonthlyModel } from '../results/models'
import type { BudgetMonth, Campaign, Client, Commentary, MetricMonth, Task } from '../schemas'
import { buildMonthlyReportInput } from './build-monthly'
import { reportInputSchema } from './report-input'
import type { ReportSources } from './sources'

const STAMP = '2026-01-01T00:00:00.000Z'
const OPTIONS = { today: '2026-11-23', now: '2026-11-23T08:00:00.000Z' }
let next = 0
const id = () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`
const base = () => ({ id: id(), createdAt: STAMP, updatedAt: STAMP, deletedAt: null })

const client: Client = {
  ...base(),
  name: 'Northwind\n Traders',
  industry: '',
  language: 'fi',
  currency: 'EUR',
  timezone: 'Europe/Helsinki',
  cooperationStart: '2025-01-01',
  ownerId: null,
  activityLevel: 'active',
  contacts: [],
  branding: {
    logoDataUrl: 'data:image/webp;base64,AAAA',
    primaryColor: '#123456',
    secondaryColor: '#000000',
  },
  customKpis: [{ id: id(), name: 'Store visits', unit: '', higherIsBetter: true, aggregation: 'sum' }],
  teamAllocations: [],
  notes: '',
  archivedAt: null,
  importMappings: [],
}
const kpi = client.customKpis[0]?.id ?? ''

function row(month: string, values: Partial<MetricMonth>): MetricMonth {
  return {
    ...base(),
    clientId: client.id,
    month,
    channel: 'google-ads',
    campaignId: null,
    campaignName: null,
    currency: 'EUR',
    spendMinor: null,
    impressions: null,
    reach: null,
    clicks: null,
    conversions: null,
    conversionValueMinor: null,
    leads: null,
    followers: null,
    engagements: null,
    custom: {},
    source: 'manual',
    ...values,
  }
}

function campaign(name: string, overrides: Partial<Campaign>): Campaign {
  return {
    ...base(),
    clientId: client.id,
    name,
    channels: ['meta'],
    startDate: null,
    endDate: null,
    mediaBudget: null,
    stage: 'planned',
    ownerId: null,
    milestones: [],
    notes: '',
    stageHistory: [],
    ...overrides,
  }
}

function task(title: string, deadline: string | null, overrides: Partial<Task> = {}): Task {
  return {
    ...base(),
    clientId: client.id,
    campaignId: null,
    meetingId: null,
    title,
    description: '',
    deadline,
    assigneeIds: [],
    estimatedHours: 1,
    usedHours: 0,
    businessLogic: '',
    priority: 'normal',
    sequence: 0,
    dependsOn: [],
    status: 'todo',
    doneAt: null,
    ...overrides,
  }
}

function commentary(overrides: Partial<Commentary>): Commentary {
  return {
    ...base(),
    clientId: client.id,
    periodKind: 'month',
    period: '2026-10',
    summary: ' Summary ',
    highlights: ['One', '  '],
    decreases: [
      { id: id(), metric: 'conversions', cause: 'Season', fix: 'New ads' },
      { id: id(), metric: 'STORE VISITS', cause: 'Rain', fix: 'Coupons' },
      { id: id(), metric: 'Brand mood', cause: 'x', fix: 'y' },
      { id: id(), metric: ' ', cause: '', fix: '' },
    ],
    nextSteps: ['Step'],
    proposal: null,
    acknowledgements: [],
    verifiedAt: null,
    ...overrides,
  }
}

const launch = campaign('Winter launch', {
  startDate: '2026-11-10',
  endDate: '2026-12-20',
  stage: 'in-production',
  milestones: [
    { id: id(), kind: 'launch', label: '', date: '2026-11-10', doneAt: null },
    { id: id(), kind: 'proofing', label: 'Round 2', date: '2026-11-04', doneAt: null },
    { id: id(), kind: 'proofing', label: 'Round 1', date: '2026-11-02', doneAt: STAMP },
    { id: id(), kind: 'reporting', label: '', date: '2026-12-05', doneAt: null },
  ],
})
const budget: BudgetMonth = {
  ...base(),
  clientId: client.id,
  month: '2026-10',
  mediaPlanned: { amountMinor: 100_000, currency: 'EUR' },
  mediaSpent: { amountMinor: 85_000, currency: 'EUR' },
  workHoursPlanned: 10,
  workHoursUsed: 11,
  workFee: { amountMinor: 90_000, currency: 'EUR' },
}

const sources: ReportSources = {
  client,
  settings: {
    agencyName: 'Aalto',
    agencyLogoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    primaryColor: '#3b5bdb',
  },
  rows: [
    row('2026-09', { clicks: 100, conversions: 10, spendMinor: 50_000, custom: { [kpi]: 5 } }),
    row('2026-10', { clicks: 120, conversions: 8, spendMinor: 60_000, custom: { [kpi]: 4 } }),
  ],
  targets: [],
  commentaries: [commentary({})],
  budgets: [
    budget,
    { ...budget, id: id(), month: '2026-11', mediaPlanned: { amountMinor: 120_000, currency: 'EUR' } },
  ],
  campaigns: [
    launch,
    campaign('Old and done', { startDate: '2025-01-01', endDate: '2025-02-01', stage: 'learned' }),
    campaign('Deleted', { deletedAt: STAMP, stage: 'live', startDate: '2026-11-01' }),
    campaign('Just an idea', { stage: 'idea' }),
    campaign('Undated plan', { stage: 'planned' }),
  ],
  experiments: [],
  tasks: [
    task('Late one', '2026-11-28'),
    task('Early one', '2026-11-03'),
    task('Done already', '2026-11-05', { status: 'done' }),
    task('Next year', '2027-01-05'),
    task('No deadline', null),
  ],
  meetings: [],
}

describe('buildMonthlyReportInput', () => {
  const input = buildMonthlyReportInput(sources, '2026-10', OPTIONS)

  it('is a valid report input whose figures are the monthly model, untouched', () => {
    expect(reportInputSchema.parse(input)).toEqual(input)
    expect(input.model).toEqual(
      buildMonthlyModel(
        {
          client,
          rows: sources.rows,
          targets: [],
          campaigns: sources.campaigns.filter((c) => c.deletedAt === null),
        },
        '2026-10',
      ),
    )
    expect(input.period).toEqual({ key: '2026-10', start: '2026-10-01', end: '2026-10-31' })
    expect(input.language).toBe('fi')
    expect(input.generatedAt).toBe(OPTIONS.now)
  })

  it('shows the client on one line, and only logos the PDF can embed', () => {
    expect(input.client).toEqual({ name: 'Northwind Traders', logoDataUrl: null, color: '#123456' })
    expect(input.agency.logoDataUrl).toBe('data:image/png;base64,iVBORw0KGgo=')
  })

  it("chooses the client's own KPI first, then results before cost, only metrics with values", () => {
    expect(input.selection.tiles[0]).toBe(kpi)
    expect(input.selection.tiles).toEqual([kpi, 'conversions', 'spend', 'cpa', 'clicks'])
    expect(input.selection.columns).toEqual(['spend', 'clicks', 'conversions', 'cpa'])
    expect(input.selection.primary).toBe('conversions')
  })

  it('passes the commentary as written, naming the metric of each decrease by key where it can', () => {
    expect(input.commentary).toEqual({
      summary: 'Summary',
      highlights: ['One'],
      decreases: [
        { metric: 'conversions', metricKey: 'conversions', cause: 'Season', fix: 'New ads' },
        { metric: 'STORE VISITS', metricKey: kpi, cause: 'Rain', fix: 'Coupons' },
        { metric: 'Brand mood', metricKey: null, cause: 'x', fix: 'y' },
      ],
      nextSteps: ['Step'],
    })
  })

  it('is a draft while the month is not verified, unless told otherwise', () => {
    expect(input.draft).toBe(true)
    expect(input.verifiedAt).toBeNull()
    const verified = buildMonthlyReportInput(
      { ...sources, commentaries: [commentary({ verifiedAt: '2026-11-03T10:00:00.000Z' })] },
      '2026-10',
      OPTIONS,
    )
    expect(verified.draft).toBe(false)
    expect(verified.verifiedAt).toBe('2026-11-03T10:00:00.000Z')
    expect(buildMonthlyReportInput(sources, '2026-10', { ...OPTIONS, draft: false }).draft).toBe(false)
    expect(
      buildMonthlyReportInput({ ...sources, commentaries: [] }, '2026-10', OPTIONS).commentary,
    ).toBeNull()
  })

  it("carries the month's media and work budget use", () => {
    expect(input.budget).toMatchObject({
      month: '2026-10',
      phase: 'past',
      currency: 'EUR',
      media: { planned: 100_000, used: 85_000, share: 0.85, level: 'warning' },
      work: { planned: 10, used: 11, level: 'over' },
      workFee: { amountMinor: 90_000, currency: 'EUR' },
    })
    expect(buildMonthlyReportInput({ ...sources, budgets: [] }, '2026-10', OPTIONS).budget).toBeNull()
  })

  it("plans next month: running campaigns, open touchpoints and tasks by date, and next month's budget", () => {
    expect(input.plan.month).toBe('2026-11')
    expect(input.plan.campaigns.map((c) => c.name)).toEqual(['Winter launch', 'Undated plan'])
    expect(input.plan.milestones).toEqual([
      { date: '2026-11-04', kind: 'proofing', label: 'Round 2', campaign: 'Winter launch' },
      { date: '2026-11-10', kind: 'launch', label: '', campaign: 'Winter launch' },
    ])
    expect(input.plan.tasks).toEqual([
      { title: 'Early one', deadline: '2026-11-03' },
      { title: 'Late one', deadline: '2026-11-28' },
    ])
    expect(input.plan.budget).toEqual({
      mediaPlanned: { amountMinor: 120_000, currency: 'EUR' },
      workHoursPlanned: 10,
    })
  })
})
