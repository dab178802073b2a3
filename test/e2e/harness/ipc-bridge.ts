/**
 * Bridges the real main-process IPC router into Chromium in place of the preload: the page
 * gets the same `window.cadence` shape (built from the same contract), and every call goes
 * through the same sender check, zod parsing and handlers as in Electron.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { METHOD_CHANNELS, type CadenceApi, type EventChannel, type TextFileKind } from '@shared/ipc'
import type { Language } from '@shared/schemas'
import { createBackupService } from '../../../electron/backups/backup-service'
import { createHandlers } from '../../../electron/ipc/handlers'
import { createIpcRouter, createTrustedSenderCheck } from '../../../electron/ipc/router'
import { createAppReportExporter } from '../../../electron/report-export/app-exporter'
import { createRenderPool, RENDER_WORKER_FILE } from '../../../electron/report-export/render-pool'
import { HARNESS_ORIGIN } from './renderer-server'

/** What the bridged main process was asked to do, for assertions. */
export type MainEffects = {
  openedUrls: string[]
  languages: Language[]
  /** `mailto:` URLs handed to the system mail client. */
  mailtos: string[]
  /** Files saved through the (auto-accepted) save dialog, with the name main chose. */
  savedFiles: { kind: TextFileKind; fileName: string; content: string }[]
  /** Paths main's open dialog answers for backup files, one per dialog (empty: cancelled). */
  backupFileAnswers: string[]
  /** Folders main's folder dialog answers, one per dialog (empty: cancelled). */
  folderAnswers: string[]
  /** Folders shown in the file manager. */
  openedFolders: string[]
  /** "Export all data" files saved (accepted in the data folder). */
  exports: { fileName: string; path: string }[]
  /** Files main opened in their default app (exported reports, the reports folder). */
  openedFiles: string[]
  /** Files main showed in the file manager. */
  revealedFiles: string[]
}

const ROOT = join(import.meta.dirname, '../../..')
/** The render worker as `electron-vite build` wrote it (e2e runs after a build). */
export const BUILT_RENDER_WORKER = join(ROOT, 'out/main', RENDER_WORKER_FILE)

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    cadence: CadenceApi
    __cadenceInvoke: (channel: string, payload: unknown) => Promise<unknown>
    __cadenceEmit: (event: string, payload: unknown) => void
  }
}

/** Installs the bridge on a context; returns the record of main-side effects. */
export async function bridgeMainProcess(context: BrowserContext, dataFolder: string): Promise<MainEffects> {
  const effects: MainEffects = {
    openedUrls: [],
    languages: [],
    mailtos: [],
    savedFiles: [],
    backupFileAnswers: [],
    folderAnswers: [],
    openedFolders: [],
    exports: [],
    openedFiles: [],
    revealedFiles: [],
  }
  // The real worker pool renders the PDFs (fonts from out/main/fonts, as in the app); the profile
  // folder stands in for the user's Documents.
  const pool = createRenderPool({ workerFile: BUILT_RENDER_WORKER, size: 1 })
  context.on('close', () => void pool.close())
  const router = createIpcRouter({
    isTrustedSender: createTrustedSenderCheck([HARNESS_ORIGIN]),
    handlers: createHandlers({
      appInfo: () => ({
        name: 'Cadence',
        version: '0.0.0-e2e',
        platform: process.platform,
        locale: 'en-GB',
        dataFolder,
      }),
      setLanguage: (language) => void effects.languages.push(language),
      openExternal: (url) => void effects.openedUrls.push(url),
      openMailto: (url) => void effects.mailtos.push(url),
      // The harness has no dialog: it accepts the suggested name in the data folder.
      saveTextFile: (file) => {
        effects.savedFiles.push(file)
        return Promise.resolve(`${dataFolder}/${file.fileName}`)
      },
      // Backups go to the test profile's own folder; dialogs answer from the queues above.
      backups: {
        service: createBackupService({
          stateFile: join(dataFolder, 'backup-state.json'),
          markerFile: join(dataFolder, 'backup-marker.json'),
          defaultFolder: join(dataFolder, 'Cadence Backups'),
          appVersion: '0.0.0-e2e',
          now: () => new Date(),
        }),
        chooseFolder: () => Promise.resolve(effects.folderAnswers.shift() ?? null),
        chooseBackupFile: () => Promise.resolve(effects.backupFileAnswers.shift() ?? null),
        saveExport: async (fileName, text) => {
          const path = join(dataFolder, fileName)
          await writeFile(path, text)
          effects.exports.push({ fileName, path })
          return path
        },
        openFolder: (folder) => {
          effects.openedFolders.push(folder)
          return Promise.resolve()
        },
        now: () => new Date(),
      },
      reports: createAppReportExporter({
        pool,
        profileFolder: dataFolder,
        documentsFolder: () => join(dataFolder, 'Documents'),
        // The harness's dialogs accept what they are offered.
        showSaveDialog: ({ defaultPath }) => Promise.resolve(defaultPath),
        showFolderDialog: () => Promise.resolve(join(dataFolder, 'Shared reports')),
        openPath: (path) => {
          effects.openedFiles.push(path)
          return Promise.resolve('')
        },
        showItemInFolder: (path) => void effects.revealedFiles.push(path),
        emitProgress: (progress) => {
          for (const page of context.pages())
            void emitToPage(page, 'report:batch-progress', progress).catch(() => undefined)
        },
      }),
    }),
  })
  await context.exposeBinding('__cadenceInvoke', (source, channel: unknown, payload: unknown) =>
    router.dispatch(channel, { url: source.frame.url() }, payload),
  )
  await context.addInitScript((methodChannels: Record<string, string>) => {
    // Mirrors electron/preload: one method per channel, `on` returns an unsubscribe.
    const listeners = new Map<string, Set<(payload: unknown) => void>>()
    const api: Record<string, unknown> = {}
    for (const [method, channel] of Object.entries(methodChannels)) {
      api[method] = (request?: unknown) => window.__cadenceInvoke(channel, request)
    }
    api.on = (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    }
    Object.defineProperty(window, 'cadence', { value: Object.freeze(api), writable: false })
    window.__cadenceEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload))
  }, METHOD_CHANNELS)
  return effects
}

/** Pushes a main→renderer event into the page, as `webContents.send` would. */
export async function emitToPage(page: Page, event: EventChannel, payload?: unknown): Promise<void> {
  await page.evaluate(([name, data]) => window.__cadenceEmit(name, data), [event, payload] as const)
}
