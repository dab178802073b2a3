/**
 * What the report builders read: one client's records as the renderer reads them from Dexie
 * (deleted records may be passed; the builders skip them), plus the agency's settings.
 */
import type {
  BudgetMonth,
  Campaign,
  Client,
  Commentary,
  Experiment,
  Meeting,
  MetricMonth,
  Settings,
  Target,
  Task,
} from '../schemas'

/** One client's records and the agency settings a report is built from. */
export type ReportSources = {
  client: Client
  settings: Pick<Settings, 'agencyName' | 'agencyLogoDataUrl' | 'primaryColor'>
  rows: readonly MetricMonth[]
  targets: readonly Target[]
  commentaries: readonly Commentary[]
  budgets: readonly BudgetMonth[]
  campaigns: readonly Campaign[]
  experiments: readonly Experiment[]
  tasks: readonly Task[]
  meetings: readonly Meeting[]
}

/** When a report is built: the calendar day (budget progress) and the instant (its "prepared on"). */
export type ReportBuildOptions = {
  /** Today as `YYYY-MM-DD` in the client's time zone. */
  today: string
  /** The build's instant (ISO with offset); the PDF's creation date. */
  now: string
  /** Force the "Draft" marking on or off; by default a report is a draft while its period is not verified. */
  draft?: boolean
}
