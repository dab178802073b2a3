/** The preload's API. The renderer has no Node and no ipcRenderer: this object is all it gets. */
import type { CadenceApi } from '@shared/ipc'

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    cadence: CadenceApi
  }
}

/** The typed bridge to the main process. */
export const cadence: CadenceApi = window.cadence
