import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createExportRegistry } from './export-registry'
import {
  createReportExporter,
  ReportFileMissingError,
  UnknownReportError,
  type BatchProgress,
  type ReportExporterDeps,
} from './report-exporter'
import { RenderCancelledError, RenderFailedError } from './worker-pool'

/** A stand-in report input: enough for the exporter to name and "render" it. */
type Input = { kind: 'monthly'; period: string; client: string; fail?: string; wait?: boolean }

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-export-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const documents = () => join(root, 'Documents')
const defaultFolder = () => join(documents(), 'Cadence Reports')

function setUp(overrides: Partial<ReportExporterDeps<Input>> = {}) {
  const progress: BatchProgress[] = []
  const deps = {
    render: vi.fn((input: Input, signal?: AbortSignal) => {
      if (input.fail) return Promise.reject(new RenderFailedError(input.fail))
      if (input.wait)
        return new Promise<Uint8Array>((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(new RenderCancelledError())),
        )
      return Promise.resolve(new TextEncoder().encode(`%PDF ${input.client} ${input.period}`))
    }),
    parse: (raw: unknown) => {
      const input = raw as Partial<Input>
      if (typeof input?.client !== 'string') throw new Error('client: Required')
      return input as Input
    },
    identify: (input: Input) => ({ kind: input.kind, period: input.period, clientName: input.client }),
    registry: createExportRegistry({ file: join(root, 'profile', 'exported-reports.json') }),
    defaultFolder,
    showSaveDialog: vi.fn(() => Promise.resolve<string | null>(join(root, 'picked', 'Mine'))),
    showFolderDialog: vi.fn(() => Promise.resolve<string | null>(join(root, 'Shared'))),
    openPath: vi.fn(() => Promise.resolve('')),
    showItemInFolder: vi.fn(),
    emitProgress: (event: BatchProgress) => void progress.push(event),
    ...overrides,
  }
  return { exporter: createReportExporter(deps), deps, progress }
}

const october: Input = { kind: 'monthly', period: '2026-10', client: 'Pohjolan Puu Oy' }

describe('exporting one report', () => {
  it('saves it as <reports folder>/<client>/<YYYY-MM> Monthly report.pdf and opens it', async () => {
    const { exporter, deps } = setUp()
    const result = await exporter.exportReport({ input: october, mode: 'file', then: 'open' })
    const path = join(defaultFolder(), 'Pohjolan Puu Oy', '2026-10 Monthly report.pdf')
    expect(result).toMatchObject({
      saved: true,
      path,
      fileName: '2026-10 Monthly report.pdf',
      afterError: null,
    })
    expect(await readFile(path, 'utf8')).toBe('%PDF Pohjolan Puu Oy 2026-10')
    expect(deps.openPath).toHaveBeenCalledExactlyOnceWith(path)
    expect(deps.showItemInFolder).not.toHaveBeenCalled()
  })

  it('saves a newer version beside the older one instead of over it', async () => {
    const { exporter } = setUp()
    const first = await exporter.exportReport({ input: october, mode: 'file', then: 'none' })
    const second = await exporter.exportReport({ input: october, mode: 'file', then: 'reveal' })
    if (!first.saved || !second.saved) throw new Error('expected both saved')
    expect(second.fileName).toBe('2026-10 Monthly report (2).pdf')
    expect(second.id).not.toBe(first.id)
    expect((await readdir(join(defaultFolder(), 'Pohjolan Puu Oy'))).sort()).toEqual([
      '2026-10 Monthly report (2).pdf',
      '2026-10 Monthly report.pdf',
    ])
  })

  it('reveals instead of opening when asked, and reports a viewer that could not open', async () => {
    const { exporter, deps } = setUp({ openPath: vi.fn(() => Promise.resolve('No application for PDF')) })
    const revealed = await exporter.exportReport({ input: october, mode: 'file', then: 'reveal' })
    expect(deps.showItemInFolder).toHaveBeenCalledOnce()
    expect(revealed).toMatchObject({ saved: true, afterError: null })
    const opened = await exporter.exportReport({ input: october, mode: 'file', then: 'open' })
    expect(opened).toMatchObject({ saved: true, afterError: 'No application for PDF' })
  })

  it('writes nothing when the render fails', async () => {
    const { exporter } = setUp()
    await expect(
      exporter.exportReport({ input: { ...october, fail: 'Font missing' }, mode: 'file', then: 'open' }),
    ).rejects.toThrow('Font missing')
    await expect(readdir(defaultFolder())).rejects.toThrow()
  })

  it('uses the folder the PM chose, and the default again after a reset', async () => {
    const { exporter, deps } = setUp()
    expect(await exporter.reportsFolder()).toEqual({ folder: defaultFolder(), isDefault: true })
    expect(await exporter.chooseReportsFolder()).toEqual({
      folder: join(root, 'Shared'),
      isDefault: false,
      changed: true,
    })
    expect(deps.showFolderDialog).toHaveBeenCalledWith({ defaultPath: documents() })
    const result = await exporter.exportReport({ input: october, mode: 'file', then: 'none' })
    expect(result).toMatchObject({
      path: join(root, 'Shared', 'Pohjolan Puu Oy', '2026-10 Monthly report.pdf'),
    })
    expect(await exporter.resetReportsFolder()).toEqual({ folder: defaultFolder(), isDefault: true })
  })

  it('keeps the folder when the folder dialog is cancelled', async () => {
    const { exporter } = setUp({ showFolderDialog: () => Promise.resolve(null) })
    expect(await exporter.chooseReportsFolder()).toEqual({
      folder: defaultFolder(),
      isDefault: true,
      changed: false,
    })
  })
})

describe('save as', () => {
  it('asks first, in the client folder with the report’s name, then writes a PDF where the PM chose', async () => {
    const { exporter, deps } = setUp()
    await mkdir(join(root, 'picked'))
    const result = await exporter.exportReport({ input: october, mode: 'save-as', then: 'none' })
    expect(deps.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: join(defaultFolder(), 'Pohjolan Puu Oy', '2026-10 Monthly report.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    expect(result).toMatchObject({ saved: true, path: join(root, 'picked', 'Mine.pdf') })
    expect(await readFile(join(root, 'picked', 'Mine.pdf'), 'utf8')).toBe('%PDF Pohjolan Puu Oy 2026-10')
  })

  it('renders and writes nothing when the dialog is cancelled', async () => {
    const { exporter, deps } = setUp({ showSaveDialog: vi.fn(() => Promise.resolve(null)) })
    expect(await exporter.exportReport({ input: october, mode: 'save-as', then: 'open' })).toEqual({
      saved: false,
    })
    expect(deps.render).not.toHaveBeenCalled()
    expect(deps.openPath).not.toHaveBeenCalled()
  })
})

describe('exported files by id', () => {
  it('opens, reveals and reads a file by the id main gave it', async () => {
    const { exporter, deps } = setUp()
    const result = await exporter.exportReport({ input: october, mode: 'file', then: 'none' })
    if (!result.saved) throw new Error('expected saved')
    await exporter.openReport(result.id)
    await exporter.revealReport(result.id)
    expect(deps.openPath).toHaveBeenCalledWith(result.path)
    expect(deps.showItemInFolder).toHaveBeenCalledWith(result.path)
    expect(new TextDecoder().decode(await exporter.readReport(result.id))).toBe(
      '%PDF Pohjolan Puu Oy 2026-10',
    )
  })

  it('refuses an id it never gave out and names a file that was moved away', async () => {
    const { exporter } = setUp()
    await expect(exporter.readReport('11111111-1111-4111-8111-111111111111')).rejects.toThrow(
      UnknownReportError,
    )
    const result = await exporter.exportReport({ input: october, mode: 'file', then: 'none' })
    if (!result.saved) throw new Error('expected saved')
    await rm(result.path)
    await expect(exporter.openReport(result.id)).rejects.toThrow(ReportFileMissingError)
  })
})

describe('batch export', () => {
  it('writes every report it can, with progress, and says what failed and why', async () => {
    const { exporter, progress } = setUp()
    const summary = await exporter.exportBatch({
      batchId: 'b1',
      items: [
        { ref: 'a', input: october },
        { ref: 'b', input: { kind: 'monthly', period: '2026-10' } },
        { ref: 'c', input: { ...october, client: 'Kowalski sp. z o.o.', fail: 'Logo is not an image' } },
        { ref: 'd', input: { ...october, client: 'Балкан ЕООД' } },
      ],
    })
    expect(summary.written.map((w) => [w.ref, w.fileName])).toEqual([
      ['a', '2026-10 Monthly report.pdf'],
      ['d', '2026-10 Monthly report.pdf'],
    ])
    expect(summary.failed).toEqual([
      { ref: 'b', code: 'invalid-input', message: 'client: Required' },
      { ref: 'c', code: 'render-failed', message: 'Logo is not an image' },
    ])
    expect(summary.cancelled).toEqual([])
    expect(progress.map((p) => p.done).sort()).toEqual([1, 2, 3, 4])
    expect(progress.every((p) => p.total === 4 && p.batchId === 'b1')).toBe(true)
    expect(await readdir(defaultFolder())).toEqual(expect.arrayContaining(['Pohjolan Puu Oy', 'Балкан ЕООД']))
  })

  it('stops on cancel, keeping what was already written', async () => {
    const { exporter } = setUp()
    const running = exporter.exportBatch({
      batchId: 'b2',
      items: [
        { ref: 'a', input: october },
        { ref: 'b', input: { ...october, client: 'Slow Oy', wait: true } },
        { ref: 'c', input: { ...october, client: 'Slower Oy', wait: true } },
      ],
    })
    await vi.waitFor(async () =>
      expect(await readdir(join(defaultFolder(), 'Pohjolan Puu Oy'))).toHaveLength(1),
    )
    expect(exporter.cancelBatch('b2')).toBe(true)
    const summary = await running
    expect(summary.written.map((w) => w.ref)).toEqual(['a'])
    expect(summary.cancelled).toEqual(['b', 'c'])
    expect(exporter.cancelBatch('b2')).toBe(false)
  })
})
