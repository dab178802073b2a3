/**
 * Renders a report input to PDF bytes. Pure Node (no Electron import): the main process, a
 * worker and the tests call it alike. Fonts are registered from the bundled files on the first
 * render of the process.
 */
import { renderToBuffer } from '@react-pdf/renderer'
import { createElement, type ReactElement } from 'react'
import type { ReportInput } from '@shared/reports/report-input'
import { forgetUnmappedGlyphs, registerReportFonts } from './fonts'
import { AnnualReport } from './annual/AnnualReport'
import { MonthlyReport } from './monthly/MonthlyReport'
import { QuarterlyReport } from './quarterly/QuarterlyReport'
import { WeeklyReport } from './weekly/WeeklyReport'

/** Thrown for a report kind whose document does not exist yet. */
export class ReportKindNotSupportedError extends Error {
  constructor(kind: string) {
    super(`The ${kind} report cannot be rendered yet.`)
    this.name = 'ReportKindNotSupportedError'
  }
}

function documentOf(input: ReportInput): ReactElement {
  switch (input.kind) {
    case 'monthly':
      return createElement(MonthlyReport, { input })
    case 'weekly':
      return createElement(WeeklyReport, { input })
    case 'quarterly':
      return createElement(QuarterlyReport, { input })
    case 'annual':
      return createElement(AnnualReport, { input })
  }
}

// Renders run one after another: they share the fonts' glyph caches (see forgetUnmappedGlyphs).
let queue: Promise<unknown> = Promise.resolve()

async function render(input: ReportInput): Promise<Uint8Array> {
  registerReportFonts()
  forgetUnmappedGlyphs()
  const buffer = await renderToBuffer(documentOf(input) as Parameters<typeof renderToBuffer>[0])
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/** The PDF of a report, as bytes. Calls made together render in turn. */
export function renderReportPdf(input: ReportInput): Promise<Uint8Array> {
  const next = queue.then(() => render(input))
  queue = next.catch(() => undefined)
  return next
}
