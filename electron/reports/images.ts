/**
 * Images as the PDF embeds them. The PDF writer reads 8-bit PNGs and JPEGs reliably, but draws
 * PNGs of fewer bits per sample (palette logos, like the demo agency's 2-bit ones) garbled, so
 * those, and interlaced PNGs, are decoded and re-encoded as 8-bit RGBA first. Results are kept
 * per process, since one agency logo goes on every report of a batch.
 */
import { PNG } from 'pngjs'

const PNG_PREFIX = 'data:image/png;base64,'
const CACHE_LIMIT = 64
const cache = new Map<string, string>()

/** Bit depth, colour type and interlace of a PNG, from its IHDR chunk; null when it is no PNG. */
export function pngHeader(
  bytes: Uint8Array,
): { bitDepth: number; colorType: number; interlace: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length < 29 || signature.some((b, i) => bytes[i] !== b)) return null
  return { bitDepth: bytes[24] ?? 0, colorType: bytes[25] ?? 0, interlace: bytes[28] ?? 0 }
}

function normalise(dataUrl: string): string {
  if (!dataUrl.startsWith(PNG_PREFIX)) return dataUrl
  const bytes = Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64')
  const header = pngHeader(bytes)
  if (!header) return dataUrl
  const plain = header.bitDepth === 8 && header.colorType !== 3 && header.interlace === 0
  if (plain) return dataUrl
  const decoded = PNG.sync.read(bytes)
  const encoded = PNG.sync.write(decoded, { colorType: 6, bitDepth: 8, inputHasAlpha: true })
  return PNG_PREFIX + encoded.toString('base64')
}

/** The image in a form the PDF draws correctly (see the policy above); null stays null. */
export function pdfImage(dataUrl: string | null): string | null {
  if (dataUrl === null) return null
  const known = cache.get(dataUrl)
  if (known !== undefined) return known
  let result: string
  try {
    result = normalise(dataUrl)
  } catch {
    // An image that cannot be decoded is left out rather than failing the whole report.
    return null
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '')
  cache.set(dataUrl, result)
  return result
}
