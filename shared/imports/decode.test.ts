import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode'
import { formulaRisk, isEmptyCell } from './cells'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values)

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  const units = bom
    ? [0xfeff, ...Array.from(text, (char) => char.charCodeAt(0))]
    : Array.from(text, (char) => char.charCodeAt(0))
  units.forEach((unit, index) => {
    const [high, low] = [unit >> 8, unit & 0xff]
    out[index * 2] = endian === 'le' ? low : high
    out[index * 2 + 1] = endian === 'le' ? high : low
  })
  return out
}

const TEXT = 'Campanha,Custo\nRelatório,"1,5"\n'

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' })
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8-bom',
    })
  })

  it('reads UTF-16 LE and BE with BOM, and LE without', () => {
    expect(decodeBytes(utf16(TEXT, 'le', true))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' })
    expect(decodeBytes(utf16(TEXT, 'be', true))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' })
    expect(decodeBytes(utf16(TEXT, 'le', false))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' })
    expect(decodeBytes(utf16(TEXT, 'be', false))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' })
  })

  it('calls a UTF-16 file with an odd byte count truncated', () => {
    const whole = utf16(TEXT, 'le', true)
    expect(decodeBytes(whole.subarray(0, whole.length - 1))).toEqual({
      ok: false,
      error: { code: 'truncated', row: null },
    })
  })

  it('calls UTF-8 cut inside a character truncated', () => {
    const whole = utf8('Campanha,Custo\nESCORPIÃO,1')
    const cut = whole.subarray(0, whole.indexOf(0xc3) + 1)
    expect(decodeBytes(cut)).toEqual({ ok: false, error: { code: 'truncated', row: null } })
  })

  it('refuses text in another encoding, or reads it as Windows-1252 when allowed', () => {
    const latin1 = bytes(...Array.from('Relat\u00f3rio,1\nx,2\n', (char) => char.charCodeAt(0)))
    expect(decodeBytes(latin1)).toEqual({
      ok: false,
      error: { code: 'undecodable', encoding: 'utf-8', byteOffset: 5 },
    })
    expect(decodeBytes(latin1, { fallbackEncoding: 'windows-1252' })).toEqual({
      ok: true,
      text: 'Relatório,1\nx,2\n',
      encoding: 'windows-1252',
    })
  })

  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'xlsx-or-zip'],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'xls'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], 'pdf'],
    [[0x1f, 0x8b, 0x08], 'gzip'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'image'],
    [[0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0x05, 0x06, 0x00, 0x07], 'unknown'],
  ] as const)('recognises binary input %#', (values, kind) => {
    expect(decodeBytes(bytes(...values))).toEqual({ ok: false, error: { code: 'binary-file', kind } })
  })

  it('calls text full of control characters binary', () => {
    const noise = new Uint8Array(400).map((_, index) => (index % 7 === 0 ? 0x01 : 0x41))
    expect(decodeBytes(noise)).toEqual({ ok: false, error: { code: 'binary-file', kind: 'unknown' } })
  })
})

describe('cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', 'reject'],
    [' =1+1', 'reject'],
    ['＝1+1', 'reject'],
    ['+HYPERLINK("x")', 'reject'],
    ["-2+3+cmd|' /C calc'!A0", 'reject'],
    ["@SUM(1+1)*cmd|' /C calc'!A0", 'reject'],
    ['+Sheet1!A1', 'reject'],
    ['-20% Sale', 'neutralise'],
    ['+ Brand', 'neutralise'],
    ['@brand awareness', 'neutralise'],
    ['Brand = Search', 'keep'],
    ['Spring [2026] - Search', 'keep'],
  ] as const)('%s → %s', (text, risk) => {
    expect(formulaRisk(text)).toBe(risk)
  })

  it('treats placeholders as empty', () => {
    expect(isEmptyCell(' --')).toBe(true)
    expect(isEmptyCell('< 10%')).toBe(true)
    expect(isEmptyCell('0')).toBe(false)
  })
})
