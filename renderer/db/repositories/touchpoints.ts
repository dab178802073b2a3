/**
 * Repository of the rhythm's touchpoints. `sync` regenerates them from the cadence engine and
 * merges in one transaction: a touchpoint is never duplicated, and a status the PM set (done,
 * skipped with a reason) is never forgotten, however often the rhythm is regenerated.
 */
import { addDays, format, parseISO } from 'date-fns'
import { v4 as uuid } from 'uuid'
import { generateTouchpoints, mergeTouchpoints } from '@shared/cadence'
import { DEFAULT_SETTINGS, SETTINGS_ID, touchpointSchema, type Touchpoint } from '@shared/schemas'
import { db } from '../db'
import { nowIso } from '../clock'
import { parseOrThrow, ValidationError } from '../errors'
import { createRepository } from '../repository'

const base = createRepository(db.touchpoints, touchpointSchema)

/** Stored rows this many days either side of a sync's range are matched too, so moved dates merge. */
const MATCH_MARGIN_DAYS = 45

const shift = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd')

/** What closed a touchpoint. */
export type ClosedBy = NonNullable<Touchpoint['closedBy']>

/** Reads and writes touchpoints; generates them from the cadence engine. */
export const touchpointsRepository = {
  ...base,

  /** Generates the rhythm for [from, to] (YYYY-MM-DD) and merges it into the stored touchpoints. */
  async sync(from: string, to: string): Promise<{ added: number; updated: number }> {
    return db.transaction('rw', [db.touchpoints, db.clients, db.settings], async () => {
      const [clients, settings, existing] = await Promise.all([
        db.clients.toArray(),
        db.settings.get(SETTINGS_ID),
        db.touchpoints
          .where('dueDate')
          .between(shift(from, -MATCH_MARGIN_DAYS), shift(to, MATCH_MARGIN_DAYS), true, true)
          .toArray(),
      ])
      const generated = generateTouchpoints({ clients, settings: settings ?? DEFAULT_SETTINGS, from, to })
      const merge = mergeTouchpoints(existing, generated)
      const now = nowIso()
      const added = merge.toAdd.map((input) =>
        parseOrThrow(touchpointSchema, {
          ...input,
          id: uuid(),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        }),
      )
      await db.touchpoints.bulkAdd(added)
      for (const { id, dueDate } of merge.toUpdate)
        await db.touchpoints.update(id, { dueDate, updatedAt: now })
      return { added: added.length, updated: merge.toUpdate.length }
    })
  },

  /**
   * Syncs the rhythm around `today`. The first sync starts at today, so a database that already
   * has years of history (an import, the demo) does not greet the PM with months of "overdue"
   * mails; later syncs reach back to the earliest stored touchpoint, at most `daysBack`.
   */
  async syncAround(
    today: string,
    daysBack: number,
    daysAhead: number,
  ): Promise<{ added: number; updated: number }> {
    const earliest = (await db.touchpoints.orderBy('dueDate').first())?.dueDate ?? today
    const from = [shift(today, -daysBack), earliest].sort().at(-1) ?? today
    return touchpointsRepository.sync(from < today ? from : today, shift(today, daysAhead))
  },

  /** Touchpoints still due up to `daysAhead` days after `today`, overdue ones included. */
  async listDueWithin(today: string, daysAhead: number): Promise<Touchpoint[]> {
    return touchpointsRepository.listDueBy(shift(today, daysAhead))
  },

  /** Touchpoints still due on or before `date`, oldest first. */
  async listDueBy(date: string): Promise<Touchpoint[]> {
    // By status, not by date: years of closed history lie before `date`, while the open rows
    // are few (the coming weeks and what is overdue).
    const rows = await db.touchpoints.where('status').equals('due').toArray()
    return rows
      .filter((row) => row.deletedAt === null && row.dueDate <= date)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  },

  /** Touchpoints of any status due in [from, to] (YYYY-MM-DD), by due date: the calendar's view. */
  async listBetween(from: string, to: string): Promise<Touchpoint[]> {
    const rows = await db.touchpoints.where('dueDate').between(from, to, true, true).toArray()
    return rows.filter((row) => row.deletedAt === null).sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  },

  /** Marks a touchpoint done, with what closed it. */
  async markDone(id: string, closedBy: ClosedBy = { type: 'manual', refId: null }): Promise<Touchpoint> {
    return base.update(id, { status: 'done', closedBy, skipReason: null })
  },

  /** Skips a touchpoint; the reason is required so the skip can be read back later. */
  async skip(id: string, reason: string): Promise<Touchpoint> {
    if (!reason.trim()) throw new ValidationError([{ path: 'skipReason', message: 'Say why it is skipped' }])
    return base.update(id, { status: 'skipped', skipReason: reason.trim(), closedBy: null })
  },
}
