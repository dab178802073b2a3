/**
 * The one Zustand store, combined from slices. It holds UI and session state only; persisted
 * data comes from Dexie live queries, so there is never a second copy of a record to go stale.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { languageFromLocale } from '@shared/i18n'
import { safeStorage } from '../lib/safe-local-storage'
import { createUiSlice, type UiSlice } from './ui-slice'
import { createClientsSlice, type ClientsSlice } from './clients-slice'
import { createDialogsSlice, type DialogsSlice } from './dialogs-slice'
import { createWorkSlice, type WorkSlice } from '../features/tasks/work-slice'
import { createMailDraftsSlice, type MailDraftsSlice } from '../features/outbox/mail-drafts-slice'
import { createTodaySlice, type TodaySlice } from '../features/rhythm/today-slice'

/** The whole UI state. */
export type AppState = UiSlice & ClientsSlice & DialogsSlice & WorkSlice & MailDraftsSlice & TodaySlice

/**
 * The store hook. Preferences and edited mail drafts survive a restart; filters and dialogs are
 * per session.
 */
export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createUiSlice(languageFromLocale(navigator.language))(...args),
      ...createClientsSlice(...args),
      ...createDialogsSlice(...args),
      ...createWorkSlice(...args),
      ...createMailDraftsSlice(...args),
      ...createTodaySlice(...args),
    }),
    {
      name: 'cadence.ui',
      version: 1,
      // A full disk reports itself instead of throwing while the PM types a mail.
      storage: createJSONStorage(() => safeStorage(() => localStorage)),
      partialize: (state) => ({
        theme: state.theme,
        language: state.language,
        weekMemberId: state.weekMemberId,
        taskSort: state.taskSort,
        mailDrafts: state.mailDrafts,
        todayScope: state.todayScope,
        todayShowComing: state.todayShowComing,
      }),
    },
  ),
)
