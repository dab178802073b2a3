/**
 * Mail drafts the PM has edited, per touchpoint, so nothing typed is lost when they leave the
 * editor, switch screens or restart the app. Kept in the persisted UI store (localStorage), not
 * in Dexie: a draft is a working copy that lives until the mail is sent, the log of a sent mail
 * is the meeting record, and the database's schema stays as it is. An untouched draft is never
 * stored — it follows the data (tasks, the weekly summary) until the PM edits it.
 */
import type { StateCreator } from 'zustand'

/** What the PM changed in a draft; a missing field still follows the generated draft. */
export type StoredMailDraft = {
  subject?: string
  body?: string
  to?: string[]
  /** The generated text the edits started from, to tell when the data changed since. */
  basis?: string
  /** When the draft was last changed (ISO instant). */
  updatedAt: string
}

/** Drafts untouched for this long are dropped, so old working copies do not pile up. */
const KEEP_DAYS = 60

/** The drafts slice. */
export type MailDraftsSlice = {
  mailDrafts: Record<string, StoredMailDraft>
  /** Stores changed fields of a touchpoint's draft. */
  saveMailDraft: (touchpointId: string, patch: Omit<StoredMailDraft, 'updatedAt'>) => void
  /** Forgets the edited subject and body (regenerate); recipients are kept. */
  resetMailDraftText: (touchpointId: string) => void
  /** Forgets the whole draft (after the mail was sent). */
  discardMailDraft: (touchpointId: string) => void
}

function withoutStale(drafts: Record<string, StoredMailDraft>, now: Date): Record<string, StoredMailDraft> {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString()
  return Object.fromEntries(Object.entries(drafts).filter(([, draft]) => draft.updatedAt >= cutoff))
}

/** Creates the drafts slice. */
export const createMailDraftsSlice: StateCreator<MailDraftsSlice, [], [], MailDraftsSlice> = (set) => ({
  mailDrafts: {},
  saveMailDraft: (touchpointId, patch) =>
    set((state) => {
      const now = new Date()
      const current = state.mailDrafts[touchpointId]
      return {
        mailDrafts: {
          ...withoutStale(state.mailDrafts, now),
          [touchpointId]: { ...current, ...patch, updatedAt: now.toISOString() },
        },
      }
    }),
  resetMailDraftText: (touchpointId) =>
    set((state) => {
      const current = state.mailDrafts[touchpointId]
      if (!current) return {}
      const { [touchpointId]: _dropped, ...others } = state.mailDrafts
      // Only edited recipients are left to keep; without them the draft follows the data again.
      if (current.to === undefined) return { mailDrafts: others }
      return {
        mailDrafts: { ...others, [touchpointId]: { to: current.to, updatedAt: new Date().toISOString() } },
      }
    }),
  discardMailDraft: (touchpointId) =>
    set((state) => {
      const { [touchpointId]: _dropped, ...rest } = state.mailDrafts
      return { mailDrafts: rest }
    }),
})
