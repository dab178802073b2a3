/** The client list's filters: what the PM searched for and which clients they show. */
import type { StateCreator } from 'zustand'

/** Which clients the list shows. */
export type ClientFilter = 'all' | 'active' | 'light' | 'archived'

/** The client-list slice. */
export type ClientsSlice = {
  clientSearch: string
  clientFilter: ClientFilter
  setClientSearch: (search: string) => void
  setClientFilter: (filter: ClientFilter) => void
}

/** Creates the client-list slice. */
export const createClientsSlice: StateCreator<ClientsSlice, [], [], ClientsSlice> = (set) => ({
  clientSearch: '',
  clientFilter: 'all',
  setClientSearch: (clientSearch) => set({ clientSearch }),
  setClientFilter: (clientFilter) => set({ clientFilter }),
})
