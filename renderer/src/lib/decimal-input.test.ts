import { describe, expect, it } from 'vitest'
import { formatMinorForInput, parseDecimal, toMinorUnits } from './decimal-input'

describe('typed decimal amounts', () => {
  it('reads each locale’s decimal mark and group separator', () => {
    expect(parseDecimal('1,234.50', 'en')).toEqual({ kind: 'number', value: 1234.5 })
    expect(parseDecimal('1 234,50', 'fi')).toEqual({ kind: 'number', value: 1234.5 })
    expect(parseDecimal('1\u00a0234,5', 'pl')).toEqual({ kind: 'number', value: 1234.5 })
    expect(parseDecimal('2500,75', 'bg')).toEqual({ kind: 'number', value: 2500.75 })
  })

  it('accepts a dot as the decimal mark where the locale writes a comma', () => {
    expect(parseDecimal('12.5', 'fi')).toEqual({ kind: 'number', value: 12.5 })
  })

  it('keeps the sign of a negative amount so the form can refuse it', () => {
    expect(parseDecimal('-5', 'en')).toEqual({ kind: 'number', value: -5 })
    expect(parseDecimal('\u22125,5', 'fi')).toEqual({ kind: 'number', value: -5.5 })
  })

  it('tells empty text from text that is not a number', () => {
    expect(parseDecimal('  ', 'en')).toEqual({ kind: 'empty' })
    expect(parseDecimal('12 euros', 'en')).toEqual({ kind: 'invalid' })
    expect(parseDecimal('1,2,3', 'fi')).toEqual({ kind: 'invalid' })
  })

  it('converts to integer minor units by the currency’s digits', () => {
    expect(toMinorUnits(1234.5, 'EUR')).toBe(123450)
    expect(toMinorUnits(0.1 + 0.2, 'EUR')).toBe(30)
    expect(toMinorUnits(1500, 'JPY')).toBe(1500)
  })

  it('prefills a field with the stored amount in the locale’s notation', () => {
    expect(formatMinorForInput(123450, 'EUR', 'fi')).toBe('1234,5')
    expect(formatMinorForInput(123450, 'EUR', 'en')).toBe('1234.5')
  })
})
