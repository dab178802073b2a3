// The report:* channels end to end through the router, with the real exporter and a stand-in
// pool: what a bad request gets back, and that it writes nothing.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIpcRouter, createTrustedSenderCheck } from '../ipc/router'
import type { IpcHandlers } from '../ipc/router'
import { createAppReportExporter } from './app-exporter'
import { weeklyInputFixture } from './fake-exporter'
import { createReportHandlers } from './report-handlers'
import type { WorkerPool } from './worker-pool'

const APP = { url: 'app://cadence/index.html' }

let profile: string
beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'cadence-report-ipc-'))
})
afterEach(async () => {
  await rm(profile, { recursive: true, force: true })
})

function setUp() {
  const render = vi.fn(() => Promise.resolve(new TextEncoder().encode('%PDF-1.7 stand-in')))
  const pool: WorkerPool = {
    run: render,
    stats: () => ({ workers: 0, busy: 0, queued: 0, spawned: 0, recycled: 0, crashed: 0 }),
    close: () => Promise.resolve(),
  }
  const openPath = vi.fn(() => Promise.resolve(''))
  const exporter = createAppReportExporter({
    pool,
    profileFolder: join(profile, 'userData'),
    documentsFolder: () => join(profile, 'Documents'),
    showSaveDialog: () => Promise.resolve(null),
    showFolderDialog: () => Promise.resolve(null),
    openPath,
    showItemInFolder: vi.fn(),
    emitProgress: vi.fn(),
  })
  const router = createIpcRouter({
    handlers: createReportHandlers(exporter) as IpcHandlers,
    isTrustedSender: createTrustedSenderCheck(['app://cadence']),
  })
  return { dispatch: router.dispatch, render, openPath }
}

const reportsFolder = () => join(profile, 'Documents', 'Cadence Reports')

describe('report:export-pdf', () => {
  it('writes a valid report into <Documents>/Cadence Reports/<client>/ and opens it', async () => {
    const { dispatch, openPath } = setUp()
    const result = await dispatch('report:export-pdf', APP, {
      input: weeklyInputFixture(),
      mode: 'file',
      then: 'open',
    })
    const path = join(reportsFolder(), 'Pohjolan Puu Oy', '2026-W43 Weekly summary.pdf')
    expect(result).toMatchObject({
      ok: true,
      data: { saved: true, path, fileName: '2026-W43 Weekly summary.pdf' },
    })
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 stand-in')
    expect(openPath).toHaveBeenCalledWith(path)
  })

  it.each([
    ['a field of the wrong type', { ...weeklyInputFixture(), draft: 'yes' }, 'input.draft'],
    ['an unknown report kind', { ...weeklyInputFixture(), kind: 'daily' }, 'input.kind'],
    [
      'a period without dates',
      { ...weeklyInputFixture(), period: { key: '2026-W43' } },
      'input.period.start',
    ],
  ])('refuses %s with the field named, rendering and writing nothing', async (_case, input, path) => {
    const { dispatch, render } = setUp()
    const result = await dispatch('report:export-pdf', APP, { input, mode: 'file', then: 'open' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(result.ok ? [] : result.error.issues?.map((issue) => issue.path)).toContain(path)
    expect(render).not.toHaveBeenCalled()
    expect(existsSync(reportsFolder())).toBe(false)
  })

  it('refuses a period key that could become a path', async () => {
    const { dispatch, render } = setUp()
    const input = weeklyInputFixture({
      period: { key: '../../evil', start: '2026-10-19', end: '2026-10-25' },
    })
    const result = await dispatch('report:export-pdf', APP, { input, mode: 'file', then: 'none' })
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } })
    expect(render).not.toHaveBeenCalled()
    expect(existsSync(reportsFolder())).toBe(false)
  })
})

describe('reports by id', () => {
  it('answers an id main never gave out as an invalid request', async () => {
    const { dispatch } = setUp()
    const result = await dispatch('report:read-file', APP, { id: '11111111-1111-4111-8111-111111111111' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'id' }] } })
  })

  it('never takes a path from the renderer', async () => {
    const { dispatch, openPath } = setUp()
    for (const channel of ['report:open-file', 'report:reveal-file', 'report:read-file'] as const) {
      const result = await dispatch(channel, APP, { path: '/etc/passwd' })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
    expect(openPath).not.toHaveBeenCalled()
  })

  it('reads back the bytes of a report it exported', async () => {
    const { dispatch } = setUp()
    const exported = await dispatch('report:export-pdf', APP, {
      input: weeklyInputFixture(),
      mode: 'file',
      then: 'none',
    })
    if (!exported.ok || !exported.data.saved) throw new Error('expected an export')
    const read = await dispatch('report:read-file', APP, { id: exported.data.id })
    expect(read.ok && new TextDecoder().decode(read.data.bytes)).toBe('%PDF-1.7 stand-in')
  })
})

describe('report:export-batch', () => {
  it('writes the valid reports and names the invalid one’s problem in the summary', async () => {
    const { dispatch } = setUp()
    const result = await dispatch('report:export-batch', APP, {
      batchId: '0e9b5b38-58a3-4f7e-9d0c-2b1f6a7c8d9e',
      items: [
        { ref: 'good', input: weeklyInputFixture() },
        { ref: 'bad', input: { ...weeklyInputFixture(), language: 'sv' } },
      ],
    })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.written.map((w) => w.ref)).toEqual(['good'])
    expect(result.data.failed).toEqual([
      {
        ref: 'bad',
        code: 'invalid-input',
        message: expect.stringMatching(/^Not a valid report: language: /) as string,
      },
    ])
  })
})
