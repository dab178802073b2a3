/**
 * The demo agency's settings record: a Finnish agency (business hours and public holidays of
 * Finland) with its own name, colours and logo, and otherwise the defaults of a fresh install.
 */
import { DEFAULT_SETTINGS, SETTINGS_ID, type Settings } from '../schemas'
import {
  easterSunday,
  formatDay,
  isoWeekday,
  parseDay,
  utcInstant,
  yearOfMonth,
  type DayNumber,
} from './calendar'
import type { DemoContext } from './context'
import { hslToHex, logoDataUrl } from './logo'
import { asciiSlug } from './names'
import type { Random } from './random'

const AGENCY_NAMES = ['Kipinä Digital', 'Revontuli Media', 'Lumo Growth', 'Aalto & Kide Digital'] as const

/** The agency's name and the `.example` domain its mail addresses and links use. */
export type Agency = { name: string; domain: string }

/** Picks the demo agency's name. */
export function chooseAgency(rand: Random): Agency {
  const name = rand.pick(AGENCY_NAMES)
  return { name, domain: `${asciiSlug(name, '-')}.example` }
}

/** Finnish public holidays of a year (the ones that can fall on a workday). */
export function finnishHolidays(year: number): string[] {
  const easter = easterSunday(year)
  const fixed = ['01-01', '01-06', '05-01', '12-06', '12-24', '12-25', '12-26'].map((md) =>
    parseDay(`${year}-${md}`),
  )
  // Midsummer Eve is the Friday between 19 and 25 June.
  const june19 = parseDay(`${year}-06-19`)
  const midsummerEve = june19 + ((5 - isoWeekday(june19) + 7) % 7)
  const days: DayNumber[] = [...fixed, easter - 2, easter + 1, easter + 39, midsummerEve]
  return days.sort((a, b) => a - b).map(formatDay)
}

/** Generates the settings record. */
export function generateSettings(rand: Random, ctx: DemoContext, agency: Agency, since: DayNumber): Settings {
  const hue = rand.int(190, 260)
  const primaryColor = hslToHex(hue, 0.62, 0.38)
  const secondaryColor = hslToHex((hue + 150) % 360, 0.55, 0.45)
  const year = yearOfMonth(ctx.currentMonth)
  return {
    ...DEFAULT_SETTINGS,
    id: SETTINGS_ID,
    createdAt: utcInstant(since, 6 * 60),
    updatedAt: utcInstant(ctx.today - rand.int(2, 40), 12 * 60),
    deletedAt: null,
    agencyName: agency.name,
    agencyLogoDataUrl: logoDataUrl(rand, primaryColor, secondaryColor),
    primaryColor,
    secondaryColor,
    holidays: [year - 1, year, year + 1].flatMap(finnishHolidays),
    onboardingTemplate: [...DEFAULT_SETTINGS.onboardingTemplate],
    workdays: [...DEFAULT_SETTINGS.workdays],
  }
}
