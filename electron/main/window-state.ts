/**
 * Remembers where the main window was. The saved file is untrusted input (it may be corrupt,
 * hand-edited, or written on a machine whose second monitor is gone), so it is validated and the
 * window is only placed where the user can actually see and grab it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { MIN_WINDOW_SIZE, type WindowBounds } from './window-options'

/** File name of the saved state inside the user-data folder. */
export const WINDOW_STATE_FILE = 'window-state.json'
/** Size of a window opened for the first time (or when the saved place is unusable). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const
/** How much of the window must overlap a display's work area to count as reachable. */
export const MIN_VISIBLE = { width: 160, height: 80 } as const
/** Quiet period before a moved or resized window's state is written. */
export const SAVE_DELAY_MS = 500

const coordinate = z.number().int().min(-100_000).max(100_000)
const length = z.number().int().positive().max(100_000)

/** A screen rectangle in device-independent pixels. */
export type Rectangle = { x: number; y: number; width: number; height: number }

/** The persisted shape: normal (un-maximised) bounds and whether the window was maximised. */
export const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  isMaximized: z.boolean(),
})
export type WindowState = z.infer<typeof windowStateSchema>

/** What the window is created with. */
export type RestoredWindowState = { bounds: WindowBounds; isMaximized: boolean }

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

function centredDefault(displays: readonly { workArea: Rectangle }[]): WindowBounds {
  const area = displays[0]?.workArea
  if (area === undefined) return { ...DEFAULT_WINDOW_SIZE }
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width)
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height)
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  }
}

/**
 * Turns a saved state (anything) into safe window bounds. `displays` lists the connected
 * displays, primary first. A valid state that overlaps a display enough is kept, shrunk to that
 * display and moved fully inside it; anything else opens centred on the primary display.
 */
export function restoreWindowState(
  saved: unknown,
  displays: readonly { workArea: Rectangle }[],
): RestoredWindowState {
  const parsed = windowStateSchema.safeParse(saved)
  if (!parsed.success) return { bounds: centredDefault(displays), isMaximized: false }
  const { bounds, isMaximized } = parsed.data
  const home = displays.find(({ workArea }) => {
    const seen = overlap(bounds, workArea)
    return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height
  })
  if (home === undefined) return { bounds: centredDefault(displays), isMaximized }
  const area = home.workArea
  const width = clamp(bounds.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width)
  const height = clamp(bounds.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height)
  return {
    bounds: {
      x: clamp(bounds.x, area.x, area.x + area.width - width),
      y: clamp(bounds.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    isMaximized,
  }
}

/** Reads the saved state file; a missing or unreadable file is simply `undefined`. */
export function loadWindowState(filePath: string): unknown {
  try {
    return JSON.parse(readFileSync(filePath, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

/**
 * Writes the state through a temporary file and a rename, so a crash mid-write leaves the old
 * file rather than half a JSON document. Synchronous because it also runs while the window
 * closes, when a pending promise might never settle. Failure is swallowed: losing the window's
 * position is not worth an error dialog.
 */
export function saveWindowState(filePath: string, state: WindowState): void {
  const temporary = `${filePath}.tmp`
  try {
    writeFileSync(temporary, JSON.stringify(state), 'utf8')
    renameSync(temporary, filePath)
  } catch {
    // See above: best effort only.
  }
}

/** Timer functions, injectable so tests control time. */
export type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** A debounced writer: `schedule` on every move/resize, `flush` when the window closes. */
export type WindowStateSaver = {
  schedule(state: WindowState): void
  flush(): void
}

/** Creates a saver that writes the latest scheduled state once things have been quiet for `delayMs`. */
export function createWindowStateSaver({
  save,
  delayMs = SAVE_DELAY_MS,
  timers = realTimers,
}: {
  save: (state: WindowState) => void
  delayMs?: number
  timers?: Timers
}): WindowStateSaver {
  let pending: WindowState | undefined
  let handle: unknown
  const flush = (): void => {
    if (handle !== undefined) timers.clearTimeout(handle)
    handle = undefined
    if (pending === undefined) return
    const state = pending
    pending = undefined
    save(state)
  }
  return {
    schedule(state) {
      pending = state
      if (handle !== undefined) timers.clearTimeout(handle)
      handle = timers.setTimeout(flush, delayMs)
    },
    flush,
  }
}

/** The slice of `BrowserWindow` the state is read from. */
export type StatefulWindow = {
  getNormalBounds(): Rectangle
  isMaximized(): boolean
  isMinimized(): boolean
  isFullScreen(): boolean
}

/**
 * The state worth saving now, or null while minimised or full screen (their bounds are not a
 * place to reopen at). Normal bounds are saved even when maximised, so un-maximising after a
 * restart returns to the user's own size. Rounded because scaled displays report fractions.
 */
export function captureWindowState(window: StatefulWindow): WindowState | null {
  if (window.isMinimized() || window.isFullScreen()) return null
  const { x, y, width, height } = window.getNormalBounds()
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    isMaximized: window.isMaximized(),
  }
}
