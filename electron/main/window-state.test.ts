import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  captureWindowState,
  createWindowStateSaver,
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  restoreWindowState,
  saveWindowState,
  type WindowState,
} from './window-state'

const PRIMARY = { workArea: { x: 0, y: 25, width: 1920, height: 1055 } }
// A second monitor to the left of the primary one.
const LEFT = { workArea: { x: -1440, y: 0, width: 1440, height: 900 } }
const CENTRED = {
  x: Math.round((1920 - DEFAULT_WINDOW_SIZE.width) / 2),
  y: 25 + Math.round((1055 - DEFAULT_WINDOW_SIZE.height) / 2),
  ...DEFAULT_WINDOW_SIZE,
}

const saved = (x: number, y: number, width: number, height: number, isMaximized = false): WindowState => ({
  bounds: { x, y, width, height },
  isMaximized,
})

describe('restoreWindowState', () => {
  it('opens centred on the primary display the first time', () => {
    expect(restoreWindowState(undefined, [PRIMARY, LEFT])).toEqual({ bounds: CENTRED, isMaximized: false })
  })

  it('ignores a corrupt or hand-edited file', () => {
    for (const value of [
      null,
      'garbage',
      { bounds: { x: 0, y: 0, width: 'wide', height: 600 }, isMaximized: false },
      { bounds: { x: 0, y: 0, width: -5, height: 600 }, isMaximized: false },
      { bounds: { x: 0.5, y: 0, width: 1000, height: 600 }, isMaximized: false },
      { bounds: { x: 0, y: 0, width: 1e9, height: 600 }, isMaximized: false },
      { bounds: { x: 0, y: 0, width: 1000, height: 600 } },
    ]) {
      expect(restoreWindowState(value, [PRIMARY]), JSON.stringify(value)).toEqual({
        bounds: CENTRED,
        isMaximized: false,
      })
    }
  })

  it('restores a window that is on screen exactly where it was', () => {
    expect(restoreWindowState(saved(100, 125, 1200, 800, true), [PRIMARY])).toEqual({
      bounds: { x: 100, y: 125, width: 1200, height: 800 },
      isMaximized: true,
    })
  })

  it('restores a window on a secondary display', () => {
    expect(restoreWindowState(saved(-1300, 50, 1100, 700), [PRIMARY, LEFT]).bounds).toEqual({
      x: -1300,
      y: 50,
      width: 1100,
      height: 700,
    })
  })

  it('recentres a window whose display is gone, keeping maximised', () => {
    expect(restoreWindowState(saved(-1300, 50, 1100, 700, true), [PRIMARY])).toEqual({
      bounds: CENTRED,
      isMaximized: true,
    })
  })

  it('recentres a window of which only a sliver would show', () => {
    expect(restoreWindowState(saved(1900, 100, 1000, 700), [PRIMARY]).bounds).toEqual(CENTRED)
    expect(restoreWindowState(saved(100, 1060, 1000, 700), [PRIMARY]).bounds).toEqual(CENTRED)
  })

  it('pulls a partly off-screen window fully onto its display', () => {
    expect(restoreWindowState(saved(1500, -200, 1000, 700), [PRIMARY]).bounds).toEqual({
      x: 920,
      y: 25,
      width: 1000,
      height: 700,
    })
  })

  it('shrinks a window larger than its display, and grows one below the minimum size', () => {
    expect(restoreWindowState(saved(0, 0, 3000, 2000), [LEFT, PRIMARY]).bounds).toEqual({
      x: 0,
      y: 25,
      width: 1920,
      height: 1055,
    })
    expect(restoreWindowState(saved(100, 100, 300, 200), [PRIMARY]).bounds).toMatchObject({
      width: 960,
      height: 600,
    })
  })

  it('falls back to a size only when no display is known', () => {
    expect(restoreWindowState(undefined, [])).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      isMaximized: false,
    })
  })
})

describe('createWindowStateSaver', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('writes once, the latest state, after things have been quiet', () => {
    vi.useFakeTimers()
    const save = vi.fn()
    const saver = createWindowStateSaver({ save, delayMs: 500 })
    saver.schedule(saved(1, 1, 1000, 700))
    vi.advanceTimersByTime(400)
    saver.schedule(saved(2, 2, 1000, 700))
    vi.advanceTimersByTime(400)
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    expect(save).toHaveBeenCalledExactlyOnceWith(saved(2, 2, 1000, 700))
  })

  it('writes immediately on flush and not again when the timer would have fired', () => {
    vi.useFakeTimers()
    const save = vi.fn()
    const saver = createWindowStateSaver({ save, delayMs: 500 })
    saver.schedule(saved(3, 3, 1000, 700))
    saver.flush()
    expect(save).toHaveBeenCalledExactlyOnceWith(saved(3, 3, 1000, 700))
    vi.advanceTimersByTime(1000)
    saver.flush()
    expect(save).toHaveBeenCalledOnce()
  })
})

describe('the window-state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadence-window-state-'))
  afterEach(() => rmSync(join(dir, 'window-state.json'), { force: true }))

  it('round-trips through save and load', () => {
    const file = join(dir, 'window-state.json')
    saveWindowState(file, saved(10, 20, 1100, 700, true))
    expect(loadWindowState(file)).toEqual(saved(10, 20, 1100, 700, true))
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved(10, 20, 1100, 700, true))
  })

  it('loads a missing or corrupt file as undefined, which restores the default', () => {
    const file = join(dir, 'window-state.json')
    expect(loadWindowState(file)).toBeUndefined()
    writeFileSync(file, '{"bounds": {"x": 1,')
    expect(loadWindowState(file)).toBeUndefined()
    expect(restoreWindowState(loadWindowState(file), [PRIMARY]).bounds).toEqual(CENTRED)
  })

  it('does not throw when the folder is not writable', () => {
    expect(() =>
      saveWindowState(join(dir, 'missing-folder', 'window-state.json'), saved(0, 0, 1000, 700)),
    ).not.toThrow()
  })
})

describe('captureWindowState', () => {
  const window = (
    overrides: Partial<Record<'isMaximized' | 'isMinimized' | 'isFullScreen', boolean>> = {},
  ) => ({
    getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1199.5, height: 800 }),
    isMaximized: () => overrides.isMaximized ?? false,
    isMinimized: () => overrides.isMinimized ?? false,
    isFullScreen: () => overrides.isFullScreen ?? false,
  })

  it('saves the normal bounds, rounded, and whether the window is maximised', () => {
    expect(captureWindowState(window({ isMaximized: true }))).toEqual(saved(10, 21, 1200, 800, true))
  })

  it('saves nothing while minimised or full screen', () => {
    expect(captureWindowState(window({ isMinimized: true }))).toBeNull()
    expect(captureWindowState(window({ isFullScreen: true }))).toBeNull()
  })
})
