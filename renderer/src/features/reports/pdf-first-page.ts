/**
 * Draws the first page of a PDF on a canvas with PDF.js, entirely offline: the library and its
 * worker are bundled by Vite (loaded on first use, so the app's start does not pay for them),
 * and the bytes come from main by the report's id.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerSrc

/**
 * Renders page 1 of `bytes` at `cssWidth` CSS pixels wide (sharp on high-density screens) on a
 * canvas of its own, so two previews started in quick succession never draw over each other.
 */
export async function drawFirstPage(bytes: Uint8Array, cssWidth: number): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas')
  const task = getDocument({ data: bytes })
  try {
    const pdf = await task.promise
    const page = await pdf.getPage(1)
    const scale = cssWidth / page.getViewport({ scale: 1 }).width
    const density = window.devicePixelRatio || 1
    const viewport = page.getViewport({ scale: scale * density })
    canvas.width = Math.floor(viewport.width)
    canvas.height = Math.floor(viewport.height)
    canvas.style.width = `${cssWidth}px`
    canvas.style.height = `${Math.floor(viewport.height / density)}px`
    await page.render({ canvas, viewport }).promise
    return canvas
  } finally {
    await task.destroy()
  }
}
