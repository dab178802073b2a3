/**
 * Repository of inbound client communications. Policy (seed 003): every message gets a reply —
 * a solution, or next steps with the date the client can expect them — so a reply is always
 * stored together with its time (`repliedAt` and `reply` are both set or both empty), a
 * next-steps reply carries its expected date, and no reply predates the message it answers.
 */
import { communicationSchema, type Communication, type Reply } from '@shared/schemas'
import { db } from '../db'
import { ValidationError, parseOrThrow, type FieldIssue } from '../errors'
import { nowIso } from '../clock'
import { createRepository, type NewRecord } from '../repository'

const base = createRepository(db.communications, communicationSchema)

/** The problems with a communication's reply fields (empty when they are consistent). */
export function replyIssues(item: Pick<Communication, 'receivedAt' | 'repliedAt' | 'reply'>): FieldIssue[] {
  const issues: FieldIssue[] = []
  if ((item.repliedAt === null) !== (item.reply === null)) {
    issues.push({ path: 'reply', message: 'A reply needs both its time and what it was' })
  }
  if (item.reply?.kind === 'next-steps' && item.reply.expectedDate === null) {
    issues.push({ path: 'expectedDate', message: 'Next steps need the date the client can expect them' })
  }
  if (item.repliedAt !== null && Date.parse(item.repliedAt) < Date.parse(item.receivedAt)) {
    issues.push({ path: 'repliedAt', message: 'The reply cannot be earlier than the message it answers' })
  }
  return issues
}

function checkReply(item: Pick<Communication, 'receivedAt' | 'repliedAt' | 'reply'>): void {
  const issues = replyIssues(item)
  if (issues.length > 0) throw new ValidationError(issues)
}

/** Reads and writes client communications and their replies. */
export const communicationsRepository = {
  ...base,
  /** Logs a communication (with or without its reply). */
  async create(input: NewRecord<Communication>): Promise<Communication> {
    // Validate the shape first, so a bad summary is named before any reply rule.
    parseOrThrow(
      communicationSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true }),
      input,
    )
    checkReply(input)
    return base.create(input)
  },
  /** Updates a communication under the same reply rules. */
  async update(id: string, patch: Partial<NewRecord<Communication>>): Promise<Communication> {
    return db.transaction('rw', db.communications, async () => {
      const current = await base.get(id)
      if (current) checkReply({ ...current, ...patch })
      return base.update(id, patch)
    })
  },
  /** Records the reply to a communication; `repliedAt` defaults to now. */
  async markReplied(id: string, reply: Reply, repliedAt: string = nowIso()): Promise<Communication> {
    return communicationsRepository.update(id, { reply, repliedAt })
  },
  /** Takes a reply back: the communication waits for a reply again. */
  async clearReply(id: string): Promise<Communication> {
    return communicationsRepository.update(id, { reply: null, repliedAt: null })
  },
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
  /**
   * Communications received between two instants (ISO, inclusive), e.g. a month widened by a
   * day on each side so that every client's local month is covered.
   */
  async listReceivedBetween(from: string, to: string): Promise<Communication[]> {
    const items = await db.communications.where('receivedAt').between(from, to, true, true).toArray()
    return items.filter((item) => item.deletedAt === null)
  },
}
