/**
 * The render worker's entry (a `node:worker_threads` worker, built by electron-vite into
 * `out/main/render-worker.js` beside main's own bundle). It registers the bundled fonts once,
 * when the worker starts, and then renders one report per request until the pool stops it; the
 * fonts' glyph caches are emptied after each render (font-glyph-cache.ts says why).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ReportInput } from '@shared/reports/report-input'
import { registerReportFonts, useReportFontsDir } from '../reports/fonts'
import { renderReportPdf } from '../reports/render'
import { clearFontGlyphCaches } from './font-glyph-cache'
import { serveRenderRequests } from './worker-handler'

/** What the pool may pass a worker at start. */
export type RenderWorkerData = { fontsDir?: string }

if (!parentPort) throw new Error('The render worker must run in a worker thread')
const { fontsDir } = (workerData ?? {}) as RenderWorkerData
if (fontsDir !== undefined) useReportFontsDir(fontsDir)
registerReportFonts()
// Main validated the input against reportInputSchema before it was queued.
serveRenderRequests(parentPort, async (input) => {
  try {
    return await renderReportPdf(input as ReportInput)
  } finally {
    clearFontGlyphCaches()
  }
})
