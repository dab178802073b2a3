import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CommunicationInput } from '@shared/schemas'
import { db } from '../db'
import { setClock } from '../clock'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'
import { communicationsRepository } from './communications'

let restoreClock: () => void
let clientId: string
beforeEach(async () => {
  await resetDatabase()
  restoreClock = setClock(() => new Date(Date.UTC(2026, 2, 10, 12, 0, 0)))
  clientId = (await clientsRepository.create(clientInput())).id
})
afterEach(() => restoreClock())

function message(overrides: Partial<CommunicationInput> = {}): CommunicationInput {
  return {
    clientId,
    channel: 'email',
    from: 'Aino Aalto',
    receivedAt: '2026-03-10T09:30:00.000Z',
    summary: 'Can we move the launch to Friday?',
    handlerId: null,
    repliedAt: null,
    reply: null,
    ...overrides,
  }
}

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).issues.map((issue) => issue.path).sort()
}

describe('the communications repository', () => {
  it('refuses a message with an empty summary or sender and writes nothing', async () => {
    expect(await issuesOf(communicationsRepository.create(message({ summary: ' ', from: '' })))).toEqual([
      'from',
      'summary',
    ])
    expect(await db.communications.count()).toBe(0)
  })

  it('marks the reply: repliedAt is stamped now and the item leaves the waiting list', async () => {
    const item = await communicationsRepository.create(message())
    expect((await communicationsRepository.listAwaitingReply()).map((c) => c.id)).toEqual([item.id])
    const replied = await communicationsRepository.markReplied(item.id, {
      kind: 'solution',
      text: 'Moved, confirmed by mail',
      expectedDate: null,
    })
    expect(replied.repliedAt).toBe('2026-03-10T12:00:00.000Z')
    expect(replied.reply?.text).toBe('Moved, confirmed by mail')
    expect(await communicationsRepository.listAwaitingReply()).toEqual([])
  })

  it('refuses next steps without an expected date, and a reply before the message', async () => {
    const item = await communicationsRepository.create(message())
    expect(
      await issuesOf(
        communicationsRepository.markReplied(item.id, {
          kind: 'next-steps',
          text: 'Checking',
          expectedDate: null,
        }),
      ),
    ).toEqual(['expectedDate'])
    expect(
      await issuesOf(
        communicationsRepository.markReplied(
          item.id,
          { kind: 'solution', text: 'Done', expectedDate: null },
          '2026-03-10T08:00:00.000Z',
        ),
      ),
    ).toEqual(['repliedAt'])
    expect((await communicationsRepository.get(item.id))?.repliedAt).toBeNull()
  })

  it('refuses a reply time without what the reply was', async () => {
    const item = await communicationsRepository.create(message())
    expect(
      await issuesOf(communicationsRepository.update(item.id, { repliedAt: '2026-03-10T10:00:00Z' })),
    ).toEqual(['reply'])
  })

  it('takes a reply back so the message waits again', async () => {
    const item = await communicationsRepository.create(message())
    await communicationsRepository.markReplied(item.id, {
      kind: 'next-steps',
      text: 'Plan',
      expectedDate: '2026-03-12',
    })
    const reopened = await communicationsRepository.clearReply(item.id)
    expect(reopened.repliedAt).toBeNull()
    expect(reopened.reply).toBeNull()
  })

  it('lists messages received in a range, inclusive', async () => {
    const inside = await communicationsRepository.create(message({ receivedAt: '2026-03-01T00:00:00.000Z' }))
    await communicationsRepository.create(message({ receivedAt: '2026-04-02T00:00:00.000Z' }))
    const found = await communicationsRepository.listReceivedBetween(
      '2026-03-01T00:00:00.000Z',
      '2026-03-31T23:59:59.999Z',
    )
    expect(found.map((c) => c.id)).toEqual([inside.id])
  })
})
