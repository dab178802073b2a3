/** Every translation of Cadence, by language and namespace; English is the reference. */
import enApp from './locales/en/app'
import enMenu from './locales/en/menu'
import fiApp from './locales/fi/app'
import fiMenu from './locales/fi/menu'
import plApp from './locales/pl/app'
import plMenu from './locales/pl/menu'
import bgApp from './locales/bg/app'
import bgMenu from './locales/bg/menu'
import enCampaigns from './locales/en/campaigns'
import enWork from './locales/en/work'
import enPlanning from './locales/en/planning'
import fiCampaigns from './locales/fi/campaigns'
import fiWork from './locales/fi/work'
import fiPlanning from './locales/fi/planning'
import plCampaigns from './locales/pl/campaigns'
import plWork from './locales/pl/work'
import plPlanning from './locales/pl/planning'
import bgCampaigns from './locales/bg/campaigns'
import bgWork from './locales/bg/work'
import bgPlanning from './locales/bg/planning'
import enData from './locales/en/data'
import fiData from './locales/fi/data'
import plData from './locales/pl/data'
import bgData from './locales/bg/data'
import enMail from './locales/en/mail'
import fiMail from './locales/fi/mail'
import plMail from './locales/pl/mail'
import bgMail from './locales/bg/mail'
import enToday from './locales/en/today'
import enWeekly from './locales/en/weekly'
import enMeetings from './locales/en/meetings'
import enOutbox from './locales/en/outbox'
import fiToday from './locales/fi/today'
import fiWeekly from './locales/fi/weekly'
import fiMeetings from './locales/fi/meetings'
import fiOutbox from './locales/fi/outbox'
import plToday from './locales/pl/today'
import plWeekly from './locales/pl/weekly'
import plMeetings from './locales/pl/meetings'
import plOutbox from './locales/pl/outbox'
import bgToday from './locales/bg/today'
import bgWeekly from './locales/bg/weekly'
import bgMeetings from './locales/bg/meetings'
import bgOutbox from './locales/bg/outbox'
import enResults from './locales/en/results'
import fiResults from './locales/fi/results'
import plResults from './locales/pl/results'
import bgResults from './locales/bg/results'
import enReport from './locales/en/report'
import fiReport from './locales/fi/report'
import plReport from './locales/pl/report'
import bgReport from './locales/bg/report'
import enReviewReport from './locales/en/reviewReport'
import fiReviewReport from './locales/fi/reviewReport'
import plReviewReport from './locales/pl/reviewReport'
import bgReviewReport from './locales/bg/reviewReport'
import enReports from './locales/en/reports'
import fiReports from './locales/fi/reports'
import plReports from './locales/pl/reports'
import bgReports from './locales/bg/reports'
import enBackups from './locales/en/backups'
import fiBackups from './locales/fi/backups'
import plBackups from './locales/pl/backups'
import bgBackups from './locales/bg/backups'
import enStorage from './locales/en/storage'
import fiStorage from './locales/fi/storage'
import plStorage from './locales/pl/storage'
import bgStorage from './locales/bg/storage'
import type { Language } from '../schemas/primitives'

/**
 * The namespaces: `app` for the renderer shell, `menu` for the main process's menu, and one per
 * feature area (`campaigns`: briefs, campaigns, lean loop; `work`: tasks and the reply clock;
 * `planning`: budgets, team and capacity; `mail`: the client mails of the weekly rhythm, written
 * in the client's language; `today`; `weekly`: the internal client weekly; `meetings`: calendar,
 * meeting logs and reviews; `outbox`: the mail editor; `report` and `reviewReport`: the PDFs' client-facing text;
 * `reports`: the Reports screen; `backups`; `storage`: storage failure messages), so features evolve without touching each
 * other's files.
 */
export const NAMESPACES = [
  'app',
  'menu',
  'campaigns',
  'work',
  'planning',
  'data',
  'mail',
  'today',
  'weekly',
  'meetings',
  'outbox',
  'results',
  'report',
  'reviewReport',
  'reports',
  'backups',
  'storage',
] as const
/** A translation namespace. */
export type Namespace = (typeof NAMESPACES)[number]

/** A nested tree of translation strings. */
export type TranslationTree = { readonly [key: string]: string | TranslationTree }

/** All resources in i18next's shape. */
export const resources: Record<Language, Record<Namespace, TranslationTree>> = {
  en: {
    app: enApp,
    menu: enMenu,
    campaigns: enCampaigns,
    work: enWork,
    planning: enPlanning,
    data: enData,
    mail: enMail,
    today: enToday,
    weekly: enWeekly,
    meetings: enMeetings,
    outbox: enOutbox,
    results: enResults,
    report: enReport,
    reviewReport: enReviewReport,
    reports: enReports,
    backups: enBackups,
    storage: enStorage,
  },
  fi: {
    app: fiApp,
    menu: fiMenu,
    campaigns: fiCampaigns,
    work: fiWork,
    planning: fiPlanning,
    data: fiData,
    mail: fiMail,
    today: fiToday,
    weekly: fiWeekly,
    meetings: fiMeetings,
    outbox: fiOutbox,
    results: fiResults,
    report: fiReport,
    reviewReport: fiReviewReport,
    reports: fiReports,
    backups: fiBackups,
    storage: fiStorage,
  },
  pl: {
    app: plApp,
    menu: plMenu,
    campaigns: plCampaigns,
    work: plWork,
    planning: plPlanning,
    data: plData,
    mail: plMail,
    today: plToday,
    weekly: plWeekly,
    meetings: plMeetings,
    outbox: plOutbox,
    results: plResults,
    report: plReport,
    reviewReport: plReviewReport,
    reports: plReports,
    backups: plBackups,
    storage: plStorage,
  },
  bg: {
    app: bgApp,
    menu: bgMenu,
    campaigns: bgCampaigns,
    work: bgWork,
    planning: bgPlanning,
    data: bgData,
    mail: bgMail,
    today: bgToday,
    weekly: bgWeekly,
    meetings: bgMeetings,
    outbox: bgOutbox,
    results: bgResults,
    report: bgReport,
    reviewReport: bgReviewReport,
    reports: bgReports,
    backups: bgBackups,
    storage: bgStorage,
  },
}
