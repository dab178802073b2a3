import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { safeFileName } from './file-names'

// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const UNSAFE = /[/\\<>:"|?*\u0000-\u001f]/

describe('safeFileName', () => {
  it('keeps a plain name and adds the extension once', () => {
    expect(safeFileName('Pohjola Oy – Friday summary', 'eml')).toBe('Pohjola Oy – Friday summary.eml')
    expect(safeFileName('touchpoints.ics', 'ics')).toBe('touchpoints.ics')
  })

  it.each([
    ['../../etc/passwd', 'etc passwd.eml'],
    ['C:\\Windows\\system32\\evil', 'C Windows system32 evil.eml'],
    ['a<b>c:"d|e?f*g', 'a b c d e f g.eml'],
    ['   ...hidden.   ', 'hidden.eml'],
    ['CON', 'Cadence CON.eml'],
    ['', 'Cadence.eml'],
  ])('reduces %j to %j', (suggestion, expected) => {
    expect(safeFileName(suggestion, 'eml')).toBe(expected)
  })

  it('never yields a folder, a control character or an over-long name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (suggestion) => {
        const name = safeFileName(suggestion, 'ics')
        expect(name).not.toMatch(UNSAFE)
        expect(name.endsWith('.ics')).toBe(true)
        expect(name.length).toBeLessThanOrEqual(125)
        expect(name.startsWith('.')).toBe(false)
      }),
    )
  })
})
