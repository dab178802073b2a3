/**
 * What an uploaded image may be before Cadence decodes and re-encodes it. Policy: only raster
 * formats a browser decodes without running code (no SVG, which can carry scripts), and at most
 * 5 MB in, so a stray photo or a renamed file is refused with a reason instead of bloating the
 * database that every backup copies.
 */

/** The largest image file accepted for decoding, in bytes. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024

/** The longest side of a stored logo or creative after re-encoding, in pixels. */
export const MAX_IMAGE_SIDE = 512

/**
 * An image a PDF can embed: a PNG or JPEG base64 data URL, the formats react-pdf draws (a WebP
 * logo, allowed in the app, is left out of the documents).
 */
export const PDF_IMAGE_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/

/** Image types accepted for upload. */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const

/** Why an upload was refused before decoding. */
export type ImageRejection = 'too-large' | 'not-an-image' | 'empty'

/** Checks an upload's size and declared type; null when it may be decoded. */
export function checkImageUpload(file: { size: number; type: string }): ImageRejection | null {
  if (file.size === 0) return 'empty'
  if (file.size > MAX_IMAGE_BYTES) return 'too-large'
  return (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type) ? null : 'not-an-image'
}

/** The size to draw an image at so that its longest side is at most `maxSide`. */
export function fitWithin(
  width: number,
  height: number,
  maxSide = MAX_IMAGE_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/**
 * The largest image the database keeps, decoded, in bytes. Uploads are re-encoded to a PNG of at
 * most 512 pixels a side, which stays far below; the limit is the repository's own check, so an
 * import, a restore or a bug elsewhere cannot put a 50 MB blob into every backup.
 */
export const MAX_STORED_IMAGE_BYTES = 2 * 1024 * 1024

/** The longest side, in pixels, of a stored PNG: a tiny file that decodes to gigabytes is refused. */
export const MAX_STORED_IMAGE_SIDE = 2048

/** Image types the database keeps (never SVG, which can carry scripts). */
export const STORED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const

/** Why an image may not be stored. */
export type StoredImageProblem = 'not-a-data-url' | 'type' | 'too-large' | 'not-that-type' | 'too-many-pixels'

const DATA_URL = /^data:(image\/[a-z+.-]+);base64,([A-Za-z0-9+/]+={0,2})$/
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The first bytes of a base64 text (enough for a file signature and a PNG header). */
function leadingBytes(base64: string, count: number): number[] {
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of base64) {
    const value = BASE64_ALPHABET.indexOf(char)
    if (value < 0) break
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
      if (bytes.length === count) break
    }
  }
  return bytes
}

const startsWith = (bytes: readonly number[], signature: readonly (number | null)[]) =>
  signature.every((byte, index) => byte === null || bytes[index] === byte)

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

const SIGNATURES: Record<(typeof STORED_IMAGE_TYPES)[number], readonly (number | null)[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/webp': [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')],
}

const uint32 = (bytes: readonly number[], at: number) =>
  (((bytes[at] ?? 0) << 24) |
    ((bytes[at + 1] ?? 0) << 16) |
    ((bytes[at + 2] ?? 0) << 8) |
    (bytes[at + 3] ?? 0)) >>>
  0

/**
 * Checks an image data URL before it is stored: an accepted type, content whose signature matches
 * that type, at most `MAX_STORED_IMAGE_BYTES` decoded and, for PNG, at most
 * `MAX_STORED_IMAGE_SIDE` pixels a side. Null when it may be stored.
 */
export function checkStoredImage(dataUrl: string): StoredImageProblem | null {
  const match = DATA_URL.exec(dataUrl)
  const type = match?.[1]
  const payload = match?.[2]
  if (type === undefined || payload === undefined) return 'not-a-data-url'
  if (!(STORED_IMAGE_TYPES as readonly string[]).includes(type)) return 'type'
  // Checked on the text's length before decoding anything: 4 characters carry 3 bytes.
  if (Math.floor((payload.length * 3) / 4) > MAX_STORED_IMAGE_BYTES + 2) return 'too-large'
  const head = leadingBytes(payload, 24)
  if (!startsWith(head, SIGNATURES[type as (typeof STORED_IMAGE_TYPES)[number]])) return 'not-that-type'
  if (type === 'image/png') {
    // IHDR is always the first chunk: width and height at bytes 16–23.
    const width = uint32(head, 16)
    const height = uint32(head, 20)
    if (head.length < 24 || width === 0 || height === 0) return 'not-that-type'
    if (width > MAX_STORED_IMAGE_SIDE || height > MAX_STORED_IMAGE_SIDE) return 'too-many-pixels'
  }
  return null
}
