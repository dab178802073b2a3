import { describe, expect, it, vi } from 'vitest'
import type { AppInfo } from '@shared/ipc'
import { fakeBackupDeps } from '../backups/fake-backups'
import { createBackupHandlers } from '../backups/handlers'
import { fakeReportExporter } from '../report-export/fake-exporter'
import { createReportHandlers } from '../report-export/report-handlers'
import { InvalidRequestError } from './errors'
import { createIpcRouter, createTrustedSenderCheck, type IpcHandlers } from './router'

const APP_INFO: AppInfo = { name: 'Cadence', version: '1', platform: 'linux', locale: 'en', dataFolder: '/d' }
const APP = { url: 'app://cadence/index.html' }

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    'app:get-info': () => APP_INFO,
    'app:set-language': ({ language }) => ({ language }),
    'shell:open-external': () => ({ opened: true }),
    'shell:compose-mail': () => ({ opened: true }),
    'file:save-text': () => ({ saved: false }),
    ...createBackupHandlers(fakeBackupDeps()),
    ...createReportHandlers(fakeReportExporter()),
    ...overrides,
  }
}

function router(overrides: Partial<IpcHandlers> = {}) {
  return createIpcRouter({
    handlers: handlers(overrides),
    isTrustedSender: createTrustedSenderCheck(['app://cadence']),
  })
}

describe('createIpcRouter', () => {
  it('answers unknown channels with unknown-channel, including prototype keys', async () => {
    for (const channel of [
      'app:delete-everything',
      '__proto__',
      'toString',
      'constructor',
      42,
      null,
      undefined,
      {},
    ]) {
      expect(await router().dispatch(channel, APP, undefined), JSON.stringify(channel)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      })
    }
  })

  it('answers foreign senders with forbidden-sender before looking at the channel', async () => {
    for (const url of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'app://cadence.evil.example/',
      '',
      'about:blank',
    ]) {
      expect(await router().dispatch('app:get-info', { url }, undefined), url).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      })
      expect(await router().dispatch('no:such-channel', { url }, undefined)).toMatchObject({
        error: { code: 'forbidden-sender' },
      })
    }
  })

  it('treats a missing sender as foreign', async () => {
    const result = await router().dispatch('app:get-info', null as unknown as { url: string }, undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('reports schema issues with their paths', async () => {
    const result = await router().dispatch('app:set-language', APP, { language: 'sv' })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        issues: [{ path: 'language', message: expect.any(String) as unknown }],
      },
    })
  })

  it('turns a throwing handler into failed with its message', async () => {
    const result = await router({
      'app:get-info': () => {
        throw new Error('disk on fire')
      },
    }).dispatch('app:get-info', APP, undefined)
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'disk on fire' } })
  })

  it('turns a rejected promise and a thrown non-error into failed too', async () => {
    const rejecting = router({ 'app:get-info': () => Promise.reject(new Error('later')) })
    expect(await rejecting.dispatch('app:get-info', APP, undefined)).toMatchObject({
      error: { code: 'failed', message: 'later' },
    })
    const throwingString = router({
      'app:get-info': () => {
        throw 'plain string' as unknown as Error
      },
    })
    expect(await throwingString.dispatch('app:get-info', APP, undefined)).toMatchObject({
      error: { code: 'failed', message: 'plain string' },
    })
  })

  it('maps a handler InvalidRequestError to invalid-request with its issues', async () => {
    const result = await router({
      'shell:open-external': () => {
        throw new InvalidRequestError('bad link', [{ path: 'url', message: 'nope' }])
      },
    }).dispatch('shell:open-external', APP, { url: 'x' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'bad link', issues: [{ path: 'url', message: 'nope' }] },
    })
  })

  it('never throws, even when the sender check itself throws', async () => {
    const broken = createIpcRouter({
      handlers: handlers(),
      isTrustedSender: () => {
        throw new Error('check crashed')
      },
    })
    await expect(broken.dispatch('app:get-info', APP, undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    })
  })

  it('passes the parsed request, not the raw payload, to the handler', async () => {
    const handler = vi.fn(({ language }: { language: 'en' | 'fi' | 'pl' | 'bg' }) => ({ language }))
    await router({ 'app:set-language': handler }).dispatch('app:set-language', APP, { language: 'pl' })
    expect(handler).toHaveBeenCalledExactlyOnceWith({ language: 'pl' })
  })
})

describe('the default sender check', () => {
  it('trusts only the packaged app origin', async () => {
    const { dispatch } = createIpcRouter({ handlers: handlers() })
    expect(await dispatch('app:get-info', APP, undefined)).toMatchObject({ ok: true })
    expect(await dispatch('app:get-info', { url: 'http://localhost:5173/' }, undefined)).toMatchObject({
      error: { code: 'forbidden-sender' },
    })
  })
})

describe('createTrustedSenderCheck', () => {
  it('trusts only frames on the listed origins', () => {
    const isTrusted = createTrustedSenderCheck(['app://cadence', 'http://localhost:5173'])
    expect(isTrusted({ url: 'app://cadence/index.html#/clients' })).toBe(true)
    expect(isTrusted({ url: 'http://localhost:5173/' })).toBe(true)
    expect(isTrusted({ url: 'http://localhost:5174/' })).toBe(false)
    expect(isTrusted({ url: 'https://localhost:5173/' })).toBe(false)
    expect(isTrusted({ url: 'app://evil/index.html' })).toBe(false)
  })

  it('trusts nobody when given no origins', () => {
    expect(createTrustedSenderCheck([])({ url: 'app://cadence/index.html' })).toBe(false)
  })
})
