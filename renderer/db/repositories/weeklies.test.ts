import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db'
import { RecordNotFoundError, ValidationError } from '../errors'
import { setClock } from '../clock'
import { clientInput, resetDatabase } from '../test-helpers'
import { campaignsRepository } from './campaigns'
import { clientsRepository } from './clients'
import { tasksRepository } from './tasks'
import { teamMembersRepository } from './team-members'
import { touchpointsRepository } from './touchpoints'
import { weekliesRepository, type CardFields } from './weeklies'

const SETUP = {
  titleFor: (date: string) => `Client weekly ${date}`,
  agenda: ['Cards', 'Lean loop', 'Show and tell'],
}

let clock = new Date('2026-11-19T10:00:00Z')
let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  clock = new Date('2026-11-19T10:00:00Z')
  restoreClock = setClock(() => {
    clock = new Date(clock.getTime() + 1000)
    return clock
  })
})
afterEach(() => restoreClock())

async function agency() {
  const anna = await teamMembersRepository.create({
    name: 'Anna',
    role: 'account-manager',
    email: '',
    weeklyCapacityHours: 37.5,
    active: true,
  })
  const retired = await teamMembersRepository.create({
    name: 'Old',
    role: 'analyst',
    email: '',
    weeklyCapacityHours: 0,
    active: false,
  })
  const zeta = await clientsRepository.create(clientInput({ name: 'Zeta Oy', activityLevel: 'active' }))
  const alpha = await clientsRepository.create(clientInput({ name: 'Alpha Oy', activityLevel: 'light' }))
  const beta = await clientsRepository.create(clientInput({ name: 'Beta Oy', activityLevel: 'active' }))
  const archived = await clientsRepository.create(
    clientInput({ name: 'Gone Oy', archivedAt: '2026-01-01T00:00:00.000Z' }),
  )
  return { anna, retired, zeta, alpha, beta, archived }
}

function card(clientId: string, overrides: Partial<CardFields> = {}): CardFields {
  return {
    clientId,
    authorId: null,
    done: 'Launched the spring campaign',
    analysis: 'CPC rose 12 % after the auction got busier',
    direction: 'Test video creatives next',
    budgets: 'Media 62 %, work 30 of 40 h',
    nextWeek: 'Creative refresh',
    helpNeeded: false,
    changesLine: '',
    ...overrides,
  }
}

describe('weeklies repository', () => {
  it('creates one weekly a week, on the agency Friday after lunch, with active then light clients', async () => {
    const { anna, zeta, alpha, beta } = await agency()
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-17' })
    const starts = new Date(weekly.startsAt)
    expect([starts.getFullYear(), starts.getMonth() + 1, starts.getDate(), starts.getHours()]).toEqual([
      2026, 11, 20, 13,
    ])
    expect(weekly).toMatchObject({
      kind: 'internal-weekly',
      title: 'Client weekly 2026-11-20',
      agenda: SETUP.agenda,
      clientIds: [beta.id, zeta.id, alpha.id],
      attendeeIds: [anna.id],
      touchpointId: null,
      finishedAt: null,
    })
    expect((await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-22' })).id).toBe(weekly.id)
    expect((await weekliesRepository.findForWeek('2026-11-16'))?.id).toBe(weekly.id)
    expect(await weekliesRepository.findForWeek('2026-11-23')).toBeUndefined()
    const next = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-23' })
    expect(next.id).not.toBe(weekly.id)
    expect(await db.meetings.count()).toBe(2)
    expect((await weekliesRepository.previous(next))?.id).toBe(weekly.id)
  })

  it('holds the weekly on Thursday when Friday is a holiday', async () => {
    await agency()
    await db.settings.clear()
    const { settingsRepository } = await import('./settings')
    await settingsRepository.update({ holidays: ['2026-11-20'] })
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-17' })
    expect(new Date(weekly.startsAt).getDate()).toBe(19)
  })

  it("ties the weekly to its week's internal-weekly touchpoint and picks up new clients", async () => {
    const { zeta } = await agency()
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-17' })
    await touchpointsRepository.sync('2026-11-16', '2026-11-22')
    const touchpoint = (await db.touchpoints.toArray()).find((row) => row.kind === 'internal-weekly')
    const late = await clientsRepository.create(clientInput({ name: 'Late Oy' }))
    const reopened = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-18' })
    expect(reopened.id).toBe(weekly.id)
    expect(reopened.touchpointId).toBe(touchpoint?.id)
    expect(reopened.clientIds).toContain(late.id)
    expect(reopened.clientIds[0]).not.toBe(zeta.id) // Beta before Zeta, Late between
  })

  it('saves cards client by client, validated, keeping what the meeting added', async () => {
    const { anna, zeta, beta, archived } = await agency()
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-17' })
    await Promise.all([
      weekliesRepository.saveCard(weekly.id, card(zeta.id, { authorId: anna.id })),
      weekliesRepository.saveCard(weekly.id, card(beta.id, { helpNeeded: true })),
    ])
    await weekliesRepository.saveCapture(weekly.id, zeta.id, {
      notes: 'Agreed to test video',
      decisions: [' Video test in December ', ''],
    })
    const saved = await weekliesRepository.saveCard(weekly.id, card(zeta.id, { done: 'Edited' }))
    expect(saved.weeklyCards.map((c) => c.clientId).sort()).toEqual([zeta.id, beta.id].sort())
    expect(saved.weeklyCards.find((c) => c.clientId === zeta.id)).toMatchObject({
      done: 'Edited',
      authorId: null,
      notes: 'Agreed to test video',
      decisions: ['Video test in December'],
    })
    expect(saved.weeklyCards.find((c) => c.clientId === beta.id)?.helpNeeded).toBe(true)

    await expect(weekliesRepository.saveCard(weekly.id, card(archived.id))).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(
      weekliesRepository.saveCard(weekly.id, card(zeta.id, { authorId: 'not-an-id' })),
    ).rejects.toBeInstanceOf(ValidationError)
    expect((await db.meetings.get(weekly.id))?.weeklyCards).toEqual(saved.weeklyCards)
    await expect(weekliesRepository.saveCard(crypto.randomUUID(), card(zeta.id))).rejects.toBeInstanceOf(
      RecordNotFoundError,
    )
  })

  it('keeps every decision added or removed before the screen re-rendered', async () => {
    const { zeta } = await agency()
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-17' })
    await weekliesRepository.addDecision(weekly.id, zeta.id, 'Pause display')
    // The screen showed ['Pause display']; three clicks land before it shows anything newer.
    await Promise.all([
      weekliesRepository.addDecision(weekly.id, zeta.id, ' Video test in December '),
      weekliesRepository.addDecision(weekly.id, zeta.id, 'Raise search budget'),
      weekliesRepository.removeDecision(weekly.id, zeta.id, { index: 0, text: 'Pause display' }),
    ])
    const stored = await weekliesRepository.get(weekly.id)
    expect(stored?.weeklyCards.find((c) => c.clientId === zeta.id)?.decisions).toEqual([
      'Video test in December',
      'Raise search budget',
    ])
    await expect(weekliesRepository.addDecision(weekly.id, zeta.id, '  ')).rejects.toBeInstanceOf(
      ValidationError,
    )
  })

  it('keeps parked topics, the recording link and the show-and-tell, refusing bad values', async () => {
    const { anna } = await agency()
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-17' })
    const topic = await weekliesRepository.addParkedTopic(weekly.id, {
      topic: ' Attribution model for Zeta ',
      peopleIds: [anna.id, anna.id],
    })
    expect(topic).toMatchObject({ topic: 'Attribution model for Zeta', peopleIds: [anna.id] })
    await expect(weekliesRepository.addParkedTopic(weekly.id, { topic: ' ', peopleIds: [] })).rejects.toThrow(
      ValidationError,
    )
    await weekliesRepository.setRecordingUrl(weekly.id, ' https://meet.example.com/rec/47 ')
    await expect(weekliesRepository.setRecordingUrl(weekly.id, 'javascript:alert(1)')).rejects.toBeInstanceOf(
      ValidationError,
    )
    await weekliesRepository.setShowAndTell(weekly.id, 'New GA4 exploration template')
    let stored = await weekliesRepository.get(weekly.id)
    expect(stored).toMatchObject({
      recordingUrl: 'https://meet.example.com/rec/47',
      showAndTell: 'New GA4 exploration template',
      parkedTopics: [topic],
    })
    await weekliesRepository.removeParkedTopic(weekly.id, topic.id)
    stored = await weekliesRepository.get(weekly.id)
    expect(stored?.parkedTopics).toEqual([])
  })

  it('finishes once and closes the week’s internal-weekly touchpoint as held by the meeting', async () => {
    await agency()
    await touchpointsRepository.sync('2026-11-16', '2026-11-22')
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-20' })
    const finished = await weekliesRepository.finish(weekly.id)
    expect(finished.finishedAt).not.toBeNull()
    const touchpoint = await db.touchpoints.get(weekly.touchpointId ?? '')
    expect(touchpoint).toMatchObject({ status: 'done', closedBy: { type: 'meeting', refId: weekly.id } })
    const again = await weekliesRepository.finish(weekly.id)
    expect(again.finishedAt).toBe(finished.finishedAt)
    // A finished weekly is left as it was held, even when clients are added afterwards.
    await clientsRepository.create(clientInput({ name: 'After Oy' }))
    expect((await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-20' })).clientIds).toEqual(
      weekly.clientIds,
    )
  })

  it('captures action items as tasks of the client carrying the meeting id', async () => {
    const { anna, zeta, archived } = await agency()
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-17' })
    const task = await weekliesRepository.addActionItem(weekly.id, {
      clientId: zeta.id,
      title: 'Brief the video test',
      assigneeIds: [anna.id],
      deadline: '2026-11-25',
      businessLogic: 'Video may cut the cost per lead',
    })
    expect(task).toMatchObject({
      meetingId: weekly.id,
      clientId: zeta.id,
      status: 'todo',
      priority: 'normal',
    })
    expect((await weekliesRepository.actionItems(weekly.id)).map((t) => t.id)).toEqual([task.id])
    expect((await tasksRepository.listForClient(zeta.id)).map((t) => t.id)).toEqual([task.id])
    const item = { clientId: zeta.id, title: 'No why', assigneeIds: [], deadline: null, businessLogic: ' ' }
    await expect(weekliesRepository.addActionItem(weekly.id, item)).rejects.toBeInstanceOf(ValidationError)
    await expect(
      weekliesRepository.addActionItem(weekly.id, { ...item, clientId: archived.id, businessLogic: 'x' }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.tasks.count()).toBe(1)
  })

  it('prefills each card from what happened since the previous weekly', async () => {
    const { zeta, alpha } = await agency()
    const last = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-13' })
    const base = {
      clientId: zeta.id,
      campaignId: null,
      meetingId: null,
      description: '',
      assigneeIds: [],
      estimatedHours: 1,
      usedHours: 0,
      businessLogic: 'Keeps the account healthy',
      priority: 'normal' as const,
      sequence: 0,
      dependsOn: [],
    }
    await tasksRepository.create({
      ...base,
      title: 'Before',
      deadline: null,
      status: 'done',
      doneAt: '2026-11-10T09:00:00Z',
    })
    await tasksRepository.create({
      ...base,
      title: 'After',
      deadline: null,
      status: 'done',
      doneAt: '2026-11-17T09:00:00Z',
    })
    await tasksRepository.create({
      ...base,
      title: 'Next',
      deadline: '2026-11-24',
      status: 'todo',
      doneAt: null,
    })
    await campaignsRepository.create({
      clientId: alpha.id,
      name: 'Winter idea',
      channels: [],
      startDate: null,
      endDate: null,
      mediaBudget: null,
      stage: 'idea',
      ownerId: null,
      milestones: [],
      notes: '',
    })
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-19' })
    const { since, byClient } = await weekliesRepository.prefills(
      weekly,
      '2026-11-19T12:00:00.000Z',
      '2026-11-19',
    )
    expect(since).toBe(last.startsAt)
    expect(byClient.get(zeta.id)?.done.map((d) => d.title)).toEqual(['After'])
    expect(byClient.get(zeta.id)?.nextWeek[0]?.tasks.map((t) => t.title)).toEqual(['Next'])
    expect(byClient.get(alpha.id)).toMatchObject({
      light: true,
      moves: [{ name: 'Winter idea', from: null, to: 'idea' }],
    })
  })

  it('stores the distilled client summary and finds the latest one of a client', async () => {
    const { zeta } = await agency()
    const earlier = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-13' })
    await weekliesRepository.saveClientSummary(earlier.id, zeta.id, 'Earlier summary')
    const weekly = await weekliesRepository.openWeek({ ...SETUP, today: '2026-11-19' })
    expect((await weekliesRepository.latestClientSummary(zeta.id))?.summary).toBe('Earlier summary')
    await weekliesRepository.saveCard(weekly.id, card(zeta.id))
    await weekliesRepository.saveClientSummary(weekly.id, zeta.id, 'This week went well')
    const latest = await weekliesRepository.latestClientSummary(zeta.id)
    expect(latest).toMatchObject({ summary: 'This week went well', meeting: { id: weekly.id } })
    expect(latest?.meeting.weeklyCards[0]?.done).toBe('Launched the spring campaign')
  })
})
