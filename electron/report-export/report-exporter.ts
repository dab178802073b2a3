/**
 * Exporting reports: render off the main thread, save where the PM expects it
 * (`<reports folder>/<client>/<period> Monthly report.pdf`, a newer version beside the older one,
 * never over it), remember the file under an id, then open or reveal it. Batches render through
 * the same pool, report progress per report, can be cancelled, and end with a summary of what
 * was written and what failed and why. Every effect (rendering, dialogs, shell, disk) is
 * injected, so the same code runs in main, in the e2e harness and in unit tests.
 */
import { stat, readFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { writeFileAtomically } from '../files/atomic-write'
import type { ExportRegistry } from './export-registry'
import { numberedFileName, REPORT_EXTENSION, reportLocation, type ReportFileKind } from './file-naming'
import { saveWithoutOverwriting } from './save-new-file'
import { RenderCancelledError, RenderFailedError, RenderWorkerError } from './worker-pool'

/** What main needs to know of a report input to name its file. */
export type ReportIdentity = { kind: ReportFileKind; period: string; clientName: string }

/** Where the report goes: the reports folder, or a place the PM picks in the save dialog. */
export type ExportMode = 'file' | 'save-as'
/** What happens to the file once written. */
export type AfterExport = 'open' | 'reveal' | 'none'

/** A written report. */
export type ExportedReport = { id: string; path: string; fileName: string; bytes: number }

/** The answer to a single export. */
export type ExportResult = ({ saved: true; afterError: string | null } & ExportedReport) | { saved: false }

/** Why one report of a batch was not written. */
export type BatchFailureCode = 'invalid-input' | 'render-failed' | 'write-failed'

/** A batch's outcome, in the order of its items. */
export type BatchSummary = {
  written: ({ ref: string } & ExportedReport)[]
  failed: { ref: string; code: BatchFailureCode; message: string }[]
  cancelled: string[]
}

/** One report of a batch finished (written or not). */
export type BatchProgress = {
  batchId: string
  ref: string
  ok: boolean
  done: number
  total: number
}

/** The reports folder and whether it is the default one. */
export type ReportsFolder = { folder: string; isDefault: boolean }

/** The file is gone from where Cadence wrote it (moved or deleted outside the app). */
export class ReportFileMissingError extends Error {
  constructor(path: string) {
    super(`The report is no longer at ${path}`)
    this.name = 'ReportFileMissingError'
  }
}

/** A reference main never gave out. */
export class UnknownReportError extends Error {
  constructor() {
    super('Cadence has no exported file with this id on this computer')
    this.name = 'UnknownReportError'
  }
}

/** The effects the exporter needs. */
export type ReportExporterDeps<Input> = {
  /** Renders a validated input to PDF bytes off the main thread. */
  render: (input: Input, signal?: AbortSignal) => Promise<Uint8Array>
  /** Checks an untrusted batch item; throws with a readable message when it is not a report input. */
  parse: (raw: unknown) => Input
  identify: (input: Input) => ReportIdentity
  registry: ExportRegistry
  /** `<Documents>/Cadence Reports`. */
  defaultFolder: () => string
  showSaveDialog: (options: {
    defaultPath: string
    filters: { name: string; extensions: string[] }[]
  }) => Promise<string | null>
  showFolderDialog: (options: { defaultPath: string }) => Promise<string | null>
  /** Opens a file in its default app; resolves to an error message, '' on success (shell.openPath). */
  openPath: (path: string) => Promise<string>
  /** Shows a file in the file manager (shell.showItemInFolder). */
  showItemInFolder: (path: string) => void
  /** Main → renderer progress events of batches. */
  emitProgress: (progress: BatchProgress) => void
}

/** Largest file `read` hands to the renderer's preview. */
export const MAX_PREVIEW_BYTES = 64 * 1024 * 1024

function messageOf(error: unknown): string {
  return error instanceof Error && error.message !== '' ? error.message : String(error)
}

/** Creates the exporter. */
export function createReportExporter<Input>(deps: ReportExporterDeps<Input>) {
  const batches = new Map<string, AbortController>()

  const reportsFolder = async (): Promise<ReportsFolder> => {
    const chosen = await deps.registry.folder()
    return chosen === null
      ? { folder: deps.defaultFolder(), isDefault: true }
      : { folder: chosen, isDefault: false }
  }

  const existingPath = async (id: string): Promise<string> => {
    const path = await deps.registry.pathOf(id)
    if (path === null) throw new UnknownReportError()
    try {
      if ((await stat(path)).isFile()) return path
    } catch {
      // falls through to the missing-file error
    }
    throw new ReportFileMissingError(path)
  }

  const after = async (path: string, then: AfterExport): Promise<string | null> => {
    try {
      if (then === 'open') {
        const error = await deps.openPath(path)
        return error === '' ? null : error
      }
      if (then === 'reveal') deps.showItemInFolder(path)
      return null
    } catch (error) {
      return messageOf(error)
    }
  }

  const saveInFolder = async (input: Input, signal?: AbortSignal): Promise<ExportedReport> => {
    const { folder: root } = await reportsFolder()
    const { folder, baseName } = reportLocation(root, deps.identify(input))
    const pdf = await deps.render(input, signal)
    const path = await saveWithoutOverwriting(folder, baseName, pdf)
    const id = await deps.registry.add(path)
    return { id, path, fileName: basename(path), bytes: pdf.byteLength }
  }

  return {
    reportsFolder,

    /** Exports one report into the reports folder or through the save dialog. */
    async exportReport(request: {
      input: Input
      mode: ExportMode
      then: AfterExport
    }): Promise<ExportResult> {
      if (request.mode === 'file') {
        const saved = await saveInFolder(request.input)
        return { saved: true, ...saved, afterError: await after(saved.path, request.then) }
      }
      const { folder: root } = await reportsFolder()
      const { folder, baseName } = reportLocation(root, deps.identify(request.input))
      // The dialog comes first, so the PM is not left waiting for a render they may cancel.
      const chosen = await deps.showSaveDialog({
        defaultPath: join(folder, numberedFileName(baseName, 1)),
        filters: [{ name: 'PDF', extensions: [REPORT_EXTENSION] }],
      })
      if (chosen === null || chosen === '') return { saved: false }
      const path =
        extname(chosen).toLowerCase() === `.${REPORT_EXTENSION}` ? chosen : `${chosen}.${REPORT_EXTENSION}`
      const pdf = await deps.render(request.input)
      // The system dialog already asked before replacing a file the PM picked.
      await writeFileAtomically(path, pdf)
      const id = await deps.registry.add(path)
      const saved = { id, path, fileName: basename(path), bytes: pdf.byteLength }
      return { saved: true, ...saved, afterError: await after(path, request.then) }
    },

    /** Exports many reports into the reports folder; one failure never stops the others. */
    async exportBatch(request: {
      batchId: string
      items: { ref: string; input: unknown }[]
    }): Promise<BatchSummary> {
      if (batches.has(request.batchId)) throw new Error('This batch is already running')
      const controller = new AbortController()
      batches.set(request.batchId, controller)
      const total = request.items.length
      let done = 0
      const outcomes: (
        | ({ type: 'written'; ref: string } & ExportedReport)
        | { type: 'failed'; ref: string; code: BatchFailureCode; message: string }
        | { type: 'cancelled'; ref: string }
      )[] = []
      try {
        await Promise.all(
          request.items.map(async ({ ref, input: raw }, index) => {
            let outcome: (typeof outcomes)[number]
            let input: Input
            try {
              input = deps.parse(raw)
            } catch (error) {
              outcome = { type: 'failed', ref, code: 'invalid-input', message: messageOf(error) }
              outcomes[index] = outcome
              done += 1
              deps.emitProgress({ batchId: request.batchId, ref, ok: false, done, total })
              return
            }
            try {
              outcome = { type: 'written', ref, ...(await saveInFolder(input, controller.signal)) }
            } catch (error) {
              if (error instanceof RenderCancelledError || controller.signal.aborted) {
                outcomes[index] = { type: 'cancelled', ref }
                return
              }
              const code: BatchFailureCode = isRenderError(error) ? 'render-failed' : 'write-failed'
              outcome = { type: 'failed', ref, code, message: messageOf(error) }
            }
            outcomes[index] = outcome
            done += 1
            deps.emitProgress({ batchId: request.batchId, ref, ok: outcome.type === 'written', done, total })
          }),
        )
      } finally {
        batches.delete(request.batchId)
      }
      const summary: BatchSummary = { written: [], failed: [], cancelled: [] }
      for (const outcome of outcomes) {
        if (outcome.type === 'written') {
          const { type: _type, ...written } = outcome
          summary.written.push(written)
        } else if (outcome.type === 'failed') {
          summary.failed.push({ ref: outcome.ref, code: outcome.code, message: outcome.message })
        } else summary.cancelled.push(outcome.ref)
      }
      return summary
    },

    /** Stops a running batch: queued reports are skipped, those being rendered are stopped. */
    cancelBatch(batchId: string): boolean {
      const controller = batches.get(batchId)
      controller?.abort()
      return controller !== undefined
    },

    async openReport(id: string): Promise<void> {
      const error = await deps.openPath(await existingPath(id))
      if (error !== '') throw new Error(error)
    },

    async revealReport(id: string): Promise<void> {
      deps.showItemInFolder(await existingPath(id))
    },

    /** Opens the reports folder itself (after a batch). */
    async openReportsFolder(): Promise<void> {
      const { folder } = await reportsFolder()
      const error = await deps.openPath(folder)
      if (error !== '') throw new Error(error)
    },

    async readReport(id: string): Promise<Uint8Array<ArrayBuffer>> {
      const path = await existingPath(id)
      const { size } = await stat(path)
      if (size > MAX_PREVIEW_BYTES) throw new Error(`${basename(path)} is too large to preview`)
      return new Uint8Array(await readFile(path))
    },

    async chooseReportsFolder(): Promise<ReportsFolder & { changed: boolean }> {
      const current = await reportsFolder()
      const chosen = await deps.showFolderDialog({
        defaultPath: current.isDefault ? dirname(current.folder) : current.folder,
      })
      if (chosen === null || chosen === '') return { ...current, changed: false }
      await deps.registry.setFolder(chosen)
      return { ...(await reportsFolder()), changed: true }
    },

    async resetReportsFolder(): Promise<ReportsFolder> {
      await deps.registry.setFolder(null)
      return reportsFolder()
    },
  }
}

/** Errors of the render itself (a bug in a document, a crashed worker), not of the disk. */
function isRenderError(error: unknown): boolean {
  return error instanceof RenderFailedError || error instanceof RenderWorkerError
}

/** The exporter's type. */
export type ReportExporter<Input = unknown> = ReturnType<typeof createReportExporter<Input>>
