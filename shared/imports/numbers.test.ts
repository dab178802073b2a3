import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimalEvidence, decimalToMinor, detectDecimalSeparator, parseNumberCell } from './numbers'

const number = (cell: string, decimal: '.' | ',' = '.') => {
  const parsed = parseNumberCell(cell, decimal)
  return parsed.kind === 'number' ? parsed.decimal : parsed.kind
}

describe('parseNumberCell', () => {
  it.each([
    ['1,234.56', '.', '1234.56'],
    ['1.234,56', ',', '1234.56'],
    ['1 234,56', ',', '1234.56'],
    ['1\u00a0234,56', ',', '1234.56'],
    ['1\u202f234,56', ',', '1234.56'],
    ["1'234.56", '.', '1234.56'],
    ['"9,380"', '.', 'invalid'],
    ['9,380', '.', '9380'],
    ['1654,43', ',', '1654.43'],
    ['5.199,00', ',', '5199'],
    ['0.00779201', '.', '0.00779201'],
    ['2.7018933798845173', '.', '2.7018933798845173'],
    ['007', '.', '7'],
    ['.5', '.', '0.5'],
    ['-12.5', '.', '-12.5'],
    ['−12.5', '.', '-12.5'],
    ['(5.00)', '.', '-5'],
    ['12-', '.', '-12'],
    ['-0', '.', '0'],
  ] as const)('%s with decimal %s → %s', (cell, decimal, expected) => {
    expect(number(cell, decimal)).toBe(expected)
  })

  it('reads currency symbols and codes on either side', () => {
    expect(parseNumberCell('R$ 236,86', ',')).toEqual({
      kind: 'number',
      decimal: '236.86',
      percent: false,
      currency: 'BRL',
    })
    expect(parseNumberCell('R$\u00a0236,86', ',')).toMatchObject({ decimal: '236.86', currency: 'BRL' })
    expect(parseNumberCell('€1,234.56', '.')).toMatchObject({ decimal: '1234.56', currency: 'EUR' })
    expect(parseNumberCell('1.234,56 €', ',')).toMatchObject({ decimal: '1234.56', currency: 'EUR' })
    expect(parseNumberCell('EUR 12.00', '.')).toMatchObject({ decimal: '12', currency: 'EUR' })
    expect(parseNumberCell('12,00 zł', ',')).toMatchObject({ decimal: '12', currency: 'PLN' })
    expect(parseNumberCell('12,00 лв.', ',')).toMatchObject({ decimal: '12', currency: 'BGN' })
    expect(parseNumberCell('$5', '.')).toMatchObject({ decimal: '5', currency: null })
    expect(parseNumberCell('-$5', '.')).toMatchObject({ decimal: '-5' })
  })

  it('reads percentages as their number with a flag', () => {
    expect(parseNumberCell('35,88%', ',')).toEqual({
      kind: 'number',
      decimal: '35.88',
      percent: true,
      currency: null,
    })
    expect(parseNumberCell('2.81%', '.')).toMatchObject({ decimal: '2.81', percent: true })
  })

  it.each(['', '  ', '--', ' --', '—', '–', '-', 'N/A', 'n/a', '< 10%', '> 90%', '<10%', '(not set)'])(
    '%j is an empty cell, not zero',
    (cell) => {
      expect(parseNumberCell(cell, '.')).toEqual({ kind: 'empty' })
    },
  )

  it.each(['abc', '12abc', '1.2.3', '1,23,4', '=1+1', '12.5.2026', '1e5x'])('%j is not a number', (cell) => {
    expect(parseNumberCell(cell, '.').kind).toBe('invalid')
  })

  it('rejects a decimal comma where dots were decided, and a malformed grouping', () => {
    expect(number('12,5', '.')).toBe('invalid')
    expect(number('1.23.456', ',')).toBe('invalid')
  })
})

describe('decimal separator detection', () => {
  it.each([
    ['1,234.56', '.'],
    ['1.234,56', ','],
    ['395,47', ','],
    ['10.00', '.'],
    ['1,234,567', '.'],
    ['1.234.567', ','],
    ['0,123', ','],
    ['9,380', null],
    ['9.380', null],
    ['264', null],
    ['--', null],
  ] as const)('%s proves %s', (cell, expected) => {
    expect(decimalEvidence(cell)).toBe(expected)
  })

  it('follows the majority of a column and falls back when nothing proves either', () => {
    expect(detectDecimalSeparator(['"9,380"', '10.00', '2.81%'])).toBe('.')
    expect(detectDecimalSeparator(['1.683,00', '395,47', '1654,43'])).toBe(',')
    expect(detectDecimalSeparator(['9,380', '264'])).toBe('.')
    expect(detectDecimalSeparator(['9,380', '264'], ',')).toBe(',')
  })
})

describe('decimalToMinor', () => {
  it.each([
    ['30.42', 2, 3042],
    ['3.23', 2, 323],
    ['0.00779201', 2, 1],
    ['0.004', 2, 0],
    ['0.005', 2, 1],
    ['1164.09', 2, 116409],
    ['12', 0, 12],
    ['12.5', 0, 13],
    ['1.2345', 3, 1235],
    ['-2.505', 2, -251],
  ] as const)('%s with %i digits → %i', (decimal, digits, expected) => {
    expect(decimalToMinor(decimal, digits)).toBe(expected)
  })

  it('round-trips any amount written in any of the grouping styles, without floats', () => {
    const styles = [
      { group: ',', decimal: '.' },
      { group: '.', decimal: ',' },
      { group: ' ', decimal: ',' },
      { group: '\u00a0', decimal: ',' },
      { group: '', decimal: ',' },
    ] as const
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.constantFrom(...styles), (minor, style) => {
        const whole = String(Math.floor(minor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, style.group)
        const cell = `${whole}${style.decimal}${String(minor % 100).padStart(2, '0')}`
        const parsed = parseNumberCell(cell, style.decimal)
        expect(parsed.kind).toBe('number')
        if (parsed.kind === 'number') expect(decimalToMinor(parsed.decimal, 2)).toBe(minor)
      }),
    )
  })
})
