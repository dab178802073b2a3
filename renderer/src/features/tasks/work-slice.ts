/**
 * UI state of the work features: whose week the Tasks screen shows and how task lists are
 * ordered (both remembered across restarts), and whether the quick-log dialog is open.
 */
import type { StateCreator } from 'zustand'

/** How a task list is ordered. */
export type TaskSort = 'priority' | 'deadline' | 'sequence'

/** The work slice. */
export type WorkSlice = {
  weekMemberId: string | null
  taskSort: TaskSort
  quickLogOpen: boolean
  setWeekMemberId: (memberId: string | null) => void
  setTaskSort: (sort: TaskSort) => void
  setQuickLogOpen: (open: boolean) => void
}

/** Creates the work slice. */
export const createWorkSlice: StateCreator<WorkSlice, [], [], WorkSlice> = (set) => ({
  weekMemberId: null,
  taskSort: 'priority',
  quickLogOpen: false,
  setWeekMemberId: (weekMemberId) => set({ weekMemberId }),
  setTaskSort: (taskSort) => set({ taskSort }),
  setQuickLogOpen: (quickLogOpen) => set({ quickLogOpen }),
})
