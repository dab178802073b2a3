import { describe, expect, it } from 'vitest'
import { formatDate, formatMoney, formatMonth, formatNumber, minorDigits } from './format'

describe('formatting for a language', () => {
  it('formats minor units as money with the language conventions', () => {
    expect(formatMoney({ amountMinor: 123450, currency: 'EUR' }, 'fi')).toBe('1\u00a0234,50\u00a0€')
    expect(formatMoney({ amountMinor: 123450, currency: 'GBP' }, 'en')).toBe('£1,234.50')
    expect(formatMoney({ amountMinor: 123450, currency: 'PLN' }, 'pl', { whole: true })).toMatch(
      /^1\s?235\szł$/,
    )
  })

  it('knows currencies without minor units', () => {
    expect(minorDigits('JPY')).toBe(0)
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('JP¥1,500')
  })

  it('shows an em dash for values that were not measured or are not finite', () => {
    expect(formatNumber(null, 'en')).toBe('—')
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('—')
    expect(formatNumber(1234.5, 'bg', 1)).toBe('1234,5')
  })

  it('formats calendar dates and months without shifting the day', () => {
    expect(formatDate('2026-01-31', 'en')).toBe('31 Jan 2026')
    expect(formatMonth('2026-10', 'fi')).toBe('loka 2026')
  })
})
