/** Turns an uploaded file into a small, re-encoded PNG data URL, or says why it cannot. */
import { checkImageUpload, fitWithin, type ImageRejection } from '@shared/images'

/** The outcome of reading an uploaded image. */
export type ImageReadResult = { ok: true; dataUrl: string } | { ok: false; reason: ImageRejection }

/**
 * Decodes the file (a renamed non-image fails here) and redraws it on a canvas, so what is
 * stored is our own small PNG and never the uploaded bytes.
 */
export async function readImageUpload(file: File): Promise<ImageReadResult> {
  const rejection = checkImageUpload(file)
  if (rejection) return { ok: false, reason: rejection }
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file)
  } catch {
    return { ok: false, reason: 'not-an-image' }
  }
  const size = fitWithin(bitmap.width, bitmap.height)
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.width, size.height)
  bitmap.close()
  return { ok: true, dataUrl: canvas.toDataURL('image/png') }
}
