import { describe, expect, it } from 'vitest'
import { imageDataUrlSchema } from '../schemas'
import { parseDay, monthOfDay } from './calendar'
import {
  fill,
  formatChange,
  formatCount,
  formatLocalDate,
  formatMoney,
  inMonth,
  monthName,
} from './locale-text'
import { logoDataUrl } from './logo'
import { asciiSlug, companyDomain } from './names'
import { createRandom } from './random'
import { finnishHolidays } from './settings'

describe('client-language text', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}, {a}', { a: 1, b: 'two' })).toBe('1 and two, 1')
    expect(fill('Hello {name}', {})).toBe('Hello {name}')
  })

  it('writes numbers, money and changes the way each language does', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567')
    expect(formatCount(1234567, 'fi')).toBe('1\u00a0234\u00a0567')
    expect(formatMoney(123_400, 'GBP', 'en')).toBe('£1,234')
    expect(formatMoney(123_400, 'PLN', 'en')).toBe('1,234\u00a0zł')
    expect(formatMoney(123_400, 'EUR', 'fi')).toBe('1\u00a0234\u00a0€')
    expect(formatMoney(123_400, 'BGN', 'bg')).toBe('1\u00a0234\u00a0лв.')
    expect(formatChange(1.123, 'fi')).toBe('+12\u00a0%')
    expect(formatChange(0.7, 'pl')).toBe('−30%')
  })

  it('names months and dates in the client language', () => {
    const november = monthOfDay(parseDay('2026-11-05'))
    expect(monthName(november, 'fi')).toBe('marraskuu')
    expect(inMonth(november, 'fi')).toBe('marraskuussa 2026')
    expect(inMonth(november, 'pl')).toBe('w listopadzie 2026')
    expect(inMonth(november, 'bg')).toBe('през ноември 2026')
    expect(formatLocalDate(parseDay('2026-11-05'), 'en')).toBe('5 Nov 2026')
    expect(formatLocalDate(parseDay('2026-11-05'), 'bg')).toBe('05.11.2026 г.')
  })

  it('turns company names into ASCII domains under .example', () => {
    expect(asciiSlug('Piekarnia Zielińscy', '-')).toBe('piekarnia-zielinscy')
    expect(asciiSlug('Щастие')).toBe('shtastie')
    expect(companyDomain('Зелена долина ЕООД')).toBe('zelena-dolina.example')
    expect(companyDomain('Kahvila Aalto Oy')).toBe('kahvila-aalto.example')
  })
})

describe('logos and settings', () => {
  it('encodes a valid PNG: signature, chunk CRCs, 64×64 palette image', () => {
    const url = logoDataUrl(createRandom(1), '#3b5bdb', '#0ca678')
    expect(imageDataUrlSchema.safeParse(url).success).toBe(true)
    const bytes = Uint8Array.from(atob(url.slice('data:image/png;base64,'.length)), (c) => c.charCodeAt(0))
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const crcTable = Array.from({ length: 256 }, (_, n) => {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      return c >>> 0
    })
    const view = new DataView(bytes.buffer)
    const types: string[] = []
    for (let at = 8; at < bytes.length;) {
      const length = view.getUint32(at)
      const typeAndData = bytes.slice(at + 4, at + 8 + length)
      let crc = 0xffffffff
      for (const b of typeAndData) crc = (crcTable[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8)
      expect((crc ^ 0xffffffff) >>> 0).toBe(view.getUint32(at + 8 + length))
      types.push(String.fromCharCode(...typeAndData.slice(0, 4)))
      at += 12 + length
    }
    expect(types).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND'])
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([64, 64])
  })

  it('lists the Finnish public holidays, movable ones included', () => {
    const holidays = finnishHolidays(2026)
    expect(holidays).toContain('2026-04-03') // Good Friday
    expect(holidays).toContain('2026-04-06') // Easter Monday
    expect(holidays).toContain('2026-05-14') // Ascension Day
    expect(holidays).toContain('2026-06-19') // Midsummer Eve
    expect(holidays).toContain('2026-12-06')
  })
})
