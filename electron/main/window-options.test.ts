import { describe, expect, it } from 'vitest'
import { mainWindowOptions, MIN_WINDOW_SIZE } from './window-options'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { x: 10, y: 20, width: 1200, height: 800 },
  })

  it('isolates and sandboxes the renderer, with every web preference pinned', () => {
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    })
  })

  it('stays hidden until ready-to-show and paints a background first', () => {
    expect(options.show).toBe(false)
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('opens at the given bounds with a usable minimum size', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 })
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width)
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height)
    expect(MIN_WINDOW_SIZE.width).toBeGreaterThanOrEqual(800)
    expect(MIN_WINDOW_SIZE.height).toBeGreaterThanOrEqual(500)
  })

  it('lets the OS place the window when no position is given', () => {
    const centred = mainWindowOptions({ preloadPath: '/p.cjs', bounds: { width: 1000, height: 700 } })
    expect('x' in centred).toBe(false)
    expect('y' in centred).toBe(false)
  })
})
