import { describe, expect, it, vi } from 'vitest'
import { createPreloadApi, type IpcRendererLike } from './bridge'

type Listener = (event: unknown, ...args: unknown[]) => void

/** A stand-in for ipcRenderer that records calls and can push events like main does. */
function fakeIpcRenderer(answer: unknown = { ok: true, data: null }) {
  const listeners = new Map<string, Set<Listener>>()
  const ipc = {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve(answer)),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener)
    }),
  } satisfies IpcRendererLike
  const push = (channel: string, payload: unknown) => {
    const event = { sender: 'the electron event object', ports: [] }
    for (const listener of listeners.get(channel) ?? []) listener(event, payload)
  }
  return { ipc, push, listeners }
}

describe('createPreloadApi', () => {
  it('exposes exactly one method per contract channel plus on — and nothing of ipcRenderer', () => {
    const { ipc } = fakeIpcRenderer()
    const api = createPreloadApi(ipc)
    expect(Object.keys(api).sort()).toEqual(
      [
        'composeMail',
        'getAppInfo',
        'on',
        'openExternal',
        'saveTextFile',
        'setLanguage',
        // Backups (shared/backups/ipc.ts)
        'chooseBackupFolder',
        'exportAllData',
        'getBackupStatus',
        'listBackups',
        'noteRecordCounts',
        'openBackupFolder',
        'quitBackupDone',
        'readBackup',
        'resetBackupMarker',
        'writeBackup',
        // report export (electron/report-export)
        'cancelReportBatch',
        'chooseReportsFolder',
        'exportReport',
        'exportReportBatch',
        'getReportsFolder',
        'openReport',
        'openReportsFolder',
        'readReport',
        'resetReportsFolder',
        'revealReport',
      ].sort(),
    )
    for (const value of Object.values(api)) {
      expect(value).not.toBe(ipc)
      expect(value).not.toBe(ipc.invoke)
      expect(value).not.toBe(ipc.on)
    }
  })

  it('invokes the matching channel, with no argument for request-less channels', async () => {
    const { ipc } = fakeIpcRenderer({ ok: true, data: 'answer' })
    const api = createPreloadApi(ipc)
    expect(await api.getAppInfo()).toEqual({ ok: true, data: 'answer' })
    expect(ipc.invoke).toHaveBeenLastCalledWith('app:get-info')
    await api.setLanguage({ language: 'fi' })
    expect(ipc.invoke).toHaveBeenLastCalledWith('app:set-language', { language: 'fi' })
    await api.openExternal({ url: 'https://example.com/' })
    expect(ipc.invoke).toHaveBeenLastCalledWith('shell:open-external', { url: 'https://example.com/' })
  })

  it('turns a rejected invoke into a failed result instead of a rejection', async () => {
    const { ipc } = fakeIpcRenderer()
    ipc.invoke.mockImplementation(() => Promise.reject(new Error('An object could not be cloned.')))
    expect(await createPreloadApi(ipc).getAppInfo()).toEqual({
      ok: false,
      error: { code: 'failed', message: 'An object could not be cloned.' },
    })
  })

  it('delivers event payloads without the Electron event object, until unsubscribed', () => {
    const { ipc, push, listeners } = fakeIpcRenderer()
    const api = createPreloadApi(ipc)
    const listener = vi.fn()
    const unsubscribe = api.on('menu:navigate', listener)
    push('menu:navigate', { route: 'clients' })
    expect(listener).toHaveBeenCalledExactlyOnceWith({ route: 'clients' })
    unsubscribe()
    push('menu:navigate', { route: 'today' })
    expect(listener).toHaveBeenCalledOnce()
    expect(listeners.get('menu:navigate')?.size).toBe(0)
  })

  it('keeps separate subscriptions apart', () => {
    const { ipc, push } = fakeIpcRenderer()
    const api = createPreloadApi(ipc)
    const first = vi.fn()
    const second = vi.fn()
    const unsubscribeFirst = api.on('menu:new-client', first)
    api.on('menu:new-client', second)
    unsubscribeFirst()
    push('menu:new-client', undefined)
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledExactlyOnceWith(undefined)
  })

  it('refuses to subscribe to events outside the contract', () => {
    const { ipc } = fakeIpcRenderer()
    const api = createPreloadApi(ipc)
    expect(() => api.on('ipc:anything' as 'menu:navigate', vi.fn())).toThrow(/Unknown event/)
    expect(ipc.on).not.toHaveBeenCalled()
  })
})
