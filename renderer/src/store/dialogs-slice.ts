/** Which modal dialog is open; one at a time, so keyboard focus is never ambiguous. */
import type { StateCreator } from 'zustand'

/** An open dialog and what it edits. */
export type OpenDialog = { kind: 'client-form'; clientId: string | null } | null

/** The dialogs slice. */
export type DialogsSlice = {
  dialog: OpenDialog
  openClientForm: (clientId: string | null) => void
  closeDialog: () => void
}

/** Creates the dialogs slice. */
export const createDialogsSlice: StateCreator<DialogsSlice, [], [], DialogsSlice> = (set) => ({
  dialog: null,
  openClientForm: (clientId) => set({ dialog: { kind: 'client-form', clientId } }),
  closeDialog: () => set({ dialog: null }),
})
