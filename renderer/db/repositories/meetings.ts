/**
 * Repository of meetings. Policy: a rhythm touchpoint has at most one meeting — preparing a
 * review twice opens the one already prepared, checked and created in one transaction — and
 * finishing a meeting closes its touchpoint in the same transaction, so a meeting is never
 * finished while the rhythm still shows its review as due, nor the other way round. Action
 * items are the meeting's tasks (`meetingId`), under every rule of the tasks repository.
 */
import {
  meetingSchema,
  type BudgetMonth,
  type Campaign,
  type Client,
  type Communication,
  type Experiment,
  type Meeting,
  type Review,
  type Task,
  type Touchpoint,
} from '@shared/schemas'
import { db } from '../db'
import { nowIso } from '../clock'
import { RecordNotFoundError, ValidationError } from '../errors'
import { createRepository, type NewRecord } from '../repository'
import { tasksRepository } from './tasks'
import { touchpointsRepository } from './touchpoints'

const base = createRepository(db.meetings, meetingSchema)

const DAY_MS = 86_400_000

/** Touchpoint kinds a meeting is prepared for from the rhythm (reviews and the workshop). */
export const PREPARED_TOUCHPOINT_KINDS = ['quarterly-review', 'annual-review', 'onboarding-workshop'] as const

/** Builds the new meeting for a touchpoint (the UI translates the agenda and title). */
export type PrepareMeeting = (touchpoint: Touchpoint, client: Client | undefined) => NewRecord<Meeting>

/** An action item as the meeting page adds it. */
export type ActionItemInput = Pick<Task, 'clientId' | 'title' | 'assigneeIds' | 'deadline' | 'businessLogic'>

/** A client's records a review's results are computed from. */
export type ReviewRecords = {
  tasks: Task[]
  campaigns: Campaign[]
  experiments: Experiment[]
  budgetMonths: BudgetMonth[]
  communications: Communication[]
}

/** An empty review record, for a review meeting before anything was said. */
export const EMPTY_REVIEW: Review = {
  nextYearPlans: '',
  strategyDraftReceived: false,
  clientAnswers: '',
  proposals: [],
}

const shiftIso = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString()

/** Reads and writes meetings and their weekly cards. */
export const meetingsRepository = {
  ...base,
  /** Meetings a client took part in, newest first. */
  async listForClient(clientId: string): Promise<Meeting[]> {
    const meetings = await db.meetings.where('clientIds').equals(clientId).toArray()
    return meetings
      .filter((meeting) => meeting.deletedAt === null)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  },
  /** All meetings, newest first. */
  async listRecent(limit: number): Promise<Meeting[]> {
    const meetings = await db.meetings
      .orderBy('startsAt')
      .reverse()
      .limit(limit * 2)
      .toArray()
    return meetings.filter((meeting) => meeting.deletedAt === null).slice(0, limit)
  },
  /**
   * Meetings starting in [from, to) (ISO instants), oldest first. Stored instants may carry any
   * offset, so the index is read a day wider on each side and the rows compared as instants.
   */
  async listBetween(from: string, to: string): Promise<Meeting[]> {
    const [start, end] = [Date.parse(from), Date.parse(to)]
    if (Number.isNaN(start) || Number.isNaN(end))
      throw new RangeError(`"${from}"–"${to}" is not a range of instants`)
    const rows = await db.meetings
      .where('startsAt')
      .between(shiftIso(from, -DAY_MS), shiftIso(to, DAY_MS), true, true)
      .toArray()
    return rows
      .filter((row) => {
        const at = Date.parse(row.startsAt)
        return row.deletedAt === null && at >= start && at < end
      })
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  },
  /** The live meeting held for a touchpoint, if one was prepared or logged. */
  async getByTouchpoint(touchpointId: string): Promise<Meeting | undefined> {
    return db.meetings.filter((row) => row.touchpointId === touchpointId && row.deletedAt === null).first()
  },
  /**
   * Opens the meeting of a review or workshop touchpoint, creating it with `prepare` when there
   * is none yet; all in one transaction, so two clicks never prepare two meetings.
   */
  async createForTouchpoint(
    touchpointId: string,
    prepare: PrepareMeeting,
  ): Promise<{ meeting: Meeting; created: boolean }> {
    return db.transaction('rw', [db.meetings, db.touchpoints, db.clients], async () => {
      const touchpoint = await touchpointsRepository.get(touchpointId)
      if (!touchpoint) throw new RecordNotFoundError('touchpoints', touchpointId)
      if (!(PREPARED_TOUCHPOINT_KINDS as readonly string[]).includes(touchpoint.kind))
        throw new ValidationError([
          { path: 'touchpointId', message: `A ${touchpoint.kind} has no meeting to prepare` },
        ])
      const existing = await meetingsRepository.getByTouchpoint(touchpointId)
      if (existing) return { meeting: existing, created: false }
      const client = touchpoint.clientId ? await db.clients.get(touchpoint.clientId) : undefined
      const meeting = await base.create({ ...prepare(touchpoint, client), touchpointId })
      return { meeting, created: true }
    })
  },
  /**
   * Finishes a meeting (stamping `finishedAt` once) and marks its touchpoint done, closed by
   * this meeting, in one transaction.
   */
  async finish(meetingId: string): Promise<Meeting> {
    return db.transaction('rw', [db.meetings, db.touchpoints], async () => {
      const meeting = await base.get(meetingId)
      if (!meeting) throw new RecordNotFoundError('meetings', meetingId)
      const finished = meeting.finishedAt ? meeting : await base.update(meetingId, { finishedAt: nowIso() })
      if (meeting.touchpointId) {
        const touchpoint = await touchpointsRepository.get(meeting.touchpointId)
        if (touchpoint && touchpoint.status !== 'done')
          await touchpointsRepository.markDone(touchpoint.id, { type: 'meeting', refId: meetingId })
      }
      return finished
    })
  },
  /**
   * Changes some fields of a meeting's review, merged into the review as stored at that moment,
   * so an autosaved answer and a proposal ticked a second later never overwrite each other. A
   * function patch is computed from the stored review inside the transaction: two list edits
   * made before the screen has re-rendered (a proposal added, another ticked) both survive.
   */
  async updateReview(
    meetingId: string,
    patch: Partial<Review> | ((stored: Review) => Partial<Review>),
  ): Promise<Meeting> {
    return db.transaction('rw', db.meetings, async () => {
      const meeting = await base.get(meetingId)
      if (!meeting) throw new RecordNotFoundError('meetings', meetingId)
      const stored = meeting.review ?? EMPTY_REVIEW
      const change = typeof patch === 'function' ? patch(stored) : patch
      return base.update(meetingId, { review: { ...stored, ...change } })
    })
  },
  /** Everything of one client a review's results read, in one consistent read. */
  async reviewRecords(clientId: string): Promise<ReviewRecords> {
    const tables = [db.tasks, db.campaigns, db.experiments, db.budgetMonths, db.communications]
    return db.transaction('r', tables, async () => {
      const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
        rows.filter((row) => row.deletedAt === null)
      const [tasks, campaigns, experiments, budgetMonths, communications] = await Promise.all([
        db.tasks.where('clientId').equals(clientId).toArray(),
        db.campaigns.where('clientId').equals(clientId).toArray(),
        db.experiments.where('clientId').equals(clientId).toArray(),
        db.budgetMonths.where('clientId').equals(clientId).toArray(),
        db.communications.where('clientId').equals(clientId).toArray(),
      ])
      return {
        tasks: live(tasks),
        campaigns: live(campaigns),
        experiments: live(experiments),
        budgetMonths: live(budgetMonths),
        communications: live(communications),
      }
    })
  },
  /** The meeting's action items, oldest first. */
  async listActionItems(meetingId: string): Promise<Task[]> {
    const tasks = await db.tasks.where('meetingId').equals(meetingId).toArray()
    return tasks
      .filter((task) => task.deletedAt === null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  },
  /** Adds an action item: a task of one of the meeting's clients, with the meeting as its origin. */
  async addActionItem(meetingId: string, item: ActionItemInput): Promise<Task> {
    return db.transaction('rw', [db.meetings, db.tasks], async () => {
      const meeting = await base.get(meetingId)
      if (!meeting) throw new RecordNotFoundError('meetings', meetingId)
      if (!meeting.clientIds.includes(item.clientId))
        throw new ValidationError([{ path: 'clientId', message: 'Choose one of the meeting’s clients' }])
      return tasksRepository.create({
        ...item,
        campaignId: null,
        meetingId,
        description: '',
        estimatedHours: 0,
        usedHours: 0,
        priority: 'normal',
        sequence: 0,
        dependsOn: [],
        status: 'todo',
        doneAt: null,
      })
    })
  },
}
