/** UI state of Today: whose work it lists, remembered across restarts like the other work prefs. */
import type { StateCreator } from 'zustand'
import type { TodayScope } from '@shared/today'

/** The Today slice. */
export type TodaySlice = {
  todayScope: TodayScope
  /** Whether the rhythm lists the rest of the week, or only what is overdue and due today. */
  todayShowComing: boolean
  setTodayScope: (scope: TodayScope) => void
  setTodayShowComing: (show: boolean) => void
}

/**
 * Creates the Today slice. A fresh install lists everyone's work until the PM says who they are,
 * and the rest of the week folded: Today answers "what now", the week is one click away.
 */
export const createTodaySlice: StateCreator<TodaySlice, [], [], TodaySlice> = (set) => ({
  todayScope: 'everyone',
  todayShowComing: false,
  setTodayScope: (todayScope) => set({ todayScope }),
  setTodayShowComing: (todayShowComing) => set({ todayShowComing }),
})
