import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../db'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientMailsRepository, MailAlreadySentError } from './client-mails'
import { clientsRepository } from './clients'
import { meetingsRepository } from './meetings'
import { touchpointsRepository } from './touchpoints'

let restoreClock: () => void = () => undefined

beforeEach(async () => {
  await resetDatabase()
  restoreClock = setClock(() => new Date('2026-11-27T15:00:00Z'))
})
afterEach(() => {
  restoreClock()
  vi.restoreAllMocks()
})

/** A client with its rhythm for November 2026; returns its Friday mail of week 48 (due the 27th). */
async function fridayMail() {
  const client = await clientsRepository.create(clientInput({ language: 'pl', timezone: 'Europe/Warsaw' }))
  await touchpointsRepository.sync('2026-11-01', '2026-11-30')
  const rows = await db.touchpoints.where('clientId').equals(client.id).toArray()
  const friday = rows.find((row) => row.kind === 'friday-summary' && row.dueDate === '2026-11-27')
  const report = rows.find((row) => row.kind === 'monthly-report')
  if (!friday) throw new Error('no Friday mail generated')
  return { client, friday, report }
}

describe('marking a mail as sent', () => {
  it('logs a client-friday meeting and closes the touchpoint with it', async () => {
    const { client, friday } = await fridayMail()
    const meeting = await clientMailsRepository.markSent({
      touchpointId: friday.id,
      subject: '  Dziękujemy za ten tydzień  ',
      body: 'Dzień dobry,\n\nwszystko pod kontrolą.',
    })
    expect(meeting).toMatchObject({
      kind: 'client-friday',
      title: 'Dziękujemy za ten tydzień',
      notes: 'Dzień dobry,\n\nwszystko pod kontrolą.',
      clientIds: [client.id],
      touchpointId: friday.id,
      startsAt: '2026-11-27T15:00:00.000Z',
      finishedAt: '2026-11-27T15:00:00.000Z',
    })
    expect(await db.meetings.get(meeting.id)).toEqual(meeting)
    expect(await db.touchpoints.get(friday.id)).toMatchObject({
      status: 'done',
      closedBy: { type: 'mail', refId: meeting.id },
    })

    const context = await clientMailsRepository.load(friday.id)
    expect(context?.sent?.id).toBe(meeting.id)
  })

  it('logs a Monday mail as client-monday', async () => {
    const { client } = await fridayMail()
    const monday = (await db.touchpoints.where('clientId').equals(client.id).toArray()).find(
      (row) => row.kind === 'monday-plan-mail',
    )
    const meeting = await clientMailsRepository.markSent({
      touchpointId: monday!.id,
      subject: 'Plan',
      body: 'Hi',
    })
    expect(meeting.kind).toBe('client-monday')
  })

  it('writes neither the meeting nor the touchpoint when closing the touchpoint fails', async () => {
    const { friday } = await fridayMail()
    vi.spyOn(touchpointsRepository, 'markDone').mockRejectedValueOnce(new Error('disk full'))
    await expect(
      clientMailsRepository.markSent({ touchpointId: friday.id, subject: 'Plan', body: 'Hi' }),
    ).rejects.toThrow('disk full')
    expect(await db.meetings.count()).toBe(0)
    expect(await db.touchpoints.get(friday.id)).toMatchObject({ status: 'due', closedBy: null })
  })

  it('writes neither when logging the meeting fails', async () => {
    const { friday } = await fridayMail()
    vi.spyOn(meetingsRepository, 'create').mockRejectedValueOnce(new Error('quota'))
    await expect(
      clientMailsRepository.markSent({ touchpointId: friday.id, subject: 'Plan', body: 'Hi' }),
    ).rejects.toThrow('quota')
    expect(await db.meetings.count()).toBe(0)
    expect((await db.touchpoints.get(friday.id))?.status).toBe('due')
  })

  it('refuses an empty subject or body, a second log and a touchpoint that is not a mail', async () => {
    const { friday, report } = await fridayMail()
    const empty = clientMailsRepository.markSent({ touchpointId: friday.id, subject: ' ', body: '\n' })
    await expect(empty).rejects.toBeInstanceOf(ValidationError)
    await expect(empty).rejects.toMatchObject({
      issues: [
        { path: 'subject', message: 'The subject is empty' },
        { path: 'body', message: 'The mail is empty' },
      ],
    })
    await expect(
      clientMailsRepository.markSent({ touchpointId: report!.id, subject: 'x', body: 'y' }),
    ).rejects.toBeInstanceOf(ValidationError)

    await clientMailsRepository.markSent({ touchpointId: friday.id, subject: 'Plan', body: 'Hi' })
    await expect(
      clientMailsRepository.markSent({ touchpointId: friday.id, subject: 'Plan', body: 'Hi' }),
    ).rejects.toBeInstanceOf(MailAlreadySentError)
    expect(await db.meetings.count()).toBe(1)
  })

  it('logs a mail again when the earlier log was deleted', async () => {
    const { friday } = await fridayMail()
    const first = await clientMailsRepository.markSent({ touchpointId: friday.id, subject: 'P', body: 'B' })
    await meetingsRepository.remove(first.id)
    expect((await clientMailsRepository.load(friday.id))?.sent).toBeNull()
    const second = await clientMailsRepository.markSent({ touchpointId: friday.id, subject: 'P', body: 'B' })
    expect((await db.touchpoints.get(friday.id))?.closedBy).toEqual({ type: 'mail', refId: second.id })
  })

  it('logs the mail of a touchpoint closed by hand, replacing the manual close', async () => {
    const { friday } = await fridayMail()
    await touchpointsRepository.markDone(friday.id)
    const meeting = await clientMailsRepository.markSent({ touchpointId: friday.id, subject: 'P', body: 'B' })
    expect((await db.touchpoints.get(friday.id))?.closedBy).toEqual({ type: 'mail', refId: meeting.id })
  })
})

describe('loading a mail’s data', () => {
  it('gathers the client, owner, tasks, campaigns and the weeklies around the due date', async () => {
    const { client, friday } = await fridayMail()
    const weekly = (startsAt: string) =>
      meetingsRepository.create({
        kind: 'internal-weekly',
        title: 'Weekly',
        startsAt,
        clientIds: [client.id],
        attendeeIds: [],
        agenda: [],
        notes: '',
        decisions: [],
        recordingUrl: '',
        weeklyCards: [],
        parkedTopics: [],
        showAndTell: '',
        touchpointId: null,
        finishedAt: startsAt,
        review: null,
      })
    const near = await weekly('2026-11-27T12:00:00.000Z')
    await weekly('2026-10-30T12:00:00.000Z')
    const context = await clientMailsRepository.load(friday.id)
    expect(context?.client?.id).toBe(client.id)
    expect(context?.weeklies.map((m) => m.id)).toEqual([near.id])
    expect(context?.sent).toBeNull()
  })

  it('is null for a touchpoint that is not a client mail or does not exist', async () => {
    const { report } = await fridayMail()
    expect(await clientMailsRepository.load(report!.id)).toBeNull()
    expect(await clientMailsRepository.load('00000000-0000-4000-8000-00000000dead')).toBeNull()
  })

  it('lists the client’s mails of the current week', async () => {
    const { client } = await fridayMail()
    for (const today of ['2026-11-23', '2026-11-25', '2026-11-29']) {
      const week = await clientMailsRepository.listWeekMails(client.id, today)
      expect(week.map((row) => [row.kind, row.dueDate])).toEqual([
        ['monday-plan-mail', '2026-11-23'],
        ['friday-summary', '2026-11-27'],
      ])
    }
  })

  it('lists the coming mails when the rhythm has none this week', async () => {
    const client = await clientsRepository.create(clientInput())
    await touchpointsRepository.sync('2026-11-28', '2026-12-31')
    const week = await clientMailsRepository.listWeekMails(client.id, '2026-11-28')
    expect(week.map((row) => [row.kind, row.dueDate])).toEqual([
      ['monday-plan-mail', '2026-11-30'],
      ['friday-summary', '2026-12-04'],
    ])
  })
})
