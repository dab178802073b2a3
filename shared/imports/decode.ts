/**
 * Bytes → text. Ad platforms write UTF-8 (with or without BOM) or, for the "Excel" CSV variants,
 * UTF-16 with a BOM. Anything else is refused with a reason rather than guessed at, except that
 * the caller may allow Windows-1252 (what Excel on Windows saves a re-edited CSV as).
 */
import type { BinaryKind, FileError } from './issues'

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type DecodeOptions = {
  /** Read bytes that are not UTF-8 as Windows-1252 instead of refusing them. */
  fallbackEncoding?: 'windows-1252'
}

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: FileError }

const SNIFF_BYTES = 4096

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((value, index) => bytes[index] === value)
}

/** Recognises the binary files people export by mistake (workbooks, PDFs, images). */
function binaryKind(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return 'xlsx-or-zip'
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip'
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'image'
  }
  return null
}

/**
 * Detects BOM-less UTF-16 by its NUL bytes: Latin text in UTF-16LE has a zero in every odd byte.
 * Returns null when the sample does not look like UTF-16.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1
  if (length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++
    if (bytes[index + 1] === 0) oddZeros++
  }
  const pairs = length / 2
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

/** Byte offset of the first invalid UTF-8 sequence (or of an incomplete one at the end). */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; atEnd: boolean } {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : 4
    if (size === 4 && (lead < 0xf0 || lead > 0xf4)) return { offset: index, atEnd: false }
    if (index + size > bytes.length) return { offset: index, atEnd: true }
    for (let next = 1; next < size; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return { offset: index, atEnd: false }
    }
    index += size
  }
  return { offset: bytes.length, atEnd: false }
}

/** Text with many control characters is binary that happened to decode. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES)
  let controls = 0
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index)
    if (code === 0) return true
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls++
  }
  return controls > sample.length * 0.01
}

function decodeWith(
  label: 'utf-8' | 'utf-16le' | 'utf-16be',
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false } {
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    return { ok: false }
  }
}

function finish(text: string, encoding: TextEncodingName): Decoded {
  if (looksBinary(text)) return { ok: false, error: { code: 'binary-file', kind: 'unknown' } }
  return { ok: true, text, encoding }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): Decoded {
  const body = bytes.subarray(skip)
  if (body.length % 2 === 1) return { ok: false, error: { code: 'truncated', row: null } }
  const result = decodeWith(encoding, body)
  if (!result.ok) return { ok: false, error: { code: 'undecodable', encoding, byteOffset: skip } }
  return finish(result.text, encoding)
}

/** Decodes an export's bytes, or says why it cannot be read as text. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const result = decodeWith('utf-8', bytes.subarray(3))
    if (result.ok) return finish(result.text, 'utf-8-bom')
    const invalid = firstInvalidUtf8(bytes.subarray(3))
    if (invalid.atEnd) return { ok: false, error: { code: 'truncated', row: null } }
    return { ok: false, error: { code: 'undecodable', encoding: 'utf-8', byteOffset: invalid.offset + 3 } }
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', 2)
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', 2)

  const binary = binaryKind(bytes)
  if (binary) return { ok: false, error: { code: 'binary-file', kind: binary } }
  const utf16 = bomlessUtf16(bytes)
  if (utf16) return decodeUtf16(bytes, utf16, 0)

  const result = decodeWith('utf-8', bytes)
  if (result.ok) return finish(result.text, 'utf-8')
  const invalid = firstInvalidUtf8(bytes)
  if (invalid.atEnd) return { ok: false, error: { code: 'truncated', row: null } }
  if (options.fallbackEncoding === 'windows-1252') {
    return finish(new TextDecoder('windows-1252').decode(bytes), 'windows-1252')
  }
  return { ok: false, error: { code: 'undecodable', encoding: 'utf-8', byteOffset: invalid.offset } }
}
