/** UI state of Today: whose work it lists, remembered across restarts like the other work prefs. */
import type { StateCreator } from 'zustand'
import type { TodayScope } from '@shared/today'

/** The Today slice. */
export type TodaySlice = {
  todayScope: TodayScope
  setTodayScope: (scope: TodayScope) => void
}

/** Creates the Today slice; a fresh install lists everyone's work until the PM says who they are. */
export const createTodaySlice: StateCreator<TodaySlice, [], [], TodaySlice> = (set) => ({
  todayScope: 'everyone',
  setTodayScope: (todayScope) => set({ todayScope }),
})
