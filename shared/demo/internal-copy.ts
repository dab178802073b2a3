/**
 * The team's internal words, in English (the working language of a Finnish agency with staff
 * in Poland and Bulgaria): task descriptions, weekly-card sections and notes. Anything the
 * client reads lives in the client's four languages: task titles here (the client sees them in
 * mails and the monthly report's plan), everything else in the other *-copy.ts modules.
 */
import type { TeamRole } from '../schemas'
import type { Localized } from './locale-text'

/**
 * A task template; `{campaign}`, `{channel}`, `{client}`, `{month}` and `{n}` are filled in.
 * The title is in the client's language (it reaches mails and reports), the rest in English.
 */
export type TaskCopy = {
  title: Localized
  description: string
  businessLogic: string
  role: TeamRole
  hours: number
}

/** The production chain of a campaign, in order: each step depends on the one before. */
export const PRODUCTION_CHAIN: readonly TaskCopy[] = [
  {
    title: {
      en: 'Copy for {campaign}',
      fi: 'Tekstit: {campaign}',
      pl: 'Teksty: {campaign}',
      bg: 'Текстове: {campaign}',
    },
    description:
      'Write headlines, body texts and calls to action for {channel}; three variants of each for testing.',
    businessLogic: 'Clear copy variants let us test from launch day and keep the best cost per conversion.',
    role: 'content-producer',
    hours: 6,
  },
  {
    title: {
      en: 'Creatives for {campaign}',
      fi: 'Mainosaineistot: {campaign}',
      pl: 'Kreacje: {campaign}',
      bg: 'Рекламни визии: {campaign}',
    },
    description: 'Design the image and video formats for {channel} following the brand guidelines.',
    businessLogic: 'Fresh creatives keep frequency fatigue down and click-through rates up.',
    role: 'graphic-designer',
    hours: 10,
  },
  {
    title: {
      en: 'Proofing round with {client}: {campaign}',
      fi: 'Vedoskierros – {client}: {campaign}',
      pl: 'Runda poprawek – {client}: {campaign}',
      bg: 'Коректура с {client}: {campaign}',
    },
    description:
      'Send the creatives for approval, collect all feedback in one round and confirm the changes.',
    businessLogic: 'One structured proofing round keeps the launch date agreed in the schedule.',
    role: 'account-manager',
    hours: 2,
  },
  {
    title: {
      en: 'Set up {campaign} in {channel}',
      fi: 'Kampanjan pystytys: {campaign} ({channel})',
      pl: 'Konfiguracja kampanii: {campaign} ({channel})',
      bg: 'Настройка на кампанията: {campaign} ({channel})',
    },
    description:
      'Build campaigns, audiences, budgets and tracking parameters; QA the whole set-up before launch.',
    businessLogic:
      'A correct set-up and working tracking make the results measurable and the report trustworthy.',
    role: 'ads-specialist',
    hours: 5,
  },
]

/** Work that recurs every month or week for a client. */
export const RECURRING_TASKS: Record<
  'report' | 'schedule' | 'optimisation' | 'refresh' | 'landing' | 'newsletter' | 'keywords' | 'competitors',
  TaskCopy
> = {
  report: {
    title: {
      en: 'Monthly report {month}: {client}',
      fi: 'Kuukausiraportti ({month}): {client}',
      pl: 'Raport miesięczny za {month}: {client}',
      bg: 'Месечен отчет за {month}: {client}',
    },
    description:
      'Verify every number against the ad platforms first, then write the commentary: main figures, increases, decreases with cause and fix.',
    businessLogic: 'The report shows the client what the money achieved and keeps the cooperation going.',
    role: 'analyst',
    hours: 3,
  },
  schedule: {
    title: {
      en: 'Publishing schedule {month}: {client}',
      fi: 'Julkaisuaikataulu ({month}): {client}',
      pl: 'Harmonogram publikacji na {month}: {client}',
      bg: 'График на публикациите за {month}: {client}',
    },
    description: 'Plan posts, newsletters and ads for the month and send the schedule for approval.',
    businessLogic: 'An approved schedule lets production run without last-minute rushes.',
    role: 'content-producer',
    hours: 4,
  },
  optimisation: {
    title: {
      en: 'Weekly optimisation: {channel}',
      fi: 'Viikko-optimointi: {channel}',
      pl: 'Cotygodniowa optymalizacja: {channel}',
      bg: 'Седмична оптимизация: {channel}',
    },
    description:
      'Check search terms, bids, audiences and creatives; pause the weakest ads and move budget to the best.',
    businessLogic: 'Weekly optimisation keeps the cost per conversion within the target.',
    role: 'ads-specialist',
    hours: 2,
  },
  refresh: {
    title: {
      en: 'Creative refresh: {channel}',
      fi: 'Mainosaineistojen päivitys: {channel}',
      pl: 'Odświeżenie kreacji: {channel}',
      bg: 'Обновяване на рекламите: {channel}',
    },
    description: 'Make four new variants to replace the ads whose CTR has fallen for three weeks.',
    businessLogic: 'Ad fatigue raises costs; fresh variants restore the click-through rate.',
    role: 'graphic-designer',
    hours: 6,
  },
  landing: {
    title: {
      en: 'Landing page review',
      fi: 'Laskeutumissivun tarkistus',
      pl: 'Przegląd strony docelowej',
      bg: 'Преглед на целевата страница',
    },
    description:
      "Check speed, form and tracking of the campaign landing page; list fixes for the client's developer.",
    businessLogic: 'Faster pages with working forms convert more of the traffic we pay for.',
    role: 'analyst',
    hours: 3,
  },
  newsletter: {
    title: {
      en: 'Newsletter {month}',
      fi: 'Uutiskirje ({month})',
      pl: 'Newsletter: {month}',
      bg: 'Бюлетин за {month}',
    },
    description: 'Write and build the newsletter, test on mobile and send the proof to the client.',
    businessLogic: 'Regular newsletters bring repeat customers at almost no media cost.',
    role: 'content-producer',
    hours: 4,
  },
  keywords: {
    title: {
      en: 'Keyword map update',
      fi: 'Avainsanakartan päivitys',
      pl: 'Aktualizacja mapy słów kluczowych',
      bg: 'Обновяване на картата на ключовите думи',
    },
    description: 'Update the keyword map of the main category pages and pick the next three texts to write.',
    businessLogic: 'Organic traffic lowers the cost of every conversion the paid channels bring.',
    role: 'content-producer',
    hours: 5,
  },
  competitors: {
    title: {
      en: 'Competitor ad check',
      fi: 'Kilpailijoiden mainosten tarkistus',
      pl: 'Przegląd reklam konkurencji',
      bg: 'Преглед на рекламите на конкурентите',
    },
    description: "Review the competitors' ads in the ad libraries and note new offers and formats.",
    businessLogic: 'Knowing competitor offers early lets us answer before click prices rise.',
    role: 'analyst',
    hours: 2,
  },
}

/** One-off tasks tied to the rhythm or to a problem. */
export const SPECIAL_TASKS: Record<'quarterly' | 'annual' | 'tracking' | 'onboarding', TaskCopy> = {
  quarterly: {
    title: {
      en: 'Quarterly review deck Q{n}: {client}',
      fi: 'Neljännesvuosikatsauksen esitys Q{n}: {client}',
      pl: 'Prezentacja na przegląd kwartalny Q{n}: {client}',
      bg: 'Презентация за тримесечния преглед Q{n}: {client}',
    },
    description:
      "Prepare the review: the quarter vs the one before and last year, what was done about the quarter's aim, tests and learnings, proposals.",
    businessLogic: 'The review keeps the client confident and opens room for new work.',
    role: 'account-manager',
    hours: 5,
  },
  annual: {
    title: {
      en: 'Annual report and proposal: {client}',
      fi: 'Vuosiraportti ja ehdotus: {client}',
      pl: 'Raport roczny i propozycja: {client}',
      bg: 'Годишен отчет и предложение: {client}',
    },
    description:
      'Year over year and vs the baseline before us; best months and records; a proposal for next year with a timeline and creative examples.',
    businessLogic:
      'The annual review renews the cooperation; a concrete proposal makes the next year easy to say yes to.',
    role: 'account-manager',
    hours: 10,
  },
  tracking: {
    title: {
      en: 'Fix conversion tracking: {client}',
      fi: 'Konversioseurannan korjaus: {client}',
      pl: 'Naprawa śledzenia konwersji: {client}',
      bg: 'Поправка на проследяването на конверсиите: {client}',
    },
    description:
      'Conversions fell while clicks held after the site update; check the tag manager container and the thank-you page event, then annotate the report.',
    businessLogic: 'Without tracking, smart bidding optimises blind and the report understates the results.',
    role: 'ads-specialist',
    hours: 3,
  },
  onboarding: {
    title: {
      en: 'Onboarding workshop materials: {client}',
      fi: 'Aloitustyöpajan materiaalit: {client}',
      pl: 'Materiały na warsztat onboardingowy: {client}',
      bg: 'Материали за уъркшопа за стартиране: {client}',
    },
    description:
      'Prepare the workshop: business and goals questions, the strategic matrix template, channel audit.',
    businessLogic: 'A good workshop sets goals we can be measured against for the whole first year.',
    role: 'account-manager',
    hours: 4,
  },
}

/** Internal notes on a campaign. */
export const CAMPAIGN_NOTES: readonly string[] = [
  'Schedule agreed with the client at the kick-off; proofing in one round where possible.',
  'Client wants to see the creatives on mobile mock-ups before approval.',
  'Budget split can move up to 30 % between channels without asking.',
  'Landing page is built by the client’s developer — check tracking a week before launch.',
  '',
]

/** Lines of the weekly card's "done" section. */
export const CARD_DONE: readonly string[] = [
  'Optimised {channel}: paused four weak ads, moved budget to the best ad set.',
  '{campaign}: creatives approved by the client.',
  'Monthly report delivered and walked through with the client.',
  'Publishing schedule for next month sent for approval.',
  'Landing page fixes listed for the client’s developer.',
  'New audience test set up on {channel}.',
  'Newsletter sent; open rate in line with the last three.',
]

/** Lines of the card's "analysis" section. */
export const CARD_ANALYSIS: readonly string[] = [
  'CTR on {channel} has fallen for three weeks — creative fatigue likely.',
  'Conversions from {channel} up after the bidding change.',
  'Mobile conversion rate is half of desktop; the checkout may be the issue.',
  'Brand searches are growing; the awareness work is showing.',
  'Cost per lead stable and the client rates lead quality good.',
  'Competitor started a price campaign; click prices up about 10 %.',
]

/** Lines of the card's "direction" section. */
export const CARD_DIRECTION: readonly string[] = [
  'Shift 10 % of the budget to {channel}, where the cost per conversion is lowest.',
  'Propose a short-video test for next month.',
  'Prepare the next quarterly review; collect the numbers early.',
  'Suggest adding a new channel next quarter.',
  'Keep the course: results on target, no changes needed.',
]

/** Lines of the card's "next week" section. */
export const CARD_NEXT_WEEK: readonly string[] = [
  'Launch {campaign}.',
  'Proofing round for {campaign}.',
  'Creative refresh for {channel}.',
  'Monthly report and commentary.',
  'Search-term review and negative keywords.',
  'Publishing schedule for next month.',
]

/** Show-and-tell topics after the internal weekly. */
export const SHOW_AND_TELL: readonly string[] = [
  'New AI-assisted image tools for ad variants',
  'What we learned at the search marketing conference',
  'A faster way to build Looker Studio dashboards',
  'Meta Advantage+ shopping campaigns: first results',
  'Accessibility checklist for landing pages',
]

/** Topics parked for the people concerned. */
export const PARKED_TOPICS: readonly string[] = [
  'Tracking set-up of {client}: check with their developer',
  'Budget split for {client} next quarter',
  'Creative direction for {client}: more video?',
  'Should {client} move to a bigger retainer?',
]

/** Notes of checklist onboarding items when done. */
export const ONBOARDING_NOTES: readonly string[] = [
  'Done; confirmed in the welcome mail.',
  'Received via shared drive.',
  'Access granted with admin rights.',
  'Checked together on a call.',
  '',
]
