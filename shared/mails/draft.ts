/**
 * Drafts of the weekly client mails (seed 002, PRODUCT.md "The rhythm"): on Monday a reminder of
 * what is still open and the plan for the next five business days; on Friday what was done, that
 * everything is under control, and the plans for next week.
 *
 * Policy: a draft is written in the client's language (client.language), greets the primary
 * contact by first name and is signed by the PM and the agency. Dates are calendar dates passed
 * in (`today`); nothing reads the clock. An open task is any task not `done`; a `blocked` task is
 * read as waiting for the client's input (in the demo data blocked tasks wait on a brief's open
 * questions). Sections without content are left out, headings included. The body is plain text
 * with `- ` bullets and `\n` line breaks (mailtoUrl and emlFile turn them into CRLF).
 */
import type { TFunction } from 'i18next'
import { cadenceCalendar, isBusinessDay, nthBusinessDayFrom, type CadenceCalendar } from '../cadence/calendar'
import { formatDay, isoWeekKey, mondayOf, parseDay, type DayNumber } from '../cadence/days'
import { calendarDateIn } from '../cadence/state'
import { formatDate, INTL_LOCALE } from '../format'
import { createI18n } from '../i18n'
import type { Campaign } from '../schemas/campaign'
import type { Client } from '../schemas/client'
import type { Language } from '../schemas/primitives'
import type { Task } from '../schemas/task'
import { cachedDateTimeFormat } from '../intl'

/** The client fields a mail draft needs. */
export type MailClient = Pick<Client, 'id' | 'name' | 'language' | 'contacts'> &
  Partial<Pick<Client, 'timezone'>>
/** The task fields a mail draft needs. */
export type MailTask = Pick<Task, 'clientId' | 'title' | 'deadline' | 'status' | 'doneAt'>
/** The campaign fields a mail draft needs. */
export type MailCampaign = Pick<Campaign, 'clientId' | 'name' | 'milestones'>

/** What both drafts are written from. */
export type MailDraftInput = {
  client: MailClient
  /** The agency's name, for the signature. */
  agencyName: string
  /** The PM's name, for the signature. */
  pmName: string
  /** The day the mail is written, `YYYY-MM-DD`. */
  today: string
  /** Tasks (any client's; the draft keeps the client's own). */
  tasks: readonly MailTask[]
  /** Campaigns (any client's; the draft keeps the client's own milestones). */
  campaigns?: readonly MailCampaign[]
  /** The agency's business days (Settings); Monday to Friday without holidays by default. */
  calendar?: { workdays: readonly number[]; holidays: readonly string[] }
}

/** What the Friday draft needs beyond the Monday one. */
export type FridayDraftInput = MailDraftInput & {
  /** The client summary distilled from the latest internal weekly's card (empty: none). */
  clientSummary?: string | null
}

/** A drafted mail: subject and plain-text body in the client's language. */
export type MailDraft = { subject: string; body: string; language: Language }

/** How many business days the Monday plan and Friday's "next week" cover (seed 002). */
export const PLAN_BUSINESS_DAYS = 5

type Line = { date: string; text: string }

function requireDay(text: string, what: string): DayNumber {
  const day = parseDay(text)
  if (day === null) throw new RangeError(`${what} "${text}" is not a date as YYYY-MM-DD`)
  return day
}

function calendarOf(input: MailDraftInput): CadenceCalendar {
  const settings = input.calendar ?? { workdays: [1, 2, 3, 4, 5], holidays: [] }
  const holidays = settings.holidays.map(parseDay).filter((d): d is DayNumber => d !== null)
  return cadenceCalendar(settings.workdays, holidays)
}

/** The first name of the client's primary contact (or first contact), or null without one. */
export function greetingName(client: Pick<Client, 'contacts'>): string | null {
  const contact = client.contacts.find((c) => c.primary) ?? client.contacts[0]
  const first = contact?.name.trim().split(/\s+/)[0]
  return first ? first : null
}

/** A date for a bullet: short weekday and the language's date, e.g. `ti 24.11.2026`. */
export function formatMailDate(date: string, language: Language): string {
  const day = requireDay(date, 'Date')
  const weekday = cachedDateTimeFormat(INTL_LOCALE[language], {
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(day * 86_400_000))
  return `${weekday} ${formatDate(date, language)}`
}

const isOpen = (task: MailTask) => task.status !== 'done'

/** Open tasks and undone milestones of the client dated from `first` to `last` inclusive, by date. */
function planLines(input: MailDraftInput, t: TFunction, first: string, last: string): Line[] {
  const lines: Line[] = []
  for (const task of input.tasks) {
    if (task.clientId !== input.client.id || !isOpen(task) || task.deadline === null) continue
    if (task.deadline < first || task.deadline > last) continue
    const waiting = task.status === 'blocked' ? ` (${t('waitingOnYou')})` : ''
    lines.push({ date: task.deadline, text: `${task.title}${waiting}` })
  }
  for (const campaign of input.campaigns ?? []) {
    if (campaign.clientId !== input.client.id) continue
    for (const milestone of campaign.milestones) {
      if (milestone.doneAt !== null || milestone.date < first || milestone.date > last) continue
      const label = milestone.label.trim() || t(`milestone.${milestone.kind}`)
      lines.push({ date: milestone.date, text: `${campaign.name}: ${label}` })
    }
  }
  return lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.text.localeCompare(b.text)))
}

/** Open tasks of the client whose deadline has passed, waiting-on-client ones first, then by date. */
function overdueTasks(input: MailDraftInput): MailTask[] {
  return input.tasks
    .filter(
      (t) => t.clientId === input.client.id && isOpen(t) && t.deadline !== null && t.deadline < input.today,
    )
    .sort((a, b) => {
      const waiting = Number(b.status === 'blocked') - Number(a.status === 'blocked')
      return waiting !== 0 ? waiting : (a.deadline ?? '').localeCompare(b.deadline ?? '')
    })
}

function bullets(lines: readonly Line[], language: Language): string {
  return lines.map((line) => `- ${formatMailDate(line.date, language)} – ${line.text}`).join('\n')
}

function overdueBullets(tasks: readonly MailTask[], t: TFunction, language: Language): string {
  return bullets(
    tasks.map((task) => ({
      date: task.deadline ?? '',
      text: task.status === 'blocked' ? `${task.title} (${t('waitingOnYou')})` : task.title,
    })),
    language,
  )
}

function setUp(input: MailDraftInput): { t: TFunction; language: Language; today: DayNumber } {
  const today = requireDay(input.today, 'Today')
  const language = input.client.language
  return { t: createI18n(language, 'mail').getFixedT(language, 'mail'), language, today }
}

function greeting(input: MailDraftInput, t: TFunction): string {
  const name = greetingName(input.client)
  return name ? t('greeting', { name }) : t('greetingNoName')
}

function signature(input: MailDraftInput, t: TFunction): string {
  return [t('signoff'), input.pmName.trim(), input.agencyName.trim()].filter(Boolean).join('\n')
}

const weekNumber = (day: DayNumber) => String(Number(isoWeekKey(day).slice(-2)))

/** The Monday mail: a reminder of overdue items (if any) and the plan for the next five business days. */
export function draftMondayMail(input: MailDraftInput): MailDraft {
  const { t, language, today } = setUp(input)
  const calendar = calendarOf(input)
  const last = formatDay(nthBusinessDayFrom(calendar, today, PLAN_BUSINESS_DAYS))
  const overdue = overdueTasks(input)
  const plan = planLines(input, t, input.today, last)
  const paragraphs = [greeting(input, t), t('monday.intro')]
  if (overdue.length > 0) {
    const note = overdue.some((task) => task.status === 'blocked')
      ? `\n\n${t('monday.overdueWaitingNote')}`
      : ''
    paragraphs.push(`${t('monday.overdueHeading')}\n${overdueBullets(overdue, t, language)}${note}`)
  }
  paragraphs.push(
    plan.length > 0 ? `${t('monday.planHeading')}\n${bullets(plan, language)}` : t('monday.noPlan'),
  )
  paragraphs.push(t('monday.closing'), signature(input, t))
  return {
    subject: t('monday.subject', { week: weekNumber(today), client: input.client.name }),
    body: paragraphs.join('\n\n'),
    language,
  }
}

/** The calendar date a task was done on, in the client's time zone when known (else UTC). */
function doneDate(doneAt: string, timezone: string | undefined): string {
  return calendarDateIn(doneAt, timezone ?? 'UTC')
}

/**
 * The Friday mail: what was done this ISO week, the weekly card's client summary, that all is
 * under control (or what we still need from the client), and the plans for next week.
 */
export function draftFridayMail(input: FridayDraftInput): MailDraft {
  const { t, language, today } = setUp(input)
  const calendar = calendarOf(input)
  const monday = formatDay(mondayOf(today))
  const sunday = formatDay(mondayOf(today) + 6)
  const done: Line[] = input.tasks
    .filter((task) => task.clientId === input.client.id && task.status === 'done' && task.doneAt !== null)
    .map((task) => ({ date: doneDate(task.doneAt ?? '', input.client.timezone), text: task.title }))
    .filter((line) => line.date >= monday && line.date <= sunday)
    .sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text))
  let from = today + 1
  while (!isBusinessDay(calendar, from)) from++
  const nextLast = formatDay(nthBusinessDayFrom(calendar, from, PLAN_BUSINESS_DAYS))
  const plan = planLines(input, t, formatDay(from), nextLast)
  const waiting = overdueTasks(input).filter((task) => task.status === 'blocked')
  const summary = input.clientSummary?.trim() ?? ''

  const paragraphs = [greeting(input, t), t('friday.intro')]
  if (done.length > 0)
    paragraphs.push(`${t('friday.doneHeading')}\n${done.map((l) => `- ${l.text}`).join('\n')}`)
  if (summary) paragraphs.push(`${t('friday.summaryHeading')}\n${summary}`)
  paragraphs.push(
    waiting.length > 0
      ? `${t('friday.underControlWaiting')}\n${waiting.map((task) => `- ${task.title}`).join('\n')}`
      : t('friday.underControl'),
  )
  if (plan.length > 0) paragraphs.push(`${t('friday.nextWeekHeading')}\n${bullets(plan, language)}`)
  paragraphs.push(t('friday.closing'), signature(input, t))
  return {
    subject: t('friday.subject', { client: input.client.name }),
    body: paragraphs.join('\n\n'),
    language,
  }
}
