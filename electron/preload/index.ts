/**
 * The preload: runs sandboxed and context-isolated before the page, and exposes exactly one
 * object, `window.cadence`, built by `createPreloadApi`. Bundled into a single CommonJS file
 * because a sandboxed preload can neither load ES modules nor require other files.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createPreloadApi } from './bridge'

contextBridge.exposeInMainWorld('cadence', createPreloadApi(ipcRenderer))
