import { describe, expect, it } from 'vitest'
import { brandingSchema } from './schemas'
import { createRandom } from './demo/random'
import { logoDataUrl } from './demo/logo'
import {
  checkImageUpload,
  checkStoredImage,
  fitWithin,
  MAX_IMAGE_BYTES,
  MAX_STORED_IMAGE_BYTES,
  MAX_STORED_IMAGE_SIDE,
} from './images'

describe('image uploads', () => {
  it('accepts PNG, JPEG and WebP up to the size limit', () => {
    expect(checkImageUpload({ size: 1000, type: 'image/png' })).toBeNull()
    expect(checkImageUpload({ size: MAX_IMAGE_BYTES, type: 'image/jpeg' })).toBeNull()
    expect(checkImageUpload({ size: 1000, type: 'image/webp' })).toBeNull()
  })

  it('refuses a 10 MB file, an empty one, SVG and anything that is not an image', () => {
    expect(checkImageUpload({ size: 10 * 1024 * 1024, type: 'image/png' })).toBe('too-large')
    expect(checkImageUpload({ size: 0, type: 'image/png' })).toBe('empty')
    expect(checkImageUpload({ size: 500, type: 'image/svg+xml' })).toBe('not-an-image')
    expect(checkImageUpload({ size: 500, type: 'application/pdf' })).toBe('not-an-image')
  })

  it('scales the longest side down to the limit and never up', () => {
    expect(fitWithin(2048, 1024)).toEqual({ width: 512, height: 256 })
    expect(fitWithin(300, 900)).toEqual({ width: 171, height: 512 })
    expect(fitWithin(64, 32)).toEqual({ width: 64, height: 32 })
  })
})

/** A data URL of the given bytes (Node's Buffer is fine in a test). */
const dataUrl = (type: string, bytes: Uint8Array | number[]) =>
  `data:${type};base64,${Buffer.from(Uint8Array.from(bytes)).toString('base64')}`

/** The start of a PNG: signature and an IHDR of the given size (enough for the header check). */
function pngHeader(width: number, height: number): number[] {
  const ihdr = Buffer.alloc(25)
  ihdr.writeUInt32BE(13, 0)
  ihdr.write('IHDR', 4, 'latin1')
  ihdr.writeUInt32BE(width, 8)
  ihdr.writeUInt32BE(height, 12)
  ihdr.writeUInt8(8, 16)
  ihdr.writeUInt8(6, 17)
  return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr]
}

describe('stored images (the repository boundary)', () => {
  const png = logoDataUrl(createRandom(7), '#0b7285', '#f59f00')

  it('keeps what the app itself produces: re-encoded PNGs, and JPEG or WebP with their real signature', () => {
    expect(checkStoredImage(png)).toBeNull()
    expect(checkStoredImage(dataUrl('image/png', pngHeader(512, 384)))).toBeNull()
    expect(checkStoredImage(dataUrl('image/jpeg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toBeNull()
    expect(
      checkStoredImage(
        dataUrl('image/webp', [...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBPVP8 ')]),
      ),
    ).toBeNull()
  })

  it('refuses SVG (it can carry scripts) and anything that is not an image data URL', () => {
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`
    expect(checkStoredImage(svg)).toBe('type')
    expect(checkStoredImage('data:text/html;base64,PHNjcmlwdD4=')).toBe('not-a-data-url')
    expect(checkStoredImage('https://example.com/logo.png')).toBe('not-a-data-url')
    expect(checkStoredImage('data:image/png,rawbytes')).toBe('not-a-data-url')
    expect(checkStoredImage(`${png}"><script>`)).toBe('not-a-data-url')
  })

  it('refuses content that is not what its type claims', () => {
    const html = [...Buffer.from('<html><script>alert(1)</script></html>')]
    expect(checkStoredImage(dataUrl('image/png', html))).toBe('not-that-type')
    expect(checkStoredImage(dataUrl('image/jpeg', pngHeader(10, 10)))).toBe('not-that-type')
    expect(checkStoredImage(dataUrl('image/png', [0x89, 0x50, 0x4e, 0x47]))).toBe('not-that-type')
  })

  it('refuses more than 2 MB, judged from the text before decoding it', () => {
    const big = [...pngHeader(100, 100), ...new Array<number>(MAX_STORED_IMAGE_BYTES).fill(0)]
    expect(checkStoredImage(dataUrl('image/png', big))).toBe('too-large')
    const justUnder = [...pngHeader(100, 100), ...new Array<number>(MAX_STORED_IMAGE_BYTES - 40).fill(0)]
    expect(checkStoredImage(dataUrl('image/png', justUnder))).toBeNull()
  })

  it('refuses a small PNG that claims more pixels than a logo ever needs (a decompression bomb)', () => {
    expect(checkStoredImage(dataUrl('image/png', pngHeader(MAX_STORED_IMAGE_SIDE, 16)))).toBeNull()
    expect(checkStoredImage(dataUrl('image/png', pngHeader(MAX_STORED_IMAGE_SIDE + 1, 16)))).toBe(
      'too-many-pixels',
    )
    expect(checkStoredImage(dataUrl('image/png', pngHeader(20_000, 20_000)))).toBe('too-many-pixels')
    expect(checkStoredImage(dataUrl('image/png', pngHeader(0, 16)))).toBe('not-that-type')
  })

  it('is enforced by the record schemas, with a message for the form', () => {
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`
    const result = brandingSchema.shape.logoDataUrl.safeParse(svg)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Expected a PNG, JPEG or WebP image')
    expect(brandingSchema.shape.logoDataUrl.safeParse(png).success).toBe(true)
    expect(brandingSchema.shape.logoDataUrl.safeParse(null).success).toBe(true)
  })
})
