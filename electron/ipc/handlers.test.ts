import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, type AppInfo, type Channel } from '@shared/ipc'
import { fakeBackupDeps } from '../backups/fake-backups'
import {
  exporterWasCalled,
  FAKE_EXPORTED,
  fakeReportExporter,
  weeklyInputFixture,
} from '../report-export/fake-exporter'
import { createHandlers, type HandlerDeps } from './handlers'
import { createIpcRouter, createTrustedSenderCheck } from './router'

const APP_INFO: AppInfo = {
  name: 'Cadence',
  version: '0.1.0',
  platform: 'linux',
  locale: 'fi-FI',
  dataFolder: '/home/pm/.config/Cadence',
}

const APP = { url: 'app://cadence/index.html' }
const EVIL = { url: 'https://evil.example/index.html' }

function setUp(overrides: Partial<HandlerDeps> = {}) {
  const backups = fakeBackupDeps()
  const deps = {
    appInfo: vi.fn(() => APP_INFO),
    setLanguage: vi.fn(),
    openExternal: vi.fn(() => Promise.resolve()),
    openMailto: vi.fn(() => Promise.resolve()),
    saveTextFile: vi.fn(({ fileName }: { fileName: string }) =>
      Promise.resolve(`/home/pm/Documents/${fileName}`),
    ),
    backups,
    reports: fakeReportExporter(),
    ...overrides,
  }
  const router = createIpcRouter({
    handlers: createHandlers(deps),
    isTrustedSender: createTrustedSenderCheck(['app://cadence']),
  })
  return { deps, backups, dispatch: router.dispatch }
}

/** One valid and one malformed payload per channel; the table must cover the whole contract. */
const CASES: Record<Channel, { valid: unknown; malformed: unknown }> = {
  'app:get-info': { valid: undefined, malformed: { verbose: true } },
  'app:set-language': { valid: { language: 'fi' }, malformed: { language: 'sv' } },
  'shell:open-external': { valid: { url: 'https://example.com/report' }, malformed: { url: 42 } },
  'shell:compose-mail': {
    valid: { to: ['anna@example.fi'], subject: 'Viikon suunnitelma', body: 'Hei Anna' },
    malformed: { to: ['not an address'], subject: 'x', body: 'y' },
  },
  'file:save-text': {
    valid: { kind: 'ics', suggestedName: 'Touchpoints', content: 'BEGIN:VCALENDAR' },
    malformed: { kind: 'exe', suggestedName: 'evil', content: 'MZ' },
  },
  'backup:get-status': { valid: undefined, malformed: { folder: '/etc' } },
  'backup:write-file': {
    valid: { reason: 'manual', text: '{}' },
    malformed: { reason: 'manual', path: '/etc/x' },
  },
  'backup:list-files': { valid: undefined, malformed: { folder: '/etc' } },
  'backup:read-file': {
    valid: { source: { kind: 'folder', name: 'cadence-2026-11-23_090000.json.gz' } },
    malformed: { source: { kind: 'folder', name: '../../etc/passwd' } },
  },
  'backup:choose-folder': { valid: undefined, malformed: { folder: '/etc' } },
  'backup:open-folder': { valid: undefined, malformed: { folder: '/etc' } },
  'backup:export-file': { valid: { text: '{}' }, malformed: { text: '{}', path: '/etc/x' } },
  'backup:note-counts': { valid: { rowCounts: { clients: 3 } }, malformed: { rowCounts: { clients: -1 } } },
  'backup:reset-marker': { valid: undefined, malformed: { all: true } },
  'backup:confirm-quit': { valid: undefined, malformed: { now: true } },
  'report:export-pdf': {
    valid: { input: weeklyInputFixture(), mode: 'file', then: 'open' },
    malformed: {
      input: { ...weeklyInputFixture(), period: { key: '2026-W43' } },
      mode: 'file',
      then: 'open',
    },
  },
  'report:export-batch': {
    valid: { batchId: crypto.randomUUID(), items: [{ ref: 'c1', input: weeklyInputFixture() }] },
    malformed: { batchId: 'b1', items: [] },
  },
  'report:cancel-batch': { valid: { batchId: crypto.randomUUID() }, malformed: { batchId: 7 } },
  'report:open-file': { valid: { id: FAKE_EXPORTED.id }, malformed: { path: '/etc/passwd' } },
  'report:reveal-file': { valid: { id: FAKE_EXPORTED.id }, malformed: { id: '../../etc/passwd' } },
  'report:read-file': { valid: { id: FAKE_EXPORTED.id }, malformed: { id: FAKE_EXPORTED.path } },
  'report:get-folder': { valid: undefined, malformed: { folder: '/tmp' } },
  'report:choose-folder': { valid: undefined, malformed: { folder: '/tmp' } },
  'report:reset-folder': { valid: undefined, malformed: { folder: '/tmp' } },
  'report:open-folder': { valid: undefined, malformed: { folder: '/etc' } },
}

describe('every channel of the contract', () => {
  it('has a handler and a test case', () => {
    expect(Object.keys(createHandlers(setUp().deps)).sort()).toEqual([...CHANNELS].sort())
    expect(Object.keys(CASES).sort()).toEqual([...CHANNELS].sort())
  })

  describe.each(CHANNELS)('%s', (channel) => {
    const { valid, malformed } = CASES[channel]

    it('answers a valid call from the app', async () => {
      const result = await setUp().dispatch(channel, APP, valid)
      expect(result.ok).toBe(true)
    })

    it('refuses a malformed payload as invalid-request, without calling any effect', async () => {
      const { deps, backups, dispatch } = setUp()
      const result = await dispatch(channel, APP, malformed)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
      expect(result.ok ? [] : result.error.issues).not.toHaveLength(0)
      expect(deps.appInfo).not.toHaveBeenCalled()
      expect(deps.setLanguage).not.toHaveBeenCalled()
      expect(deps.openExternal).not.toHaveBeenCalled()
      expect(deps.openMailto).not.toHaveBeenCalled()
      expect(deps.saveTextFile).not.toHaveBeenCalled()
      expect(backups.calls).toEqual([])
      expect(exporterWasCalled(deps.reports)).toBe(false)
    })

    it('refuses a foreign sender as forbidden-sender, without calling any effect', async () => {
      const { deps, backups, dispatch } = setUp()
      expect(await dispatch(channel, EVIL, valid)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      })
      expect(deps.appInfo).not.toHaveBeenCalled()
      expect(deps.setLanguage).not.toHaveBeenCalled()
      expect(deps.openExternal).not.toHaveBeenCalled()
      expect(deps.openMailto).not.toHaveBeenCalled()
      expect(deps.saveTextFile).not.toHaveBeenCalled()
      expect(backups.calls).toEqual([])
      expect(exporterWasCalled(deps.reports)).toBe(false)
    })
  })
})

describe('app:get-info', () => {
  it('returns the injected app info', async () => {
    expect(await setUp().dispatch('app:get-info', APP, undefined)).toEqual({ ok: true, data: APP_INFO })
  })

  it('reports an app info that breaks the contract as failed', async () => {
    const { dispatch } = setUp({ appInfo: () => ({ ...APP_INFO, version: 1 }) as unknown as AppInfo })
    expect(await dispatch('app:get-info', APP, undefined)).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    })
  })
})

describe('app:set-language', () => {
  it('switches main to the language (which rebuilds the menu) and echoes it', async () => {
    const { deps, dispatch } = setUp()
    expect(await dispatch('app:set-language', APP, { language: 'bg' })).toEqual({
      ok: true,
      data: { language: 'bg' },
    })
    expect(deps.setLanguage).toHaveBeenCalledExactlyOnceWith('bg')
  })

  it('refuses extra fields', async () => {
    const result = await setUp().dispatch('app:set-language', APP, { language: 'fi', evil: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('reports a failing language switch as failed with its message', async () => {
    const { dispatch } = setUp({ setLanguage: () => Promise.reject(new Error('menu exploded')) })
    expect(await dispatch('app:set-language', APP, { language: 'fi' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'menu exploded' },
    })
  })
})

describe('shell:open-external', () => {
  it('opens a web link in the browser', async () => {
    const { deps, dispatch } = setUp()
    expect(await dispatch('shell:open-external', APP, { url: 'https://example.com/a?b=1' })).toEqual({
      ok: true,
      data: { opened: true },
    })
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a?b=1')
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://fileserver/share',
    'https://admin:hunter2@example.com/',
    'app://cadence/index.html',
    'not a url',
  ])('refuses %j as invalid-request and never opens it', async (url) => {
    const { deps, dispatch } = setUp()
    const result = await dispatch('shell:open-external', APP, { url })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'url' }] } })
    expect(deps.openExternal).not.toHaveBeenCalled()
  })

  it('reports a browser that fails to open as failed', async () => {
    const { dispatch } = setUp({ openExternal: () => Promise.reject(new Error('no browser installed')) })
    expect(await dispatch('shell:open-external', APP, { url: 'https://example.com/' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'no browser installed' },
    })
  })
})

describe('shell:compose-mail', () => {
  it('builds the mailto URL in main from the validated draft', async () => {
    const { deps, dispatch } = setUp()
    const result = await dispatch('shell:compose-mail', APP, {
      to: ['anna@pohjola.fi', 'mikko@pohjola.fi'],
      subject: 'Viikon suunnitelma',
      body: 'Hei Anna,\nensi viikolla…',
    })
    expect(result).toEqual({ ok: true, data: { opened: true } })
    expect(deps.openMailto).toHaveBeenCalledExactlyOnceWith(
      'mailto:anna@pohjola.fi,mikko@pohjola.fi?subject=Viikon%20suunnitelma&body=Hei%20Anna%2C%0D%0Aensi%20viikolla%E2%80%A6',
    )
  })

  it('refuses a recipient that would smuggle extra mailto fields', async () => {
    const { deps, dispatch } = setUp()
    const result = await dispatch('shell:compose-mail', APP, {
      to: ['a@b.fi?bcc=spy@evil.example'],
      subject: 's',
      body: 'b',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(deps.openMailto).not.toHaveBeenCalled()
  })
})

describe('file:save-text', () => {
  it('hands main a safe file name with the kind’s extension and reports the path written', async () => {
    const { deps, dispatch } = setUp()
    const result = await dispatch('file:save-text', APP, {
      kind: 'eml',
      suggestedName: '../../Pohjola: Friday summary',
      content: 'Subject: x',
    })
    expect(result).toEqual({
      ok: true,
      data: { saved: true, path: '/home/pm/Documents/Pohjola Friday summary.eml' },
    })
    expect(deps.saveTextFile).toHaveBeenCalledExactlyOnceWith({
      kind: 'eml',
      fileName: 'Pohjola Friday summary.eml',
      content: 'Subject: x',
    })
  })

  it('answers saved: false when the PM cancels the dialog', async () => {
    const { dispatch } = setUp({ saveTextFile: () => Promise.resolve(null) })
    expect(await dispatch('file:save-text', APP, { kind: 'ics', suggestedName: 'x', content: '' })).toEqual({
      ok: true,
      data: { saved: false },
    })
  })
})
