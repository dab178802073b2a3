/**
 * The main window's construction options. Policy: the renderer is an untrusted web page as far as
 * the operating system is concerned — isolated, sandboxed, without Node — and it talks to main
 * only through the preload's narrow `window.cadence` API. Tests pin every flag here, so weakening
 * one is a deliberate, reviewed change.
 */
import type { BrowserWindowConstructorOptions } from 'electron'

/** Smallest usable size: the sidebar plus a two-column screen. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const
/** Painted before the first frame, matching the renderer's light background to avoid a flash. */
export const WINDOW_BACKGROUND_COLOR = '#ffffff'

/** Where and how large the window opens; x/y absent means "let the OS centre it". */
export type WindowBounds = { x?: number; y?: number; width: number; height: number }

/** The options `new BrowserWindow(...)` receives for the main window. */
export function mainWindowOptions({
  preloadPath,
  bounds,
}: {
  preloadPath: string
  bounds: WindowBounds
}): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Cadence',
    backgroundColor: WINDOW_BACKGROUND_COLOR,
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // A middle click would otherwise ask for a new window; the open handler refuses it anyway,
      // but the event should never fire (Electron security checklist, Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
    },
  }
}
