import { crc32, deflateSync } from 'node:zlib'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { changeArrow } from './components/ChangeText'
import { oneLine, textBlocks, typeset } from './components/TextBlocks'
import { axisMonth, capitalize, longMonth, milestoneText } from './format'
import { reportT } from './i18n'
import { pdfImage, pngHeader } from './images'
import { DEFAULT_ACCENT, readableAccent } from './theme'

describe('written text', () => {
  it('keeps a number with its unit on one line', () => {
    expect(typeset('CTR 6.0 % vs 5.3 %, 120 € and 12 h; 3 hours')).toBe(
      'CTR 6.0\u00a0% vs 5.3\u00a0%, 120\u00a0€ and 12\u00a0h; 3 hours',
    )
  })

  it('splits into paragraphs at blank lines and lists at bullet lines', () => {
    expect(textBlocks('Hello\nworld\n\n- one\n• two\n1. three\nAfter')).toEqual([
      { kind: 'paragraph', text: 'Hello\nworld' },
      { kind: 'list', items: ['one', 'two', 'three'] },
      { kind: 'paragraph', text: 'After' },
    ])
    expect(textBlocks('  \n\n ')).toEqual([])
  })

  it('puts a name with line breaks on one line', () => {
    expect(oneLine('Acme\r\n  Oy')).toBe('Acme Oy')
  })
})

describe('changes', () => {
  it('point up or down, and have no arrow when flat or not computable', () => {
    expect(changeArrow({ absolute: 2, relative: 0.1, direction: 'good' })).toBe('▲')
    expect(changeArrow({ absolute: -2, relative: -0.1, direction: 'good' })).toBe('▼')
    expect(changeArrow({ absolute: 0, relative: 0, direction: 'neutral' })).toBe('')
    expect(changeArrow({ absolute: 5, relative: null, direction: 'good' })).toBe('')
  })
})

describe('dates and labels in the client language', () => {
  it('name months for titles and for chart axes', () => {
    expect(capitalize(longMonth('2026-10', 'fi'), 'fi')).toBe('Lokakuu 2026')
    expect(longMonth('2026-10', 'pl')).toBe('październik 2026')
    expect(axisMonth('2026-10', 'en')).toBe('Oct')
    expect(axisMonth('2026-10', 'fi')).toBe('loka')
    // Bulgarian has no short month names in Intl: the usual three-letter abbreviation.
    expect(axisMonth('2026-10', 'bg')).toBe('окт')
    expect(axisMonth('2026-06', 'bg')).toBe('юни')
  })

  it('name a milestone by its label, or by its kind when it has none', () => {
    const t = reportT('pl')
    expect(milestoneText({ kind: 'launch', label: '' }, t)).toBe('Start')
    expect(milestoneText({ kind: 'proofing', label: 'Runda 2' }, t)).toBe('Runda 2')
  })
})

describe('brand colours', () => {
  it('keep a colour that reads on white and replace one too light', () => {
    expect(readableAccent('#1c7ed6')).toBe('#1c7ed6')
    expect(readableAccent('#ffee00')).toBe(DEFAULT_ACCENT)
    expect(readableAccent(null)).toBe(DEFAULT_ACCENT)
  })
})

describe('images', () => {
  function plainPng(): string {
    const png = new PNG({ width: 4, height: 4 })
    png.data.fill(255)
    return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`
  }

  it('re-encode PNGs of fewer bits per sample or with a palette as 8-bit RGBA, and leave others', () => {
    const source = plainPng()
    expect(pdfImage(source)).toBe(source)
    // A 2-bit palette PNG, like the demo's logos.
    const demo = 'data:image/png;base64,' + paletteTwoBit().toString('base64')
    const fixed = pdfImage(demo)
    expect(fixed).not.toBe(demo)
    const header = pngHeader(Buffer.from((fixed ?? '').split(',')[1] ?? '', 'base64'))
    expect(header).toEqual({ bitDepth: 8, colorType: 6, interlace: 0 })
  })

  it('leave out an image that cannot be decoded', () => {
    const broken = paletteTwoBit()
    expect(pdfImage('data:image/png;base64,' + broken.subarray(0, 40).toString('base64'))).toBeNull()
    expect(pdfImage(null)).toBeNull()
  })
})

/** A 2×2 PNG with a 2-bit palette (colour type 3), written by hand. */
function paletteTwoBit(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 2, 3, 0, 0, 0])
  const plte = Buffer.from([255, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0])
  const raw = Buffer.from([0, 0b00010000, 0, 0b10110000])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
