import { describe, expect, it, vi } from 'vitest'
import {
  attachNavigationGuards,
  type GuardableWebContents,
  type NavigationGuardDeps,
} from './navigation-guards'
import { APP_ORIGIN, createOriginCheck } from './origins'

type Listener = (event: { url: string; preventDefault(): void }) => void

/** A stand-in for WebContents: records listeners and lets the test fire events at them. */
class FakeWebContents implements GuardableWebContents {
  readonly listeners = new Map<string, Listener[]>()
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler
  }

  /** Fires an event like Electron does and reports whether any listener prevented it. */
  fire(event: string, url = ''): boolean {
    let prevented = false
    const payload = { url, preventDefault: () => (prevented = true) }
    for (const listener of this.listeners.get(event) ?? []) listener(payload)
    return prevented
  }

  open(url: string): { action: string } {
    if (this.openHandler === undefined) throw new Error('no window open handler installed')
    return this.openHandler({ url })
  }
}

function setUp(openExternal: NavigationGuardDeps['openExternal'] = vi.fn()) {
  const contents = new FakeWebContents()
  const deps = { isAppUrl: createOriginCheck([APP_ORIGIN]), openExternal }
  attachNavigationGuards(contents, deps)
  return { contents, openExternal }
}

describe('attachNavigationGuards', () => {
  it('listens to every navigation event and installs a window open handler', () => {
    const { contents } = setUp()
    expect([...contents.listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    )
    expect(contents.openHandler).toBeTypeOf('function')
  })

  it('lets the app move between its own pages', () => {
    const { contents, openExternal } = setUp()
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'app://cadence/clients/1'), event).toBe(false)
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('stops navigation to a website and opens a clicked web link in the browser instead', () => {
    const { contents, openExternal } = setUp()
    expect(contents.fire('will-navigate', 'https://example.com/page')).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.com/page')
  })

  it('stops navigation to other schemes without handing them to the OS', () => {
    const { contents, openExternal } = setUp()
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://evil/', 'smb://host/share']) {
      expect(contents.fire('will-navigate', url), url).toBe(true)
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('stops redirects and sub-frame navigation off the app origin without opening anything', () => {
    const { contents, openExternal } = setUp()
    expect(contents.fire('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-frame-navigate', 'https://example.com/')).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses to attach any <webview>', () => {
    const { contents } = setUp()
    expect(contents.fire('will-attach-webview')).toBe(true)
  })

  it('never opens a new Electron window; web links go to the browser', () => {
    const { contents, openExternal } = setUp()
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://example.com/')
    expect(contents.open('app://cadence/index.html')).toEqual({ action: 'deny' })
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(contents.open('https://user:secret@example.com/')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('survives a browser that fails to open', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('no browser')))
    const { contents } = setUp(failing)
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(failing).toHaveBeenCalledOnce()
  })
})
