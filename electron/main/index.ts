/**
 * Cadence's main process: the only module (with the preload) that touches Electron. Everything
 * with a decision in it lives in plain modules beside this one and is unit-tested; this file
 * only wires them to Electron's objects and events.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron'
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createI18n, languageFromLocale } from '@shared/i18n'
import { CHANNELS, type EventChannel, type EventPayload } from '@shared/ipc'
import type { Language } from '@shared/schemas/primitives'
import { createBackupService, type BackupService } from '../backups/backup-service'
import { createQuitGuard } from '../backups/quit-guard'
import { writeFileAtomically } from '../files/atomic-write'
import { createTextFileSaver } from '../files/text-file-saver'
import { createHandlers } from '../ipc/handlers'
import { createIpcRouter, createTrustedSenderCheck } from '../ipc/router'
import { createAppReportExporter } from '../report-export/app-exporter'
import { createRenderPool, RENDER_WORKER_FILE } from '../report-export/render-pool'
import { readAppInfo } from './app-info'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { cspFor } from './csp'
import { createExternalOpener } from './external-links'
import { buildMenuTemplate } from './menu'
import { attachNavigationGuards } from './navigation-guards'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, createOriginCheck, originOf } from './origins'
import { applySessionSecurity } from './session-security'
import { mainWindowOptions } from './window-options'
import {
  captureWindowState,
  createWindowStateSaver,
  loadWindowState,
  restoreWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from './window-state'

const here = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(here, '../preload/index.cjs')
const rendererDir = join(here, '../renderer')

// A packaged app never follows ELECTRON_RENDERER_URL: an environment variable must not be able
// to point the trusted window (and its IPC) at another page.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const devOrigin = devServerUrl === undefined ? null : originOf(devServerUrl)
const isDev = devOrigin !== null
const appOrigin = devOrigin ?? APP_ORIGIN
const entryUrl = isDev && devServerUrl !== undefined ? devServerUrl : APP_ENTRY_URL
const csp = isDev ? cspFor('development', appOrigin) : cspFor('production')
const isAppUrl = createOriginCheck([appOrigin])

// Both must happen before `ready`: the profile folder decides the single-instance lock and the
// IndexedDB location, and schemes can only be made privileged before the first session exists.
const userDataOverride = process.env.CADENCE_USER_DATA_DIR
if (userDataOverride !== undefined && userDataOverride !== '')
  app.setPath('userData', resolve(userDataOverride))
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

let mainWindow: BrowserWindow | null = null
let language: Language = 'en'
let backups: BackupService | null = null
// Set by Cmd+Q / the app menu's Quit: a close held for the last backup cancels the quit, so it is
// repeated once the window is closed (on macOS closing the window alone would not quit).
let quitRequested = false
// PDFs render in worker threads started on the first export, so no render ever blocks a window.
const renderPool = createRenderPool({ workerFile: join(here, RENDER_WORKER_FILE) })

function send<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
  const contents = mainWindow?.webContents
  if (contents !== undefined && !contents.isDestroyed()) contents.send(event, payload)
}

function rebuildMenu(): void {
  const i18n = createI18n(language, 'menu')
  const template = buildMenuTemplate({
    platform: process.platform,
    t: (key, options) => (options === undefined ? i18n.t(key) : i18n.t(key, options)),
    send,
    appName: app.getName(),
    isDev,
    showAbout: () => app.showAboutPanel(),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

// The only call of shell.openExternal: the opener vets every URL against the scheme allow-list.
const openExternal = createExternalOpener((url) => shell.openExternal(url))

function createMainWindow(): void {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE)
  const restored = restoreWindowState(loadWindowState(stateFile), [
    screen.getPrimaryDisplay(),
    ...screen.getAllDisplays(),
  ])
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, bounds: restored.bounds }))
  const saver = createWindowStateSaver({ save: (state) => saveWindowState(stateFile, state) })
  const remember = (): void => {
    const state = captureWindowState(window)
    if (state !== null) saver.schedule(state)
  }
  window.on('resize', remember)
  window.on('move', remember)
  window.on('maximize', remember)
  window.on('unmaximize', remember)
  window.on('close', () => {
    remember()
    saver.flush()
  })
  // The last backup before the window goes: the renderer exports what changed since the last one.
  const quitGuard = createQuitGuard({
    requestBackup: () => window.webContents.send('backup:request', { reason: 'quit' }),
    waitForBackup: () => backups?.waitForQuitBackup() ?? Promise.resolve(),
  })
  window.on('close', (event) => {
    if (window.webContents.isDestroyed() || window.webContents.isCrashed()) return
    quitGuard.onClose(
      () => event.preventDefault(),
      () => {
        window.close()
        if (quitRequested) app.quit()
      },
    )
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  window.once('ready-to-show', () => {
    if (restored.isMaximized) window.maximize()
    window.show()
  })
  mainWindow = window
  window.loadURL(entryUrl).catch((error: unknown) => {
    console.error('Cadence could not load its window', error)
  })
}

function focusMainWindow(): void {
  if (mainWindow === null) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

async function showOpenDialog(options: Electron.OpenDialogOptions): Promise<string | null> {
  const result =
    mainWindow === null
      ? await dialog.showOpenDialog(options)
      : await dialog.showOpenDialog(mainWindow, options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function showSaveDialog(options: Electron.SaveDialogOptions): Promise<string | null> {
  const result =
    mainWindow === null
      ? await dialog.showSaveDialog(options)
      : await dialog.showSaveDialog(mainWindow, options)
  return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath
}

function showFolderDialog({ defaultPath }: { defaultPath: string }): Promise<string | null> {
  return showOpenDialog({ defaultPath, properties: ['openDirectory', 'createDirectory'] })
}

function createBackups(): BackupService {
  const userData = app.getPath('userData')
  return createBackupService({
    stateFile: join(userData, 'backup-state.json'),
    markerFile: join(userData, 'backup-marker.json'),
    // A profile chosen with CADENCE_USER_DATA_DIR (tests, a second profile) keeps its backups
    // beside it, so it never mixes its backups with the PM's real ones in Documents.
    defaultFolder:
      userDataOverride !== undefined && userDataOverride !== ''
        ? join(userData, 'Cadence Backups')
        : join(app.getPath('documents'), 'Cadence Backups'),
    appVersion: app.getVersion(),
    now: () => new Date(),
  })
}

function registerIpc(service: BackupService): void {
  const router = createIpcRouter({
    handlers: createHandlers({
      appInfo: () => readAppInfo(app, process.platform),
      setLanguage: (next) => {
        language = next
        rebuildMenu()
      },
      openExternal,
      openMailto: openExternal,
      saveTextFile: createTextFileSaver({
        documentsFolder: () => app.getPath('documents'),
        showSaveDialog,
        write: writeFileAtomically,
      }),
      backups: {
        service,
        chooseFolder: (current) =>
          showOpenDialog({ defaultPath: current, properties: ['openDirectory', 'createDirectory'] }),
        chooseBackupFile: (folder) =>
          showOpenDialog({
            defaultPath: folder,
            properties: ['openFile'],
            filters: [{ name: 'Cadence backup', extensions: ['gz', 'json'] }],
          }),
        saveExport: async (fileName, text) => {
          const chosen = await showSaveDialog({
            defaultPath: join(app.getPath('documents'), fileName),
            filters: [{ name: 'Cadence export', extensions: ['json'] }],
          })
          if (chosen === null) return null
          const path = chosen.toLowerCase().endsWith('.json') ? chosen : `${chosen}.json`
          await writeFileAtomically(path, text)
          return path
        },
        openFolder: async (folder) => {
          await mkdir(folder, { recursive: true })
          const failure = await shell.openPath(folder)
          if (failure !== '') throw new Error(failure)
        },
        now: () => new Date(),
      },
      reports: createAppReportExporter({
        pool: renderPool,
        profileFolder: app.getPath('userData'),
        documentsFolder: () => app.getPath('documents'),
        showSaveDialog,
        showFolderDialog,
        openPath: (path) => shell.openPath(path),
        showItemInFolder: (path) => shell.showItemInFolder(path),
        emitProgress: (progress) => send('report:batch-progress', progress),
      }),
    }),
    isTrustedSender: createTrustedSenderCheck([appOrigin]),
  })
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(channel, { url: event.senderFrame?.url ?? '' }, payload),
    )
  }
}

async function start(): Promise<void> {
  await app.whenReady()
  language = languageFromLocale(app.getLocale())
  applySessionSecurity(session.defaultSession, { csp, isAppUrl })
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, csp }))
  backups = createBackups()
  registerIpc(backups)
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() })
  rebuildMenu()
  createMainWindow()
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB and fight over it; the first one wins.
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('web-contents-created', (_event, contents) =>
    attachNavigationGuards(contents, { isAppUrl, openExternal }),
  )
  app.on('before-quit', () => {
    quitRequested = true
  })
  app.on('will-quit', () => {
    void renderPool.close()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
  start().catch((error: unknown) => {
    console.error('Cadence failed to start', error)
    app.exit(1)
  })
}
