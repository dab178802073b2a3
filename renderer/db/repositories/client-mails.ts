/**
 * Repository of the weekly client mails (seed 002): what the mail editor reads to draft a Monday
 * or Friday mail, and "mark as sent". Policy: a sent mail is logged as a client-monday or
 * client-friday meeting and closes its touchpoint in one transaction — both or neither — so the
 * rhythm never shows a mail as done that has no log, nor a logged mail whose touchpoint is open.
 */
import { isMailTouchpoint, MAIL_MEETING_KIND } from '@shared/mails/outbox'
import type { Campaign, Client, Meeting, Settings, Task, TeamMember, Touchpoint } from '@shared/schemas'
import { addDays, format, parseISO } from 'date-fns'
import { db } from '../db'
import { nowIso } from '../clock'
import { ValidationError } from '../errors'
import { meetingsRepository } from './meetings'
import { settingsRepository } from './settings'
import { touchpointsRepository } from './touchpoints'

/** Days either side of a mail's due date searched for the internal weekly its summary comes from. */
const WEEKLY_SEARCH_DAYS = 9

const shift = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd')

/** Everything the mail editor needs for one touchpoint. */
export type MailContext = {
  touchpoint: Touchpoint
  /** Null when the client was deleted since the touchpoint was generated. */
  client: Client | null
  /** The client's owner (the PM who signs the mail), when set. */
  owner: TeamMember | null
  tasks: Task[]
  campaigns: Campaign[]
  settings: Settings
  /** Internal weeklies around the due date; the editor picks the summary from them. */
  weeklies: Meeting[]
  /** The logged mail when the touchpoint was closed by one. */
  sent: Meeting | null
}

/** The mail was already logged as sent; logging it twice would double the client's history. */
export class MailAlreadySentError extends Error {
  constructor(touchpointId: string) {
    super(`The mail of touchpoint ${touchpointId} was already marked as sent`)
    this.name = 'MailAlreadySentError'
  }
}

/** What "mark as sent" logs. */
export type SentMail = { touchpointId: string; subject: string; body: string }

/** Reads the data of a mail draft; logs a sent mail. */
export const clientMailsRepository = {
  /** The mail editor's data for a touchpoint, or null when there is no such (mail) touchpoint. */
  async load(touchpointId: string): Promise<MailContext | null> {
    const touchpoint = await touchpointsRepository.get(touchpointId)
    if (!touchpoint || !isMailTouchpoint(touchpoint.kind) || touchpoint.clientId === null) return null
    const clientId = touchpoint.clientId
    const stored = await db.clients.get(clientId)
    const client = stored && stored.deletedAt === null ? stored : null
    const [owner, tasks, campaigns, settings, nearby, sent] = await Promise.all([
      client?.ownerId ? db.teamMembers.get(client.ownerId) : undefined,
      db.tasks.where('clientId').equals(clientId).toArray(),
      db.campaigns.where('clientId').equals(clientId).toArray(),
      settingsRepository.get(),
      db.meetings
        .where('startsAt')
        .between(
          shift(touchpoint.dueDate, -WEEKLY_SEARCH_DAYS),
          shift(touchpoint.dueDate, WEEKLY_SEARCH_DAYS),
          true,
          true,
        )
        .toArray(),
      touchpoint.closedBy?.type === 'mail' && touchpoint.closedBy.refId
        ? meetingsRepository.get(touchpoint.closedBy.refId)
        : undefined,
    ])
    return {
      touchpoint,
      client,
      owner: owner && owner.deletedAt === null ? owner : null,
      tasks: tasks.filter((task) => task.deletedAt === null),
      campaigns: campaigns.filter((campaign) => campaign.deletedAt === null),
      settings,
      weeklies: nearby.filter((meeting) => meeting.kind === 'internal-weekly' && meeting.deletedAt === null),
      sent: sent ?? null,
    }
  },

  /**
   * Logs a mail the PM sent: a client-monday / client-friday meeting (title = subject, notes =
   * body, held and finished now) and the touchpoint done, closed by that meeting. A touchpoint
   * closed by hand or skipped can still get its mail logged; one whose logged mail still exists
   * cannot.
   */
  async markSent(mail: SentMail): Promise<Meeting> {
    const subject = mail.subject.trim()
    const issues = [
      ...(subject ? [] : [{ path: 'subject', message: 'The subject is empty' }]),
      ...(mail.body.trim() ? [] : [{ path: 'body', message: 'The mail is empty' }]),
    ]
    if (issues.length > 0) throw new ValidationError(issues)
    return db.transaction('rw', [db.meetings, db.touchpoints, db.clients], async () => {
      const touchpoint = await touchpointsRepository.get(mail.touchpointId)
      if (!touchpoint || !isMailTouchpoint(touchpoint.kind) || touchpoint.clientId === null)
        throw new ValidationError([{ path: 'touchpointId', message: 'Not a weekly client mail' }])
      // A log deleted since (from the meetings) no longer counts: the mail may be logged again.
      const logged = touchpoint.closedBy?.type === 'mail' && touchpoint.closedBy.refId
      if (logged && (await meetingsRepository.get(logged))) throw new MailAlreadySentError(touchpoint.id)
      const client = await db.clients.get(touchpoint.clientId)
      const now = nowIso()
      const meeting = await meetingsRepository.create({
        kind: MAIL_MEETING_KIND[touchpoint.kind],
        title: subject,
        startsAt: now,
        clientIds: [touchpoint.clientId],
        attendeeIds: client?.ownerId ? [client.ownerId] : [],
        agenda: [],
        notes: mail.body,
        decisions: [],
        recordingUrl: '',
        weeklyCards: [],
        parkedTopics: [],
        showAndTell: '',
        touchpointId: touchpoint.id,
        finishedAt: now,
        review: null,
      })
      await touchpointsRepository.markDone(touchpoint.id, { type: 'mail', refId: meeting.id })
      return meeting
    })
  },

  /**
   * The client's Monday and Friday mails for the client page: of each, this week's (Monday to
   * Sunday), or when the rhythm has none this week the next one within six days.
   */
  async listWeekMails(clientId: string, today: string): Promise<Touchpoint[]> {
    const monday = shift(today, -((parseISO(today).getDay() + 6) % 7))
    const last = shift(today, 6)
    const rows = (await db.touchpoints.where('clientId').equals(clientId).toArray())
      .filter(
        (row) =>
          row.deletedAt === null &&
          isMailTouchpoint(row.kind) &&
          row.dueDate >= monday &&
          row.dueDate <= last,
      )
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    const firstOfKind = rows.filter(
      (row, index) => rows.findIndex((other) => other.kind === row.kind) === index,
    )
    return firstOfKind
  },
}
