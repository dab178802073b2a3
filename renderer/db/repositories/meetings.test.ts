import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { appendLine, removeLine, replaceLine } from '@shared/list-edits'
import type { Meeting } from '@shared/schemas'
import { db } from '../db'
import { RecordNotFoundError, ValidationError } from '../errors'
import type { NewRecord } from '../repository'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'
import { meetingsRepository, type PrepareMeeting } from './meetings'
import { tasksRepository } from './tasks'
import { touchpointsRepository } from './touchpoints'

beforeEach(resetDatabase)

function meetingInput(overrides: Partial<NewRecord<Meeting>> = {}): NewRecord<Meeting> {
  return {
    kind: 'ad-hoc',
    title: 'Launch check',
    startsAt: '2026-11-23T10:00:00.000Z',
    clientIds: [],
    attendeeIds: [],
    agenda: [],
    notes: '',
    decisions: [],
    recordingUrl: '',
    weeklyCards: [],
    parkedTopics: [],
    showAndTell: '',
    touchpointId: null,
    finishedAt: null,
    review: null,
    ...overrides,
  }
}

const prepare: PrepareMeeting = (touchpoint, client) =>
  meetingInput({
    kind: 'quarterly-review',
    title: `Review ${touchpoint.periodKey}`,
    startsAt: `${touchpoint.dueDate}T10:00:00.000Z`,
    clientIds: client ? [client.id] : [],
    agenda: ['Aim of the quarter'],
    review: { nextYearPlans: '', strategyDraftReceived: false, clientAnswers: '', proposals: [] },
  })

/** A client whose first cooperation quarter ends in the synced range, and its review touchpoint. */
async function clientWithReview() {
  const client = await clientsRepository.create(clientInput({ cooperationStart: '2026-08-31' }))
  await touchpointsRepository.sync('2026-11-01', '2026-12-31')
  const review = (await db.touchpoints.toArray()).find((row) => row.kind === 'quarterly-review')
  if (!review) throw new Error('the rhythm has no quarterly review in the range')
  return { client, review }
}

describe('meetings between two instants', () => {
  it('returns live meetings starting in [from, to), whatever offset they were stored with', async () => {
    await meetingsRepository.create(meetingInput({ title: 'before', startsAt: '2026-10-31T23:59:00.000Z' }))
    await meetingsRepository.create(meetingInput({ title: 'offset', startsAt: '2026-11-01T01:30:00+02:00' }))
    await meetingsRepository.create(meetingInput({ title: 'first', startsAt: '2026-11-01T00:00:00.000Z' }))
    await meetingsRepository.create(meetingInput({ title: 'last', startsAt: '2026-11-30T23:59:00.000Z' }))
    await meetingsRepository.create(meetingInput({ title: 'after', startsAt: '2026-12-01T00:00:00.000Z' }))
    const gone = await meetingsRepository.create(meetingInput({ title: 'deleted' }))
    await meetingsRepository.remove(gone.id)

    const rows = await meetingsRepository.listBetween('2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')
    // 01:30 at +02:00 is 23:30 UTC the day before: outside, although its text sorts inside.
    expect(rows.map((row) => row.title)).toEqual(['first', 'last'])
  })
})

describe('preparing the meeting of a review touchpoint', () => {
  it('creates the meeting once; preparing again opens the same one', async () => {
    const { client, review } = await clientWithReview()
    const first = await meetingsRepository.createForTouchpoint(review.id, prepare)
    expect(first.created).toBe(true)
    expect(first.meeting).toMatchObject({
      touchpointId: review.id,
      clientIds: [client.id],
      kind: 'quarterly-review',
    })

    const again = await meetingsRepository.createForTouchpoint(review.id, prepare)
    expect(again).toEqual({ meeting: first.meeting, created: false })
    expect(await db.meetings.count()).toBe(1)
    expect((await meetingsRepository.getByTouchpoint(review.id))?.id).toBe(first.meeting.id)
  })

  it('prepares two clicks at once into one meeting', async () => {
    const { review } = await clientWithReview()
    const [a, b] = await Promise.all([
      meetingsRepository.createForTouchpoint(review.id, prepare),
      meetingsRepository.createForTouchpoint(review.id, prepare),
    ])
    expect(a.meeting.id).toBe(b.meeting.id)
    expect(await db.meetings.count()).toBe(1)
  })

  it('refuses touchpoints that have no meeting to prepare, and unknown ones, writing nothing', async () => {
    await clientWithReview()
    const mail = (await db.touchpoints.toArray()).find((row) => row.kind === 'monday-plan-mail')
    await expect(meetingsRepository.createForTouchpoint(mail!.id, prepare)).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(
      meetingsRepository.createForTouchpoint('33333333-3333-4333-8333-333333333333', prepare),
    ).rejects.toBeInstanceOf(RecordNotFoundError)
    expect(await db.meetings.count()).toBe(0)
  })

  it('writes nothing when the prepared meeting is invalid', async () => {
    const { review } = await clientWithReview()
    await expect(
      meetingsRepository.createForTouchpoint(review.id, (t, c) => ({
        ...prepare(t, c),
        recordingUrl: 'ftp://x',
      })),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.meetings.count()).toBe(0)
  })
})

describe('finishing a meeting', () => {
  it('stamps the meeting and marks its touchpoint done, closed by the meeting', async () => {
    const { review } = await clientWithReview()
    const { meeting } = await meetingsRepository.createForTouchpoint(review.id, prepare)
    const finished = await meetingsRepository.finish(meeting.id)
    expect(finished.finishedAt).not.toBeNull()
    expect(await db.touchpoints.get(review.id)).toMatchObject({
      status: 'done',
      closedBy: { type: 'meeting', refId: meeting.id },
    })
    // Finishing again keeps the first stamp.
    expect((await meetingsRepository.finish(meeting.id)).finishedAt).toBe(finished.finishedAt)
  })

  it('finishes a meeting without a touchpoint without touching the rhythm', async () => {
    await clientWithReview()
    const before = await db.touchpoints.toArray()
    const meeting = await meetingsRepository.create(meetingInput())
    expect((await meetingsRepository.finish(meeting.id)).finishedAt).not.toBeNull()
    expect(await db.touchpoints.toArray()).toEqual(before)
  })
})

describe('action items', () => {
  it('are tasks of the meeting’s client with the meeting as their origin', async () => {
    const client = await clientsRepository.create(clientInput())
    const meeting = await meetingsRepository.create(meetingInput({ clientIds: [client.id] }))
    const item = await meetingsRepository.addActionItem(meeting.id, {
      clientId: client.id,
      title: 'Send the new landing page draft',
      assigneeIds: [],
      deadline: '2026-11-27',
      businessLogic: 'Agreed in the meeting “Launch check”',
    })
    expect(item).toMatchObject({ meetingId: meeting.id, status: 'todo', deadline: '2026-11-27' })
    expect((await tasksRepository.listForClient(client.id)).map((task) => task.id)).toEqual([item.id])
    expect((await meetingsRepository.listActionItems(meeting.id)).map((task) => task.id)).toEqual([item.id])

    await tasksRepository.setDone(item.id, true)
    expect((await meetingsRepository.listActionItems(meeting.id))[0]?.status).toBe('done')
  })

  it('refuses a client that was not in the meeting, and a missing title', async () => {
    const client = await clientsRepository.create(clientInput())
    const other = await clientsRepository.create(clientInput({ name: 'Other Oy' }))
    const meeting = await meetingsRepository.create(meetingInput({ clientIds: [client.id] }))
    const item = { clientId: other.id, title: 'X', assigneeIds: [], deadline: null, businessLogic: 'Why' }
    await expect(meetingsRepository.addActionItem(meeting.id, item)).rejects.toBeInstanceOf(ValidationError)
    await expect(
      meetingsRepository.addActionItem(meeting.id, { ...item, clientId: client.id, title: '  ' }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.tasks.count()).toBe(0)
  })
})

describe('touchpoints between two dates', () => {
  it('lists every status in the range by due date', async () => {
    await clientsRepository.create(clientInput())
    await touchpointsRepository.sync('2026-11-01', '2026-11-30')
    const rows = await touchpointsRepository.listBetween('2026-11-09', '2026-11-15')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.dueDate >= '2026-11-09' && row.dueDate <= '2026-11-15')).toBe(true)
    await touchpointsRepository.markDone(rows[0]!.id)
    expect((await touchpointsRepository.listBetween('2026-11-09', '2026-11-15')).length).toBe(rows.length)
  })
})

describe('the review of a meeting', () => {
  it('merges answers and proposals saved one after the other, starting from an empty review', async () => {
    const meeting = await meetingsRepository.create(meetingInput({ kind: 'quarterly-review' }))
    await Promise.all([
      meetingsRepository.updateReview(meeting.id, { clientAnswers: 'Happy with the leads' }),
      meetingsRepository.updateReview(meeting.id, {
        proposals: [{ id: '44444444-4444-4444-8444-444444444444', text: 'Spring contest', accepted: true }],
      }),
    ])
    expect((await meetingsRepository.get(meeting.id))?.review).toEqual({
      nextYearPlans: '',
      strategyDraftReceived: false,
      clientAnswers: 'Happy with the leads',
      proposals: [{ id: '44444444-4444-4444-8444-444444444444', text: 'Spring contest', accepted: true }],
    })
  })

  it('applies list edits made from the same stale screen to the stored list, losing none', async () => {
    const meeting = await meetingsRepository.create(meetingInput({ kind: 'quarterly-review' }))
    const first = { id: '44444444-4444-4444-8444-444444444444', text: 'Spring contest', accepted: false }
    const second = { id: '55555555-5555-4555-8555-555555555555', text: 'Sales training', accepted: false }
    // Both edits are made before the screen saw the other one: each is a change of the stored list.
    await Promise.all([
      meetingsRepository.updateReview(meeting.id, (stored) => ({ proposals: [...stored.proposals, first] })),
      meetingsRepository.updateReview(meeting.id, (stored) => ({ proposals: [...stored.proposals, second] })),
    ])
    await meetingsRepository.updateReview(meeting.id, (stored) => ({
      proposals: stored.proposals.map((p) => (p.id === first.id ? { ...p, accepted: true } : p)),
    }))
    expect((await meetingsRepository.get(meeting.id))?.review?.proposals).toEqual([
      { ...first, accepted: true },
      second,
    ])
  })

  it('refuses an empty proposal and keeps the review as it was', async () => {
    const meeting = await meetingsRepository.create(meetingInput({ kind: 'quarterly-review' }))
    await expect(
      meetingsRepository.updateReview(meeting.id, {
        proposals: [{ id: '44444444-4444-4444-8444-444444444444', text: ' ', accepted: false }],
      }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect((await meetingsRepository.get(meeting.id))?.review).toBeNull()
  })
})

describe('the agenda and decisions of a meeting', () => {
  it('keeps every line added or changed from the same stale screen', async () => {
    const meeting = await meetingsRepository.create(meetingInput({ agenda: ['Aim'], decisions: ['Old'] }))
    // Three edits made before the page re-rendered: each changes the stored list, as the page does.
    await Promise.all([
      meetingsRepository.update(meeting.id, (stored) => ({ agenda: appendLine(stored.agenda, 'Budget') })),
      meetingsRepository.update(meeting.id, (stored) => ({
        agenda: appendLine(stored.agenda, 'Next steps'),
      })),
      meetingsRepository.update(meeting.id, (stored) => ({
        agenda: replaceLine(stored.agenda, { index: 0, text: 'Aim' }, 'Aim of Q1'),
      })),
      meetingsRepository.update(meeting.id, (stored) => ({ decisions: appendLine(stored.decisions, 'New') })),
      meetingsRepository.update(meeting.id, (stored) => ({
        decisions: removeLine(stored.decisions, { index: 0, text: 'Old' }),
      })),
    ])
    const stored = await meetingsRepository.get(meeting.id)
    expect(stored?.agenda).toEqual(['Aim of Q1', 'Budget', 'Next steps'])
    expect(stored?.decisions).toEqual(['New'])
  })
})
