/**
 * Wiring test for the main entry: Electron is replaced by a recording fake, so this proves that
 * main really installs the guards, the protocol, the IPC router and the menu that the other
 * tests examine in isolation — and in the right order relative to `ready`.
 */
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/ipc'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    lock: true,
    windows: [] as FakeWindowShape[],
    menus: [] as unknown[],
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => unknown>(),
    protocolHandlers: new Map<string, unknown>(),
    privileged: [] as unknown[],
    permissionRequest: undefined as unknown,
    headersListener: undefined as unknown,
    resolveReady: () => undefined as void,
    app: undefined as unknown as EventEmitterLike,
  }
  type EventEmitterLike = {
    emit(event: string, ...args: unknown[]): boolean
    removeAllListeners(): unknown
    isPackaged: boolean
  }
  type FakeWindowShape = {
    options: Record<string, unknown>
    loaded: string[]
    focused: number
    webContents: unknown
  }
  return state
})

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  const ready = new Promise<void>((resolve) => {
    fake.resolveReady = resolve
  })
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setPath: (name: string, path: string) => fake.calls.push(`setPath:${name}:${path}`),
    getPath: (name: string) => `/profile/${name}`,
    requestSingleInstanceLock: () => {
      fake.calls.push('requestSingleInstanceLock')
      return fake.lock
    },
    quit: () => fake.calls.push('quit'),
    exit: () => fake.calls.push('exit'),
    whenReady: () => ready,
    isReady: () => true,
    getLocale: () => 'fi-FI',
    getName: () => 'Cadence',
    getVersion: () => '0.1.0',
    setAboutPanelOptions: () => undefined,
    showAboutPanel: () => fake.calls.push('showAboutPanel'),
  })
  fake.app = app
  class BrowserWindow extends Emitter {
    static getAllWindows = () => fake.windows
    options: Record<string, unknown>
    loaded: string[] = []
    focused = 0
    webContents = Object.assign(new Emitter(), {
      sent: [] as unknown[],
      send: (...args: unknown[]) => this.webContents.sent.push(args),
      isDestroyed: () => false,
    })
    constructor(options: Record<string, unknown>) {
      super()
      this.options = options
      fake.windows.push(this)
      fake.calls.push('new BrowserWindow')
    }
    loadURL(url: string) {
      this.loaded.push(url)
      return Promise.resolve()
    }
    isMinimized = () => false
    isMaximized = () => false
    isFullScreen = () => false
    isDestroyed = () => false
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 })
    restore = () => undefined
    show = () => undefined
    maximize = () => undefined
    focus = () => {
      this.focused += 1
    }
  }
  return {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) =>
        fake.ipcHandlers.set(channel, handler),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        fake.calls.push('registerSchemesAsPrivileged')
        fake.privileged.push(...schemes)
      },
      handle: (scheme: string, handler: unknown) => fake.protocolHandlers.set(scheme, handler),
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: unknown) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: (listener: unknown) => (fake.headersListener = listener) },
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  }
})

type FakeWindow = {
  options: { webPreferences: Record<string, unknown>; show: boolean }
  loaded: string[]
  focused: number
  webContents: { sent: unknown[][] }
}

async function startMain(): Promise<void> {
  vi.resetModules()
  await import('./index')
  fake.resolveReady()
  // Let `start()` run past `await app.whenReady()`.
  await new Promise((resolve) => setTimeout(resolve, 0))
}

function windowAt(index: number): FakeWindow {
  const window = fake.windows[index] as unknown as FakeWindow | undefined
  if (window === undefined) throw new Error(`no window ${index}`)
  return window
}

describe('main entry wiring', () => {
  beforeEach(() => {
    fake.calls.length = 0
    fake.windows.length = 0
    fake.menus.length = 0
    fake.privileged.length = 0
    fake.ipcHandlers.clear()
    fake.protocolHandlers.clear()
    fake.lock = true
    // The mocked module outlives vi.resetModules; drop the previous import's app listeners.
    if (fake.app !== undefined) {
      fake.app.removeAllListeners()
      fake.app.isPackaged = false
    }
    vi.stubEnv('CADENCE_USER_DATA_DIR', '/tmp/cadence-e2e-profile')
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  })

  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('sets the profile folder and registers the app scheme before taking the lock or creating windows', async () => {
    await startMain()
    expect(fake.calls.slice(0, 3)).toEqual([
      'setPath:userData:/tmp/cadence-e2e-profile',
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
    ])
    expect(fake.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ])
  })

  it('serves app:// and loads the packaged entry in a sandboxed, hidden window', async () => {
    await startMain()
    expect(fake.protocolHandlers.has('app')).toBe(true)
    const window = windowAt(0)
    expect(window.loaded).toEqual(['app://cadence/index.html'])
    expect(window.options.show).toBe(false)
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[/\\]index\.cjs$/)
  })

  it('routes every contract channel through the router with the sender frame URL', async () => {
    await startMain()
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort())
    const invoke = (channel: string, url: string | undefined, payload: unknown) =>
      fake.ipcHandlers.get(channel)?.(
        url === undefined ? { senderFrame: null } : { senderFrame: { url } },
        payload,
      )
    expect(await invoke('app:get-info', 'app://cadence/index.html', undefined)).toMatchObject({
      ok: true,
      data: { name: 'Cadence', dataFolder: '/profile/userData', locale: 'fi-FI' },
    })
    expect(await invoke('app:get-info', 'https://evil.example/', undefined)).toMatchObject({
      error: { code: 'forbidden-sender' },
    })
    expect(await invoke('app:get-info', undefined, undefined)).toMatchObject({
      error: { code: 'forbidden-sender' },
    })
  })

  it('builds the menu in the system language and rebuilds it on app:set-language', async () => {
    await startMain()
    const labels = () => (fake.menus.at(-1) as { label: string }[]).map((item) => item.label)
    expect(labels()).toContain('Tiedosto')
    await fake.ipcHandlers.get('app:set-language')?.(
      { senderFrame: { url: 'app://cadence/index.html' } },
      { language: 'pl' },
    )
    expect(labels()).toContain('Plik')
  })

  it('sends menu events to the main window', async () => {
    await startMain()
    const menu = fake.menus.at(-1) as { submenu?: { id?: string; click?: () => void }[] }[]
    const newClient = menu.flatMap((item) => item.submenu ?? []).find((item) => item.id === 'new-client')
    newClient?.click?.()
    expect(windowAt(0).webContents.sent).toEqual([['menu:new-client', undefined]])
  })

  it('guards every web contents that gets created', async () => {
    await startMain()
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    fake.app.emit('web-contents-created', {}, contents)
    let prevented = false
    contents.emit('will-navigate', { url: 'https://evil.example/', preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce()
  })

  it('locks down the session', async () => {
    await startMain()
    let granted: boolean | undefined
    ;(fake.permissionRequest as Listener)(null, 'media', (answer: boolean) => (granted = answer), {
      requestingUrl: 'app://cadence/index.html',
    })
    expect(granted).toBe(false)
    expect(fake.headersListener).toBeTypeOf('function')
  })

  it('focuses the existing window when a second instance starts', async () => {
    await startMain()
    fake.app.emit('second-instance', {}, [], '/')
    expect(windowAt(0).focused).toBe(1)
  })

  it('in development loads the dev server and trusts only its origin', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    await startMain()
    expect(windowAt(0).loaded).toEqual(['http://localhost:5173'])
    const invoke = (url: string) =>
      fake.ipcHandlers.get('app:get-info')?.({ senderFrame: { url } }, undefined)
    expect(await invoke('http://localhost:5173/')).toMatchObject({ ok: true })
    expect(await invoke('app://cadence/index.html')).toMatchObject({ error: { code: 'forbidden-sender' } })
  })

  it('never follows ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example')
    await import('electron') // instantiates the fake, so it can be marked packaged before main loads
    fake.app.isPackaged = true
    await startMain()
    expect(windowAt(0).loaded).toEqual(['app://cadence/index.html'])
  })

  it('quits at once when another instance holds the lock', async () => {
    fake.lock = false
    await startMain()
    expect(fake.calls).toContain('quit')
    expect(fake.windows).toEqual([])
    expect(fake.ipcHandlers.size).toBe(0)
  })
})
