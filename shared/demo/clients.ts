/**
 * The demo clients and the plan behind each (industry, channels, size, growth), which the
 * other generators read. Cooperation starts are spread over the requested years, with two
 * kinds of client always present because the app must show them: one that started within
 * the last month (onboarding in progress) and one or two whose first year is about to close
 * (annual review near).
 */
import type { Channel, Client, Contact, CustomKpi, Language, TeamMember } from '../schemas'
import {
  addMonthsToDay,
  dayParts,
  daysInMonth,
  firstDayOfMonth,
  formatDay,
  monthOfDay,
  parseDay,
  utcInstant,
  type DayNumber,
  type MonthNumber,
} from './calendar'
import { recordBase, type DemoContext } from './context'
import { INDUSTRIES, type IndustryProfile } from './industries'
import { hslToHex, logoDataUrl } from './logo'
import type { Localized } from './locale-text'
import { companyDomain, emailFor, fillCompanyPattern, personName, phoneFor } from './names'
import type { Random } from './random'
import { memberOf, type Team } from './team'

/** One channel of a client and the month its data starts. */
export type ChannelPlan = { channel: Channel; since: MonthNumber }

/** A client with everything the other generators need to know about it. */
export type ClientPlan = {
  index: number
  client: Client
  rand: Random
  industry: IndustryProfile
  language: Language
  currency: string
  /** Client currency units per euro, to scale euro rules of thumb. */
  fxPerEur: number
  startDay: DayNumber
  startMonth: MonthNumber
  baselineStart: MonthNumber
  channels: ChannelPlan[]
  /** Size of the business: multiplies budgets and volumes. */
  scale: number
  /** How much the agency's work lifts conversion efficiency at full effect (0.25 = +25 %). */
  growth: number
  isNewest: boolean
  /** Cooperation began 11–14 months ago, so the annual review is near. */
  nearAnniversary: boolean
  owner: TeamMember
  adsSpecialist: TeamMember
  contentProducer: TeamMember
  designer: TeamMember
  analyst: TeamMember
  domain: string
}

const LANGUAGE_ORDER: readonly Language[] = ['fi', 'pl', 'bg', 'en']

/** Bulgaria adopted the euro on 2026-01-01; afterwards its clients' history is restated in EUR. */
const BULGARIA_EURO_DAY = parseDay('2026-01-01')

const FX_PER_EUR: Record<string, number> = { EUR: 1, PLN: 4.3, BGN: 1.95583, GBP: 0.85, USD: 1.08 }

const CONTACT_ROLES: readonly Localized[] = [
  {
    en: 'Marketing Manager',
    fi: 'Markkinointipäällikkö',
    pl: 'Kierownik marketingu',
    bg: 'Маркетинг мениджър',
  },
  { en: 'Managing Director', fi: 'Toimitusjohtaja', pl: 'Prezes zarządu', bg: 'Управител' },
  { en: 'Sales Director', fi: 'Myyntijohtaja', pl: 'Dyrektor sprzedaży', bg: 'Търговски директор' },
  {
    en: 'Communications Manager',
    fi: 'Viestintäpäällikkö',
    pl: 'Kierownik ds. komunikacji',
    bg: 'Мениджър комуникации',
  },
]

const CLIENT_NOTES: readonly string[] = [
  'Prefers a short call on Monday mornings over long e-mails.',
  'Invoiced monthly in advance; media is paid directly by the client.',
  'Decisions go through the managing director; allow two days for approvals.',
  'Very data-driven contact: always include the numbers behind a proposal.',
  'Busy season makes replies slower; plan proofing rounds early.',
  'Wants creatives in both light and dark brand versions.',
  '',
]

/** Which clients play the special roles; depends only on the seed and the client count. */
export type SpecialClients = { newest: number; anniversary: readonly number[] }

/** Chooses the newest client and the one or two near their first anniversary. */
export function chooseSpecialClients(rand: Random, clientCount: number): SpecialClients {
  const candidates = rand.shuffle(Array.from({ length: Math.min(clientCount, 12) }, (_, i) => i))
  const [newest = 0, first, second] = candidates
  const anniversary = [first, clientCount >= 6 ? second : undefined].filter((i) => i !== undefined)
  return { newest, anniversary }
}

/** The industry order of the agency: every industry appears before any repeats. */
export function industryOrder(rand: Random): IndustryProfile[] {
  return rand.shuffle(INDUSTRIES)
}

function chooseStart(rand: Random, ctx: DemoContext, index: number, special: SpecialClients): DayNumber {
  if (index === special.newest) return ctx.today - rand.int(4, 24)
  const anniversaryRank = special.anniversary.indexOf(index)
  if (anniversaryRank >= 0) {
    // 11½–12½ months and 13–14 months ago: the annual review is due within weeks.
    const days = anniversaryRank === 0 ? rand.int(350, 378) : rand.int(396, 425)
    return ctx.today - days
  }
  const monthsAgo = rand.int(2, Math.max(3, Math.round(ctx.years * 12) - 1))
  const month = ctx.currentMonth - monthsAgo
  // Most cooperations start on the 1st; some mid-month, including month ends (Jan 31 tests the engine).
  const date = rand.weighted([
    [1, 5],
    [15, 2],
    [rand.int(2, daysInMonth(month)), 3],
  ])
  return Math.min(firstDayOfMonth(month) + Math.min(date, daysInMonth(month)) - 1, ctx.today - 30)
}

function chooseChannels(
  rand: Random,
  industry: IndustryProfile,
  light: boolean,
  start: MonthNumber,
  baselineStart: MonthNumber,
): ChannelPlan[] {
  const extras = rand.sample(industry.extraChannels, light ? rand.int(0, 1) : rand.int(0, 2))
  const channels = [...industry.coreChannels, ...extras]
  return channels.map((channel, i) => {
    // The client ran its main channel (and often more) before us: that is the baseline. Channels the
    // agency adds start with the cooperation or a few months into it.
    const preExisting = i === 0 || (i < industry.coreChannels.length ? rand.chance(0.8) : rand.chance(0.3))
    const since = preExisting ? baselineStart : start + (i < 2 ? 0 : rand.int(0, 4))
    return { channel, since }
  })
}

function contactsFor(
  rand: Random,
  language: Language,
  currency: string,
  domain: string,
  count: number,
): Contact[] {
  // The primary contact is usually the marketing manager; in small firms the managing director.
  const [marketing, director, ...others] = CONTACT_ROLES
  const first = rand.chance(0.7) ? marketing : director
  const roles = [
    first,
    ...rand.sample(
      [marketing, director, ...others].filter((r) => r !== first),
      count - 1,
    ),
  ]
  return roles.map((role, i) => {
    const name = personName(rand, language)
    return {
      id: rand.uuid(),
      name: name.full,
      role: role?.[language] ?? '',
      email: emailFor(name, domain),
      phone: rand.chance(0.8) ? phoneFor(rand, language, currency) : '',
      primary: i === 0,
    }
  })
}

/** Plans and builds client `index`. `usedNames` keeps company names unique across the agency. */
export function planClient(
  root: Random,
  ctx: DemoContext,
  team: Team,
  index: number,
  industries: readonly IndustryProfile[],
  special: SpecialClients,
  usedNames: Set<string>,
): ClientPlan {
  const rand = root.fork(`client:${index}`)
  const language = LANGUAGE_ORDER[index % LANGUAGE_ORDER.length] ?? 'en'
  // Shifting by one industry per round of eight keeps a repeated industry in another language.
  const industry =
    industries[(index + Math.floor(index / industries.length)) % industries.length] ?? INDUSTRIES[0]
  if (!industry) throw new RangeError('The demo generator has no industries')
  const languageRank = Math.floor(index / LANGUAGE_ORDER.length)
  const currency =
    language === 'fi'
      ? 'EUR'
      : language === 'pl'
        ? 'PLN'
        : language === 'bg'
          ? ctx.today >= BULGARIA_EURO_DAY
            ? 'EUR'
            : 'BGN'
          : languageRank % 3 === 2
            ? 'USD'
            : 'GBP'
  const timezone =
    language === 'fi'
      ? 'Europe/Helsinki'
      : language === 'pl'
        ? 'Europe/Warsaw'
        : language === 'bg'
          ? 'Europe/Sofia'
          : currency === 'USD'
            ? 'America/New_York'
            : 'Europe/London'

  let name = fillCompanyPattern(rand, language, rand.pick(industry.companyPatterns[language]))
  for (let attempt = 0; usedNames.has(name) && attempt < 30; attempt++) {
    name = fillCompanyPattern(rand, language, rand.pick(industry.companyPatterns[language]))
  }
  if (usedNames.has(name)) name = `${name} (${index + 1})`
  if (currency === 'USD') name = name.replace(/ Ltd$/, ' LLC')
  // The LLC form may meet a name taken already (large agencies); numbering keeps it unique.
  if (usedNames.has(name)) name = `${name} (${index + 1})`
  usedNames.add(name)
  const domain = companyDomain(name)

  const isNewest = index === special.newest
  const startDay = chooseStart(rand, ctx, index, special)
  const startMonth = monthOfDay(startDay)
  const baselineStart = startMonth - rand.int(6, 12)
  const activityLevel =
    isNewest || special.anniversary.includes(index) || rand.chance(0.75) ? 'active' : 'light'
  const light = activityLevel === 'light'

  const hue = rand.int(0, 359)
  const primaryColor = hslToHex(hue, rand.between(0.5, 0.75), rand.between(0.3, 0.42))
  const secondaryColor = hslToHex(
    (hue + rand.pick([30, 150, 180, 210])) % 360,
    rand.between(0.45, 0.7),
    rand.between(0.55, 0.68),
  )
  const logo = rand.chance(0.7) ? logoDataUrl(rand, primaryColor, secondaryColor) : null

  const kpiTemplates = rand.chance(0.65) ? rand.sample(industry.customKpis, rand.chance(0.3) ? 2 : 1) : []
  const customKpis: CustomKpi[] = kpiTemplates.map((template) => ({
    id: rand.uuid(),
    name: template.name[language],
    unit: template.unit,
    higherIsBetter: template.higherIsBetter,
    aggregation: template.aggregation,
  }))

  const owner = memberOf(team, 'account-manager', index)
  const adsSpecialist = memberOf(team, 'ads-specialist', index)
  const contentProducer = memberOf(team, 'content-producer', index)
  const designer = memberOf(team, 'graphic-designer', index)
  // Weekly bookings per role; light clients need about half the time.
  const share = light ? 0.5 : 1
  const teamAllocations = [
    { memberId: owner.id, hoursPerWeek: 4 * share },
    { memberId: adsSpecialist.id, hoursPerWeek: 5 * share },
    { memberId: contentProducer.id, hoursPerWeek: 4 * share },
    { memberId: designer.id, hoursPerWeek: 2 * share },
  ]
  const createdDay = startDay - rand.int(3, 20)
  const client: Client = {
    ...recordBase(
      rand,
      ctx,
      utcInstant(createdDay, rand.int(7, 14) * 60),
      utcInstant(ctx.today - rand.int(1, 60), 11 * 60),
    ),
    name,
    industry: industry.label,
    language,
    currency,
    timezone,
    cooperationStart: formatDay(startDay),
    ownerId: owner.id,
    activityLevel,
    contacts: contactsFor(rand, language, currency, domain, light ? 1 : rand.int(1, 3)),
    branding: { logoDataUrl: logo, primaryColor, secondaryColor },
    customKpis,
    teamAllocations,
    notes: rand.pick(CLIENT_NOTES),
    archivedAt: null,
    importMappings: [],
  }

  return {
    index,
    client,
    rand,
    industry,
    language,
    currency,
    fxPerEur: FX_PER_EUR[currency] ?? 1,
    startDay,
    startMonth,
    baselineStart,
    channels: chooseChannels(rand, industry, light, startMonth, baselineStart),
    scale: Math.exp(rand.between(-0.5, 0.9)) * (light ? 0.5 : 1),
    growth: rand.between(0.15, 0.55),
    isNewest,
    nearAnniversary: special.anniversary.includes(index),
    owner,
    adsSpecialist,
    contentProducer,
    designer,
    analyst: memberOf(team, 'analyst', index),
    domain,
  }
}

/** The template of a custom KPI of the client, matched by its localized name. */
export function customKpiTemplate(
  plan: ClientPlan,
  kpi: CustomKpi,
): IndustryProfile['customKpis'][number] | undefined {
  return plan.industry.customKpis.find((template) => template.name[plan.language] === kpi.name)
}

/** Months the client has been with the agency at `day` (0 in the first month). */
export function cooperationMonths(plan: ClientPlan, day: DayNumber): number {
  const start = dayParts(plan.startDay)
  const now = dayParts(day)
  const months = (now.year - start.year) * 12 + now.month - start.month - (now.date < start.date ? 1 : 0)
  return Math.max(0, months)
}

/** The day the client's `n`-th cooperation quarter ends (n = 1 is the first quarter). */
export function cooperationQuarterEnd(plan: ClientPlan, n: number): DayNumber {
  return addMonthsToDay(plan.startDay, n * 3) - 1
}
