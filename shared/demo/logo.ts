/**
 * Small geometric PNG logos for demo clients and the agency, encoded here as base64 data URLs.
 * PNG rather than SVG because every consumer (the PDF renderer included) reads PNG; a 2-bit
 * palette and stored (uncompressed) deflate blocks keep the encoder tiny and each logo ~1.5 kB.
 */
import type { Random } from './random'

const SIZE = 64

type Shape = 'circle' | 'diamond' | 'ring' | 'bars' | 'triangle'

/** CRC-32 (PNG's chunk checksum) table. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Uint8Array, from: number, to: number): number {
  let c = 0xffffffff
  for (let i = from; i < to; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A growable byte buffer; logos are built byte by byte, so typed arrays keep it cheap. */
class ByteWriter {
  bytes = new Uint8Array(4096)
  length = 0

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2)
      grown.set(this.bytes)
      this.bytes = grown
    }
    this.bytes[this.length++] = value & 0xff
  }

  uint32(value: number): void {
    this.byte(value >>> 24)
    this.byte(value >>> 16)
    this.byte(value >>> 8)
    this.byte(value)
  }

  all(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.byte(values[i] ?? 0)
  }

  /** A PNG chunk: length, type, data, and the CRC of type and data. */
  chunk(type: string, data: ArrayLike<number>): void {
    this.uint32(data.length)
    const start = this.length
    for (let i = 0; i < 4; i++) this.byte(type.charCodeAt(i))
    this.all(data)
    this.uint32(crc32(this.bytes, start, this.length))
  }

  done(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }
}

/** zlib stream of stored deflate blocks (no compression, valid for any reader). */
function zlibStored(data: Uint8Array): Uint8Array {
  const out = new ByteWriter()
  out.byte(0x78)
  out.byte(0x01)
  let offset = 0
  do {
    const size = Math.min(65_535, data.length - offset)
    const final = offset + size >= data.length
    out.all([final ? 1 : 0, size & 0xff, size >>> 8, ~size & 0xff, (~size >>> 8) & 0xff])
    out.all(data.subarray(offset, offset + size))
    offset += size
  } while (offset < data.length)
  let a = 1
  let b = 0
  for (const byte of data) {
    a = (a + byte) % 65_521
    b = (b + a) % 65_521
  }
  out.uint32(((b << 16) | a) >>> 0)
  return out.done()
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function base64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    parts.push(
      (BASE64[(n >>> 18) & 63] ?? '') +
        (BASE64[(n >>> 12) & 63] ?? '') +
        (i + 1 < bytes.length ? (BASE64[(n >>> 6) & 63] ?? '') : '=') +
        (i + 2 < bytes.length ? (BASE64[n & 63] ?? '') : '='),
    )
  }
  return parts.join('')
}

function hexToRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
}

/** Palette index of a pixel: 0 transparent, 1 primary, 2 secondary, 3 white. */
function pixel(shape: Shape, x: number, y: number): number {
  const c = (SIZE - 1) / 2
  const dx = x - c
  const dy = y - c
  // Rounded square background with corner radius 14.
  const r = 14
  const qx = Math.max(Math.abs(dx) - (c - r), 0)
  const qy = Math.max(Math.abs(dy) - (c - r), 0)
  if (qx * qx + qy * qy > r * r) return 0
  const d = Math.hypot(dx, dy)
  switch (shape) {
    case 'circle':
      return d < 16 ? 3 : d < 21 ? 2 : 1
    case 'ring':
      return d < 9 ? 2 : d < 19 ? 3 : 1
    case 'diamond':
      return Math.abs(dx) + Math.abs(dy) < 20 ? 3 : Math.abs(dx) + Math.abs(dy) < 25 ? 2 : 1
    case 'bars':
      return Math.abs(dy) < 18 && Math.abs(dx) < 18 ? (Math.floor((dx + 18) / 9) % 2 === 0 ? 3 : 2) : 1
    case 'triangle':
      return dy < 14 && dy > -16 && Math.abs(dx) < (dy + 16) * 0.65 ? 3 : 1
  }
}

/** A PNG data URL of a logo in the given colours; the shape is chosen by `rand`. */
export function logoDataUrl(rand: Random, primaryColor: string, secondaryColor: string): string {
  const shape = rand.pick<Shape>(['circle', 'diamond', 'ring', 'bars', 'triangle'])
  const rowBytes = SIZE / 4
  const raw = new Uint8Array(SIZE * (rowBytes + 1))
  let at = 0
  for (let y = 0; y < SIZE; y++) {
    raw[at++] = 0 // filter: none
    for (let byte = 0; byte < rowBytes; byte++) {
      let packed = 0
      for (let k = 0; k < 4; k++) packed = (packed << 2) | pixel(shape, byte * 4 + k, y)
      raw[at++] = packed
    }
  }
  const png = new ByteWriter()
  png.all([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  png.chunk('IHDR', [0, 0, 0, SIZE, 0, 0, 0, SIZE, 2, 3, 0, 0, 0])
  png.chunk('PLTE', [255, 255, 255, ...hexToRgb(primaryColor), ...hexToRgb(secondaryColor), 255, 255, 255])
  png.chunk('tRNS', [0])
  png.chunk('IDAT', zlibStored(raw))
  png.chunk('IEND', [])
  return `data:image/png;base64,${base64(png.done())}`
}

/** A colour `#rrggbb` from hue (0–360), saturation and lightness (0–1). */
export function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness)
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}
