import { describe, expect, it } from 'vitest'
import { checkImageUpload, fitWithin, MAX_IMAGE_BYTES } from './images'

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
