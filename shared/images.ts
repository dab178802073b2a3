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
