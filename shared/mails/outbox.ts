/**
 * The decisions of the mail editor (the outbox) that are not text: which touchpoints are mails,
 * which day a draft is written for, which weekly card's client summary a Friday mail uses, who
 * receives it by default, and how a mail is copied or saved.
 *
 * Policy: a Friday mail only uses a summary distilled in the internal weekly of its own week —
 * a weekly finished in the seven days up to the mail's due date (or, for a mail written late,
 * before the next week's mail would be due). An older summary is last week's news; a client
 * must never receive it as this week's, so the draft then goes without one and says nothing
 * about it. Pure: dates and instants are passed in, nothing reads the clock.
 */
import { z } from 'zod'
import { formatDay, parseDay } from '../cadence/days'
import { calendarDateIn } from '../cadence/state'
import type { Contact } from '../schemas/client'
import type { MeetingKind, TouchpointKind } from '../schemas/enums'
import type { Meeting } from '../schemas/meeting'
import { emlFile, type MailAddress } from './message'

/** The touchpoint kinds the mail editor writes, with the meeting kind a sent mail is logged as. */
export const MAIL_MEETING_KIND = {
  'monday-plan-mail': 'client-monday',
  'friday-summary': 'client-friday',
} as const satisfies Partial<Record<TouchpointKind, MeetingKind>>

/** A touchpoint kind the mail editor writes. */
export type MailTouchpointKind = keyof typeof MAIL_MEETING_KIND

/** Whether a touchpoint kind is one of the weekly client mails. */
export function isMailTouchpoint(kind: TouchpointKind): kind is MailTouchpointKind {
  return Object.hasOwn(MAIL_MEETING_KIND, kind)
}

/**
 * The day a draft is written for: the touchpoint's due date, or today once that has passed. A
 * Monday mail prepared on Sunday plans Monday's week; an overdue one reminds of what is overdue
 * now.
 */
export function mailDraftDay(today: string, dueDate: string): string {
  return dueDate > today ? dueDate : today
}

/** The meeting fields the summary choice reads. */
export type WeeklyForMail = Pick<Meeting, 'id' | 'kind' | 'finishedAt' | 'deletedAt' | 'weeklyCards'>

/** What the Friday mail can say from the internal weekly. */
export type WeeklySummaryPick =
  | { kind: 'summary'; meetingId: string; heldOn: string; summary: string }
  /** The week's weekly discussed the client, but nobody has distilled its card yet. */
  | { kind: 'not-distilled'; meetingId: string; heldOn: string }
  /** No internal weekly of the mail's week has finished with a card for the client. */
  | { kind: 'no-weekly' }

const DAYS_BEFORE_DUE = 7
const DAYS_AFTER_DUE = 7

function shiftDay(date: string, days: number): string {
  const day = parseDay(date)
  if (day === null) throw new RangeError(`Due date "${date}" is not a date as YYYY-MM-DD`)
  return formatDay(day + days)
}

/**
 * The client summary a Friday mail due on `dueDate` uses: from the latest finished internal
 * weekly of that week whose card for the client has a distilled summary; else whether the week's
 * weekly still waits to be distilled. Days are read in the client's `timezone`.
 */
export function pickWeeklySummary(
  meetings: readonly WeeklyForMail[],
  clientId: string,
  dueDate: string,
  timezone: string,
): WeeklySummaryPick {
  const after = shiftDay(dueDate, -DAYS_BEFORE_DUE)
  const before = shiftDay(dueDate, DAYS_AFTER_DUE)
  const candidates = meetings
    .filter((m) => m.kind === 'internal-weekly' && m.deletedAt === null && m.finishedAt !== null)
    .map((m) => ({
      meeting: m,
      finishedAt: m.finishedAt ?? '',
      heldOn: calendarDateIn(m.finishedAt ?? '', timezone),
      card: m.weeklyCards.find((card) => card.clientId === clientId),
    }))
    .filter((c) => c.card !== undefined && c.heldOn > after && c.heldOn < before)
    .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))
  const distilled = candidates.find((c) => (c.card?.clientSummary.trim() ?? '') !== '')
  if (distilled)
    return {
      kind: 'summary',
      meetingId: distilled.meeting.id,
      heldOn: distilled.heldOn,
      summary: distilled.card?.clientSummary.trim() ?? '',
    }
  const [latest] = candidates
  return latest
    ? { kind: 'not-distilled', meetingId: latest.meeting.id, heldOn: latest.heldOn }
    : { kind: 'no-weekly' }
}

const emailSchema = z.email()

/** Whether text is one e-mail address (the same rule main applies to a mail's recipients). */
export function isEmailAddress(text: string): boolean {
  return emailSchema.safeParse(text.trim()).success
}

/** The addresses of the client's contacts, primary contacts first, each address once. */
export function contactAddresses(contacts: readonly Contact[]): { email: string; name: string }[] {
  const seen = new Set<string>()
  const out: { email: string; name: string }[] = []
  const ordered = [...contacts.filter((c) => c.primary), ...contacts.filter((c) => !c.primary)]
  for (const contact of ordered) {
    const email = contact.email.trim()
    if (!email || seen.has(email.toLowerCase())) continue
    seen.add(email.toLowerCase())
    out.push({ email, name: contact.name })
  }
  return out
}

/** The recipients a new draft starts with: the primary contacts with an address, else everyone with one. */
export function defaultRecipients(contacts: readonly Contact[]): string[] {
  const primary = contactAddresses(contacts.filter((c) => c.primary))
  return (primary.length > 0 ? primary : contactAddresses(contacts)).map((a) => a.email)
}

/**
 * Splits what the PM typed into the recipients field: addresses are separated by commas,
 * semicolons or white space, and `Name <address>` is read as the address. Returns the valid
 * addresses and the pieces that are not addresses, so the field can keep and name them.
 */
export function parseRecipients(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = []
  const invalid: string[] = []
  const pieces = text
    .replace(/[^<>,;]*<([^<>]*)>/g, ' $1 ')
    .split(/[\s,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean)
  for (const piece of pieces) (isEmailAddress(piece) ? valid : invalid).push(piece)
  return { valid, invalid }
}

/** Adds addresses to a recipient list, keeping its order and each address once (case-insensitive). */
export function addRecipients(current: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(current.map((a) => a.toLowerCase()))
  const out = [...current]
  for (const address of added) {
    if (seen.has(address.toLowerCase())) continue
    seen.add(address.toLowerCase())
    out.push(address)
  }
  return out
}

/** The longest file name suggested for a saved mail (main shortens further where it must). */
const MAX_SUGGESTED_NAME = 200

/** The suggested name of a saved `.eml`: `<client> – <subject>`, on one line. */
export function emlSuggestedName(clientName: string, subject: string): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()
  const name = [oneLine(clientName), oneLine(subject)].filter(Boolean).join(' – ')
  return (name || 'Mail').slice(0, MAX_SUGGESTED_NAME).trim()
}

/** What "Copy" puts on the clipboard: the subject, a blank line, the body. */
export function clipboardText(subject: string, body: string): string {
  return `${subject.trim()}\n\n${body}`
}

/**
 * The `.eml` of a draft. Without a sender address the From header is left out (mail clients open
 * an unsent message without one in the PM's own account, where an empty From would be invalid);
 * without recipients the To header is left out too, for the PM to fill in.
 */
export function draftEml(input: {
  from: MailAddress | null
  to: readonly string[]
  subject: string
  body: string
  date: string
}): string {
  const eml = emlFile({ ...input, from: input.from ?? '' })
  const split = eml.indexOf('\r\n\r\n')
  const headers = eml
    .slice(0, split)
    .split('\r\n')
    .filter((line) => line !== 'From: ' && line !== 'To: ')
  return `${headers.join('\r\n')}${eml.slice(split)}`
}
