/** Repository of inbound client communications. */
import { communicationSchema, type Communication } from '@shared/schemas'
import { db } from '../db'
import { createRepository } from '../repository'

const base = createRepository(db.communications, communicationSchema)

/** Reads and writes client communications and their replies. */
export const communicationsRepository = {
  ...base,
  /** A client's communications, newest first. */
  async listForClient(clientId: string): Promise<Communication[]> {
    const items = await db.communications
      .where('[clientId+receivedAt]')
      .between([clientId, ''], [clientId, '\uffff'])
      .reverse()
      .toArray()
    return items.filter((item) => item.deletedAt === null)
  },
  /** Communications across clients still waiting for a reply, oldest first. */
  async listAwaitingReply(): Promise<Communication[]> {
    const items = await db.communications.orderBy('receivedAt').toArray()
    return items.filter((item) => item.deletedAt === null && item.repliedAt === null)
  },
}
