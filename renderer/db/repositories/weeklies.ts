/**
 * Repository of the internal client weekly (seed 000; PRODUCT.md "Week"). Policy: there is one
 * internal weekly per week, held on the agency's Friday, with every active and light client that
 * is not archived (active first); it is tied to the agency-wide internal-weekly touchpoint of its
 * week, which finishing the meeting closes. Every write reads the meeting, changes it and
 * validates the whole record with the meeting schema in one transaction, so two screens saving
 * different clients' cards at once never overwrite each other, and a bad value writes nothing.
 * Action items are ordinary tasks carrying the meeting's id, created through the tasks
 * repository so they obey its rules (business logic required).
 */
import { v4 as uuid } from 'uuid'
import {
  meetingSchema,
  type Meeting,
  type ParkedTopic,
  type Task,
  type Touchpoint,
  type WeeklyCard,
} from '@shared/schemas'
import {
  previousWeekly,
  prefillWeeklyCard,
  weeklyClients,
  weeklyWeek,
  type WeeklyPrefill,
  type WeeklyWeek,
} from '@shared/weekly'
import { appendLine, removeLine, type ShownLine } from '@shared/list-edits'
import { db } from '../db'
import { nowIso } from '../clock'
import { RecordNotFoundError, ValidationError, parseOrThrow } from '../errors'
import { settingsRepository } from './settings'
import { tasksRepository } from './tasks'
import { touchpointsRepository } from './touchpoints'

/** Local time of day the weekly starts on its Friday (the demo agency's weeklies meet after lunch). */
export const WEEKLY_START_HOUR = 13

/** What the PM's UI language supplies when a week's weekly is created: its title (from its date) and agenda. */
export type WeeklySetup = { today: string; titleFor: (weeklyDate: string) => string; agenda: string[] }

/** The five sections (and the light clients' line) an author fills on a card. */
export type CardFields = Pick<
  WeeklyCard,
  | 'clientId'
  | 'authorId'
  | 'done'
  | 'analysis'
  | 'direction'
  | 'budgets'
  | 'nextWeek'
  | 'helpNeeded'
  | 'changesLine'
>

/** What the meeting said about one client. */
export type CardCapture = Partial<Pick<WeeklyCard, 'notes' | 'decisions'>>

/** An action item captured in the meeting: it becomes a task of the client. */
export type ActionItemInput = {
  clientId: string
  title: string
  assigneeIds: string[]
  deadline: string | null
  businessLogic: string
}

/** The prefill of every client's card of a weekly, and where "since the last weekly" starts. */
export type WeeklyPrefills = { since: string | null; byClient: Map<string, WeeklyPrefill> }

const pad = (value: number) => String(value).padStart(2, '0')

/** Midnight (local time) of a `YYYY-MM-DD` date plus `hours`, as an ISO instant. */
function localInstant(date: string, hours = 0): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, hours).toISOString()
}

/** The local calendar date of an instant. */
function localDate(instant: string): string {
  const d = new Date(instant)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

const isLiveWeekly = (meeting: Meeting | undefined): meeting is Meeting =>
  meeting !== undefined && meeting.deletedAt === null && meeting.kind === 'internal-weekly'

async function allWeeklies(): Promise<Meeting[]> {
  const rows = await db.meetings.where('kind').equals('internal-weekly').toArray()
  return rows.filter(isLiveWeekly)
}

async function weekOf(today: string): Promise<WeeklyWeek> {
  return weeklyWeek(today, await settingsRepository.get())
}

/** The weekly held in `week` (by its start in local time); the earliest one if there are several. */
function inWeek(weeklies: readonly Meeting[], week: WeeklyWeek): Meeting | undefined {
  const [from, to] = [Date.parse(localInstant(week.monday)), Date.parse(localInstant(week.sunday, 24))]
  return weeklies
    .filter((meeting) => {
      const at = Date.parse(meeting.startsAt)
      return at >= from && at < to
    })
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0]
}

async function weekTouchpoint(week: WeeklyWeek): Promise<Touchpoint | undefined> {
  const rows = await db.touchpoints.where('dueDate').between(week.monday, week.sunday, true, true).toArray()
  return rows.find((row) => row.deletedAt === null && row.clientId === null && row.kind === 'internal-weekly')
}

async function clientIdsOnWeekly(keep: readonly string[] = []): Promise<string[]> {
  const clients = weeklyClients(await db.clients.toArray())
  const ids = clients.map((client) => client.id)
  return [...ids, ...keep.filter((id) => !ids.includes(id))]
}

async function liveWeekly(meetingId: string): Promise<Meeting> {
  const meeting = await db.meetings.get(meetingId)
  if (!isLiveWeekly(meeting)) throw new RecordNotFoundError('meetings', meetingId)
  return meeting
}

/** Reads the weekly, applies `change` and writes it validated, all in one transaction. */
async function change(meetingId: string, apply: (meeting: Meeting) => Partial<Meeting>): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const current = await liveWeekly(meetingId)
    const next = parseOrThrow(meetingSchema, {
      ...current,
      ...apply(current),
      id: current.id,
      kind: 'internal-weekly',
      createdAt: current.createdAt,
      updatedAt: nowIso(),
      deletedAt: null,
    })
    await db.meetings.put(next)
    return next
  })
}

function assertOnWeekly(meeting: Meeting, clientId: string): void {
  if (!meeting.clientIds.includes(clientId))
    throw new ValidationError([{ path: 'clientId', message: 'This client is not on this weekly' }])
}

/** A new card for a client, every section empty. */
function blankCard(clientId: string): WeeklyCard {
  return {
    clientId,
    authorId: null,
    done: '',
    analysis: '',
    direction: '',
    budgets: '',
    nextWeek: '',
    helpNeeded: false,
    changesLine: '',
    clientSummary: '',
    notes: '',
    decisions: [],
  }
}

/** The meeting's cards with one client's card changed (added when it has none yet). */
function withCard(meeting: Meeting, clientId: string, patch: Partial<WeeklyCard>): WeeklyCard[] {
  assertOnWeekly(meeting, clientId)
  const existing = meeting.weeklyCards.find((card) => card.clientId === clientId)
  const next = { ...(existing ?? blankCard(clientId)), ...patch, clientId }
  return existing
    ? meeting.weeklyCards.map((card) => (card.clientId === clientId ? next : card))
    : [...meeting.weeklyCards, next]
}

/** A client's decisions as stored on the meeting's card (none while it has no card). */
function decisionsOf(meeting: Meeting, clientId: string): string[] {
  return meeting.weeklyCards.find((card) => card.clientId === clientId)?.decisions ?? []
}

/** Reads and writes the internal client weekly. */
export const weekliesRepository = {
  /** The internal weekly of the week containing `today` (YYYY-MM-DD), if it exists; never writes. */
  async findForWeek(today: string): Promise<Meeting | undefined> {
    return inWeek(await allWeeklies(), await weekOf(today))
  },

  /**
   * The internal weekly of the week containing `setup.today`, created on the agency's Friday when
   * there is none yet. An open weekly picks up clients added since and its week's touchpoint.
   */
  async openWeek(setup: WeeklySetup): Promise<Meeting> {
    return db.transaction(
      'rw',
      [db.meetings, db.clients, db.touchpoints, db.settings, db.teamMembers],
      async () => {
        const week = await weekOf(setup.today)
        const existing = inWeek(await allWeeklies(), week)
        const touchpoint = await weekTouchpoint(week)
        if (existing) {
          if (existing.finishedAt !== null) return existing
          const clientIds = await clientIdsOnWeekly(existing.weeklyCards.map((card) => card.clientId))
          const touchpointId = existing.touchpointId ?? touchpoint?.id ?? null
          const same =
            touchpointId === existing.touchpointId && clientIds.join() === existing.clientIds.join()
          return same ? existing : change(existing.id, () => ({ clientIds, touchpointId }))
        }
        const now = nowIso()
        const attendees = (await db.teamMembers.toArray()).filter(
          (member) => member.deletedAt === null && member.active,
        )
        const meeting = parseOrThrow(meetingSchema, {
          id: uuid(),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          kind: 'internal-weekly',
          title: setup.titleFor(week.weeklyDate),
          startsAt: localInstant(week.weeklyDate, WEEKLY_START_HOUR),
          clientIds: await clientIdsOnWeekly(),
          attendeeIds: attendees.map((member) => member.id),
          agenda: setup.agenda,
          notes: '',
          decisions: [],
          recordingUrl: '',
          weeklyCards: [],
          parkedTopics: [],
          showAndTell: '',
          touchpointId: touchpoint?.id ?? null,
          finishedAt: null,
          review: null,
        })
        await db.meetings.add(meeting)
        return meeting
      },
    )
  },

  /** An internal weekly by id (undefined when missing, deleted or another kind of meeting). */
  async get(meetingId: string): Promise<Meeting | undefined> {
    const meeting = await db.meetings.get(meetingId)
    return isLiveWeekly(meeting) ? meeting : undefined
  },

  /** The weekly before this one: its start is where "since the last weekly" begins. */
  async previous(meeting: Pick<Meeting, 'startsAt'>): Promise<Meeting | undefined> {
    return previousWeekly(await allWeeklies(), meeting.startsAt)
  },

  /**
   * Every card's prefill from the clients' tasks, lean loop and this month's budget, as of `now`
   * (the instant) and `today` (the local date).
   */
  async prefills(meeting: Meeting, now: string, today: string): Promise<WeeklyPrefills> {
    const ids = meeting.clientIds
    const [clients, previous, tasks, campaigns, experiments, budgets] = await Promise.all([
      db.clients.bulkGet(ids),
      weekliesRepository.previous(meeting),
      db.tasks.where('clientId').anyOf(ids).toArray(),
      db.campaigns.where('clientId').anyOf(ids).toArray(),
      db.experiments.where('clientId').anyOf(ids).toArray(),
      db.budgetMonths.where('month').equals(today.slice(0, 7)).toArray(),
    ])
    const byClient = <T extends { clientId: string }>(rows: readonly T[], clientId: string) =>
      rows.filter((row) => row.clientId === clientId)
    const week = weeklyWeek(localDate(meeting.startsAt), await settingsRepository.get())
    const since = previous?.startsAt ?? null
    const prefills = new Map<string, WeeklyPrefill>()
    for (const client of clients) {
      if (!client || client.deletedAt !== null) continue
      const budget = budgets.find((row) => row.clientId === client.id && row.deletedAt === null)
      prefills.set(
        client.id,
        prefillWeeklyCard({
          clientId: client.id,
          activityLevel: client.activityLevel,
          week,
          since,
          until: now,
          today,
          tasks: byClient(tasks, client.id),
          campaigns: byClient(campaigns, client.id),
          experiments: byClient(experiments, client.id),
          budget: budget ?? null,
        }),
      )
    }
    return { since, byClient: prefills }
  },

  /** Saves a client's card sections (notes, decisions and the client summary are kept). */
  async saveCard(meetingId: string, card: CardFields): Promise<Meeting> {
    return change(meetingId, (meeting) => ({ weeklyCards: withCard(meeting, card.clientId, card) }))
  },

  /** Saves what the meeting said and decided about a client. */
  async saveCapture(meetingId: string, clientId: string, capture: CardCapture): Promise<Meeting> {
    const patch: Partial<WeeklyCard> = {
      ...(capture.notes === undefined ? {} : { notes: capture.notes }),
      ...(capture.decisions === undefined
        ? {}
        : { decisions: capture.decisions.map((d) => d.trim()).filter(Boolean) }),
    }
    return change(meetingId, (meeting) => ({ weeklyCards: withCard(meeting, clientId, patch) }))
  },

  /**
   * Adds a decision to a client's card, after the decisions stored at that moment: two decisions
   * added before the screen re-rendered are both kept. The text is required.
   */
  async addDecision(meetingId: string, clientId: string, text: string): Promise<Meeting> {
    const decision = text.trim()
    if (decision === '') throw new ValidationError([{ path: 'decision', message: 'Say what was decided' }])
    return change(meetingId, (meeting) => ({
      weeklyCards: withCard(meeting, clientId, {
        decisions: appendLine(decisionsOf(meeting, clientId), decision),
      }),
    }))
  },

  /**
   * Removes a decision as the screen showed it (its place and text) from the stored decisions,
   * so one added meanwhile is never the one removed.
   */
  async removeDecision(meetingId: string, clientId: string, decision: ShownLine): Promise<Meeting> {
    return change(meetingId, (meeting) => ({
      weeklyCards: withCard(meeting, clientId, {
        decisions: removeLine(decisionsOf(meeting, clientId), decision),
      }),
    }))
  },

  /** Saves the client-facing summary distilled from a client's card. */
  async saveClientSummary(meetingId: string, clientId: string, clientSummary: string): Promise<Meeting> {
    return change(meetingId, (meeting) => ({
      weeklyCards: withCard(meeting, clientId, { clientSummary }),
    }))
  },

  /** Parks a topic for the people concerned; the topic is required. */
  async addParkedTopic(
    meetingId: string,
    topic: { topic: string; peopleIds: string[] },
  ): Promise<ParkedTopic> {
    const parked = { id: uuid(), topic: topic.topic.trim(), peopleIds: [...new Set(topic.peopleIds)] }
    if (parked.topic === '') throw new ValidationError([{ path: 'topic', message: 'Say what the topic is' }])
    await change(meetingId, (meeting) => ({ parkedTopics: [...meeting.parkedTopics, parked] }))
    return parked
  },

  /** Removes a parked topic. */
  async removeParkedTopic(meetingId: string, topicId: string): Promise<Meeting> {
    return change(meetingId, (meeting) => ({
      parkedTopics: meeting.parkedTopics.filter((topic) => topic.id !== topicId),
    }))
  },

  /** Keeps the recording's link (an http(s) URL, or empty to clear it). */
  async setRecordingUrl(meetingId: string, recordingUrl: string): Promise<Meeting> {
    return change(meetingId, () => ({ recordingUrl: recordingUrl.trim() }))
  },

  /** Saves the show-and-tell at the end of the weekly. */
  async setShowAndTell(meetingId: string, showAndTell: string): Promise<Meeting> {
    return change(meetingId, () => ({ showAndTell }))
  },

  /**
   * Finishes the weekly: stamps `finishedAt` (once) and closes its week's internal-weekly
   * touchpoint as held by this meeting, in one transaction.
   */
  async finish(meetingId: string): Promise<Meeting> {
    return db.transaction('rw', [db.meetings, db.touchpoints, db.settings], async () => {
      const current = await liveWeekly(meetingId)
      const touchpointId =
        current.touchpointId ?? (await weekTouchpoint(await weekOf(localDate(current.startsAt))))?.id ?? null
      const finished = await change(meetingId, (meeting) => ({
        finishedAt: meeting.finishedAt ?? nowIso(),
        touchpointId,
      }))
      if (touchpointId !== null)
        await touchpointsRepository.markDone(touchpointId, { type: 'meeting', refId: meetingId })
      return finished
    })
  },

  /** Captures an action item: a task of the client carrying the meeting's id. */
  async addActionItem(meetingId: string, item: ActionItemInput): Promise<Task> {
    return db.transaction('rw', db.meetings, db.tasks, async () => {
      assertOnWeekly(await liveWeekly(meetingId), item.clientId)
      return tasksRepository.create({
        clientId: item.clientId,
        campaignId: null,
        meetingId,
        title: item.title,
        description: '',
        deadline: item.deadline,
        assigneeIds: item.assigneeIds,
        estimatedHours: 0,
        usedHours: 0,
        businessLogic: item.businessLogic,
        priority: 'normal',
        sequence: 0,
        dependsOn: [],
        status: 'todo',
        doneAt: null,
      })
    })
  },

  /** The action items of a weekly (tasks created in it), oldest first. */
  async actionItems(meetingId: string): Promise<Task[]> {
    const tasks = await db.tasks.where('meetingId').equals(meetingId).toArray()
    return tasks
      .filter((task) => task.deletedAt === null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  },

  /**
   * The client summary of the client's latest weekly card that has one (for the Friday client
   * mail), with the weekly it comes from.
   */
  async latestClientSummary(clientId: string): Promise<{ meeting: Meeting; summary: string } | undefined> {
    const meetings = await db.meetings.where('clientIds').equals(clientId).toArray()
    const weeklies = meetings
      .filter(isLiveWeekly)
      .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
    for (const meeting of weeklies) {
      const summary = meeting.weeklyCards.find((card) => card.clientId === clientId)?.clientSummary.trim()
      if (summary) return { meeting, summary }
    }
    return undefined
  },
}
