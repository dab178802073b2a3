import { describe, expect, it } from 'vitest'
import type { Contact } from '../schemas/client'
import type { WeeklyCard } from '../schemas/meeting'
import {
  addRecipients,
  clipboardText,
  contactAddresses,
  defaultRecipients,
  draftEml,
  emlSuggestedName,
  isMailTouchpoint,
  mailDraftDay,
  MAIL_MEETING_KIND,
  parseRecipients,
  pickWeeklySummary,
  type WeeklyForMail,
} from './outbox'

const card = (clientId: string, clientSummary: string): WeeklyCard => ({
  clientId,
  authorId: null,
  done: '',
  analysis: '',
  direction: '',
  budgets: '',
  nextWeek: '',
  helpNeeded: false,
  changesLine: '',
  clientSummary,
  notes: '',
  decisions: [],
})

const weekly = (id: string, finishedAt: string | null, cards: WeeklyCard[], extra = {}): WeeklyForMail => ({
  id,
  kind: 'internal-weekly',
  finishedAt,
  deletedAt: null,
  weeklyCards: cards,
  ...extra,
})

describe('mail touchpoints', () => {
  it('knows the two weekly mails and the meeting kind each is logged as', () => {
    expect(isMailTouchpoint('monday-plan-mail')).toBe(true)
    expect(isMailTouchpoint('friday-summary')).toBe(true)
    expect(isMailTouchpoint('internal-weekly')).toBe(false)
    expect(isMailTouchpoint('monthly-report')).toBe(false)
    expect(MAIL_MEETING_KIND['monday-plan-mail']).toBe('client-monday')
    expect(MAIL_MEETING_KIND['friday-summary']).toBe('client-friday')
  })

  it('drafts for the due date, or for today once the due date has passed', () => {
    expect(mailDraftDay('2026-11-22', '2026-11-23')).toBe('2026-11-23')
    expect(mailDraftDay('2026-11-23', '2026-11-23')).toBe('2026-11-23')
    expect(mailDraftDay('2026-11-25', '2026-11-23')).toBe('2026-11-25')
  })
})

describe('pickWeeklySummary', () => {
  // The Friday mail of week 48 is due on Friday 2026-11-27.
  const due = '2026-11-27'

  it('takes the distilled summary of the week’s latest finished weekly', () => {
    const meetings = [
      weekly('w47', '2026-11-20T13:00:00Z', [card('c1', 'Last week’s news')]),
      weekly('w48', '2026-11-27T13:00:00Z', [card('c2', 'Other client'), card('c1', '  This week.  ')]),
      weekly('w48-early', '2026-11-25T13:00:00Z', [card('c1', 'Earlier this week')]),
    ]
    expect(pickWeeklySummary(meetings, 'c1', due, 'Europe/Warsaw')).toEqual({
      kind: 'summary',
      meetingId: 'w48',
      heldOn: '2026-11-27',
      summary: 'This week.',
    })
  })

  it('never uses last week’s summary as this week’s', () => {
    const meetings = [weekly('w47', '2026-11-20T13:00:00Z', [card('c1', 'Last week’s news')])]
    expect(pickWeeklySummary(meetings, 'c1', due, 'Europe/Warsaw')).toEqual({ kind: 'no-weekly' })
  })

  it('reads the day a weekly was held in the client’s time zone', () => {
    // 23:30 UTC on Friday the 20th is already Saturday the 21st in Helsinki: this week's.
    const meetings = [weekly('late', '2026-11-20T23:30:00Z', [card('c1', 'Saturday summary')])]
    expect(pickWeeklySummary(meetings, 'c1', due, 'Europe/Helsinki').kind).toBe('summary')
    expect(pickWeeklySummary(meetings, 'c1', due, 'UTC').kind).toBe('no-weekly')
  })

  it('uses a weekly held after the due date for a late mail, but not next week’s', () => {
    const late = [weekly('mon', '2026-11-30T09:00:00Z', [card('c1', 'Held on Monday')])]
    expect(pickWeeklySummary(late, 'c1', due, 'UTC').kind).toBe('summary')
    const nextWeek = [weekly('next', '2026-12-04T09:00:00Z', [card('c1', 'Next Friday')])]
    expect(pickWeeklySummary(nextWeek, 'c1', due, 'UTC').kind).toBe('no-weekly')
  })

  it('prefers a distilled card over a later one still waiting to be distilled', () => {
    const meetings = [
      weekly('early', '2026-11-26T10:00:00Z', [card('c1', 'Distilled')]),
      weekly('later', '2026-11-27T10:00:00Z', [card('c1', '')]),
    ]
    expect(pickWeeklySummary(meetings, 'c1', due, 'UTC')).toMatchObject({
      kind: 'summary',
      meetingId: 'early',
    })
  })

  it('says when the week’s weekly has the client’s card but no summary yet', () => {
    const meetings = [weekly('w48', '2026-11-27T13:00:00Z', [card('c1', ' ')])]
    expect(pickWeeklySummary(meetings, 'c1', due, 'UTC')).toEqual({
      kind: 'not-distilled',
      meetingId: 'w48',
      heldOn: '2026-11-27',
    })
  })

  it('ignores unfinished, deleted and other meetings, and weeklies without the client’s card', () => {
    const meetings = [
      weekly('running', null, [card('c1', 'Not finished')]),
      weekly('deleted', '2026-11-27T13:00:00Z', [card('c1', 'Deleted')], {
        deletedAt: '2026-11-27T14:00:00Z',
      }),
      weekly('friday', '2026-11-27T13:00:00Z', [card('c1', 'Wrong kind')], { kind: 'client-friday' }),
      weekly('others', '2026-11-27T13:00:00Z', [card('c2', 'Other client')]),
    ]
    expect(pickWeeklySummary(meetings, 'c1', due, 'UTC')).toEqual({ kind: 'no-weekly' })
  })

  it('refuses a malformed due date', () => {
    expect(() => pickWeeklySummary([], 'c1', '27.11.2026', 'UTC')).toThrow(RangeError)
  })
})

describe('recipients', () => {
  const contact = (name: string, email: string, primary = false): Contact => ({
    id: name,
    name,
    role: '',
    email,
    phone: '',
    primary,
  })

  it('starts with the primary contacts that have an address', () => {
    const contacts = [
      contact('Olli', 'olli@acme.test'),
      contact('Anna', 'anna@acme.test', true),
      contact('Pia', '', true),
    ]
    expect(defaultRecipients(contacts)).toEqual(['anna@acme.test'])
  })

  it('falls back to everyone with an address when no primary contact has one', () => {
    const contacts = [
      contact('Pia', '', true),
      contact('Olli', 'olli@acme.test'),
      contact('Eva', 'eva@acme.test'),
    ]
    expect(defaultRecipients(contacts)).toEqual(['olli@acme.test', 'eva@acme.test'])
    expect(defaultRecipients([contact('Pia', '')])).toEqual([])
  })

  it('lists each contact address once, primary first', () => {
    const contacts = [
      contact('Olli', 'olli@acme.test'),
      contact('Anna', 'anna@acme.test', true),
      contact('Olli again', 'OLLI@acme.test'),
    ]
    expect(contactAddresses(contacts)).toEqual([
      { email: 'anna@acme.test', name: 'Anna' },
      { email: 'olli@acme.test', name: 'Olli' },
    ])
  })

  it('reads typed addresses, lists and `Name <address>`, and names what is not an address', () => {
    expect(parseRecipients(' anna@acme.test ')).toEqual({ valid: ['anna@acme.test'], invalid: [] })
    expect(parseRecipients('a@x.test, b@x.test;c@x.test')).toEqual({
      valid: ['a@x.test', 'b@x.test', 'c@x.test'],
      invalid: [],
    })
    expect(parseRecipients('Anna Nowak <anna@acme.pl>')).toEqual({ valid: ['anna@acme.pl'], invalid: [] })
    expect(parseRecipients('anna@acme, b@x.test')).toEqual({ valid: ['b@x.test'], invalid: ['anna@acme'] })
    expect(parseRecipients('   ')).toEqual({ valid: [], invalid: [] })
  })

  it('adds addresses once, whatever their case', () => {
    expect(addRecipients(['a@x.test'], ['A@x.test', 'b@x.test', 'b@x.test'])).toEqual([
      'a@x.test',
      'b@x.test',
    ])
  })
})

describe('copying and saving', () => {
  it('names a saved mail after the client and the subject, on one line', () => {
    expect(emlSuggestedName('Nowak sp. z o.o.', 'Dziękujemy za ten tydzień')).toBe(
      'Nowak sp. z o.o. – Dziękujemy za ten tydzień',
    )
    expect(emlSuggestedName(' Acme ', 'Plan\nfor   week 48 ')).toBe('Acme – Plan for week 48')
    expect(emlSuggestedName('Acme', '  ')).toBe('Acme')
    expect(emlSuggestedName('', '')).toBe('Mail')
    expect(emlSuggestedName('Acme', 'x'.repeat(300)).length).toBe(200)
  })

  it('copies the subject, a blank line and the body', () => {
    expect(clipboardText(' Plan ', 'Hi,\n\nbody')).toBe('Plan\n\nHi,\n\nbody')
  })

  it('saves an .eml with the sender and recipients, or without the headers it has no address for', () => {
    const base = { subject: 'Plan', body: 'Hi', date: '2026-11-27T12:00:00Z' }
    const full = draftEml({
      ...base,
      from: { name: 'Pekka', email: 'pekka@tiger.test' },
      to: ['a@x.test', 'b@x.test'],
    })
    expect(full.startsWith('From: Pekka <pekka@tiger.test>\r\nTo: a@x.test,\r\n b@x.test\r\n')).toBe(true)
    const bare = draftEml({ ...base, from: null, to: [] })
    expect(bare.startsWith('Subject: Plan\r\n')).toBe(true)
    expect(bare).not.toMatch(/^(From|To):/m)
    expect(bare.endsWith('\r\n\r\nHi\r\n')).toBe(true)
  })
})
