/**
 * Report sources for the PDF tests: the demo agency (generated once per test file) and small
 * hand-made clients for the edge cases.
 */
import { PNG } from 'pngjs'
import { generateDemoAgency, type DemoAgency } from '@shared/demo'
import { demoReportSources } from '@shared/reports/demo-sources'
import type { ReportBuildOptions, ReportSources } from '@shared/reports'
import type { Campaign, Client, Commentary, MetricMonth } from '@shared/schemas'

/** The demo's "today" and the month every monthly report covers (the last complete one). */
export const TODAY = '2026-11-23'
export const MONTH = '2026-10'
export const OPTIONS: ReportBuildOptions = { today: TODAY, now: '2026-11-23T08:00:00.000Z' }

let agency: DemoAgency | null = null

/** The demo agency of seed 42 on TODAY (generated on first use). */
export function demoAgency(): DemoAgency {
  agency ??= generateDemoAgency({ seed: 42, today: TODAY })
  return agency
}

/** Every demo client's report sources. */
export function demoSources(): ReportSources[] {
  const demo = demoAgency()
  return demo.clients.map((client) => demoReportSources(demo, client.id))
}

const STAMP = '2026-01-01T00:00:00.000Z'
let ids = 0
/** A fresh UUID-shaped id (deterministic within a test file). */
export function id(): string {
  ids += 1
  return `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`
}

/** A plain client of the agency (English, EUR), overridable. */
export function client(overrides: Partial<Client> = {}): Client {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    name: 'Northwind Traders Ltd',
    industry: 'Retail',
    language: 'en',
    currency: 'EUR',
    timezone: 'Europe/Helsinki',
    cooperationStart: '2025-01-01',
    ownerId: null,
    activityLevel: 'active',
    contacts: [],
    branding: { logoDataUrl: null, primaryColor: '#3b5bdb', secondaryColor: '#0ca678' },
    customKpis: [],
    teamAllocations: [],
    notes: '',
    archivedAt: null,
    importMappings: [],
    ...overrides,
  }
}

/** A channel total (or, with `campaignId`, a campaign's row) of a month. */
export function row(
  owner: Client,
  month: string,
  values: Partial<Pick<MetricMonth, 'spendMinor' | 'impressions' | 'clicks' | 'conversions' | 'leads'>>,
  extra: Partial<MetricMonth> = {},
): MetricMonth {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    clientId: owner.id,
    month,
    channel: 'google-ads',
    campaignId: null,
    campaignName: null,
    currency: owner.currency,
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
    ...extra,
  }
}

/** A campaign of the client. */
export function campaign(owner: Client, name: string, overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    clientId: owner.id,
    name,
    channels: ['google-ads'],
    startDate: '2026-01-01',
    endDate: null,
    mediaBudget: null,
    stage: 'live',
    ownerId: null,
    milestones: [],
    notes: '',
    stageHistory: [],
    ...overrides,
  }
}

/** The month's commentary of the client. */
export function commentary(owner: Client, month: string, overrides: Partial<Commentary> = {}): Commentary {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    clientId: owner.id,
    periodKind: 'month',
    period: month,
    summary: '',
    highlights: [],
    decreases: [],
    nextSteps: [],
    proposal: null,
    acknowledgements: [],
    verifiedAt: null,
    ...overrides,
  }
}

/** Sources of one hand-made client. */
export function sources(owner: Client, parts: Partial<Omit<ReportSources, 'client'>> = {}): ReportSources {
  return {
    client: owner,
    settings: { agencyName: 'Aalto Digital', agencyLogoDataUrl: null, primaryColor: '#3b5bdb' },
    rows: [],
    targets: [],
    commentaries: [],
    budgets: [],
    campaigns: [],
    experiments: [],
    tasks: [],
    meetings: [],
    ...parts,
  }
}

/** A PNG of `width` × `height` pixels: a coloured frame around white, as a data URL. */
export function pngDataUrl(width: number, height: number): string {
  const png = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const edge = x < width / 20 || x > width - width / 20 || y < height / 10 || y > height - height / 10
      const i = (y * width + x) * 4
      png.data[i] = edge ? 200 : 255
      png.data[i + 1] = edge ? 40 : 255
      png.data[i + 2] = edge ? 60 : 255
      png.data[i + 3] = 255
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`
}
