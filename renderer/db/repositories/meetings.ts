/** Repository of meetings. */
import { meetingSchema, type Meeting } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.meetings, meetingSchema)

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
}
