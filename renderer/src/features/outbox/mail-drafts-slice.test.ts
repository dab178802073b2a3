import { afterEach, describe, expect, it, vi } from 'vitest'
import { create } from 'zustand'
import { createMailDraftsSlice, type MailDraftsSlice } from './mail-drafts-slice'

const store = () => create<MailDraftsSlice>()(createMailDraftsSlice)

afterEach(() => {
  vi.useRealTimers()
})

describe('mail drafts', () => {
  it('keeps each edited field per touchpoint, merging later edits', () => {
    const drafts = store()
    drafts.getState().saveMailDraft('t1', { body: 'Hello', basis: 'generated' })
    drafts.getState().saveMailDraft('t1', { to: ['a@x.test'] })
    drafts.getState().saveMailDraft('t2', { subject: 'Other' })
    expect(drafts.getState().mailDrafts.t1).toMatchObject({
      body: 'Hello',
      basis: 'generated',
      to: ['a@x.test'],
    })
    expect(drafts.getState().mailDrafts.t1?.subject).toBeUndefined()
    expect(drafts.getState().mailDrafts.t2).toMatchObject({ subject: 'Other' })
  })

  it('regenerating forgets the text but keeps edited recipients, or the whole draft without them', () => {
    const drafts = store()
    drafts.getState().saveMailDraft('t1', { subject: 'S', body: 'B', basis: 'g', to: ['a@x.test'] })
    drafts.getState().saveMailDraft('t2', { subject: 'S', basis: 'g' })
    drafts.getState().resetMailDraftText('t1')
    drafts.getState().resetMailDraftText('t2')
    drafts.getState().resetMailDraftText('missing')
    const { t1, t2 } = drafts.getState().mailDrafts
    expect(t1).toEqual({ to: ['a@x.test'], updatedAt: expect.any(String) as string })
    expect(t2).toBeUndefined()
  })

  it('discards a sent mail’s draft and drops drafts untouched for sixty days', () => {
    vi.useFakeTimers({ now: new Date('2026-09-01T10:00:00Z') })
    const drafts = store()
    drafts.getState().saveMailDraft('old', { body: 'Forgotten' })
    drafts.getState().saveMailDraft('sent', { body: 'Sent' })
    drafts.getState().discardMailDraft('sent')
    expect(Object.keys(drafts.getState().mailDrafts)).toEqual(['old'])
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'))
    drafts.getState().saveMailDraft('new', { body: 'Fresh' })
    expect(Object.keys(drafts.getState().mailDrafts)).toEqual(['new'])
  })
})
