/**
 * The render worker's entry (a `node:worker_threads` worker, built by electron-vite into
 * `out/main/render-worker.js` beside main's own bundle). It registers the bundled fonts once,
 * when the worker starts, and then renders one report per request until the pool stops it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ReportInput } from '@shared/reports/report-input'
import { registerReportFonts, useReportFontsDir } from '../reports/fonts'
import { renderReportPdf } from '../reports/render'
import { serveRenderRequests } from './worker-handler'

/** What the pool may pass a worker at start. */
export type RenderWorkerData = { fontsDir?: string }

if (!parentPort) throw new Error('The render worker must run in a worker thread')
const { fontsDir } = (workerData ?? {}) as RenderWorkerData
if (fontsDir !== undefined) useReportFontsDir(fontsDir)
registerReportFonts()
// Main validated the input against reportInputSchema before it was queued.
serveRenderRequests(parentPort, (input) => renderReportPdf(input as ReportInput))
