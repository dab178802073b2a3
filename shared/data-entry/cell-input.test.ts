import { describe, expect, it } from 'vitest'
import { decimalSeparatorOf, formatCellValue, formatForEditing, parseCellText } from './cell-input'

const EN = { decimal: '.' as const, currency: 'EUR' }
const FI = { decimal: ',' as const, currency: 'EUR' }

describe('typed cells', () => {
  it('knows each UI language’s decimal mark', () => {
    expect(decimalSeparatorOf('en')).toBe('.')
    expect(decimalSeparatorOf('fi')).toBe(',')
    expect(decimalSeparatorOf('pl')).toBe(',')
    expect(decimalSeparatorOf('bg')).toBe(',')
  })

  it('reads money as integer minor units in the language’s format', () => {
    expect(parseCellText('1234.5', 'money', EN)).toEqual({ ok: true, value: 123450 })
    expect(parseCellText('1,234.50', 'money', EN)).toEqual({ ok: true, value: 123450 })
    expect(parseCellText('1 234,50', 'money', FI)).toEqual({ ok: true, value: 123450 })
    expect(parseCellText('1\u00a0234,5', 'money', FI)).toEqual({ ok: true, value: 123450 })
    expect(parseCellText('€12', 'money', FI)).toEqual({ ok: true, value: 1200 })
    expect(parseCellText('0.105', 'money', EN)).toEqual({ ok: true, value: 11 })
  })

  it('accepts a lone dot as the decimal mark where the language uses a comma', () => {
    expect(parseCellText('12.5', 'count', FI)).toEqual({ ok: true, value: 12.5 })
    expect(parseCellText('12,5', 'count', FI)).toEqual({ ok: true, value: 12.5 })
  })

  it('does not read a decimal comma in English as a number', () => {
    expect(parseCellText('12,5', 'count', EN)).toEqual({ ok: false, error: { code: 'not-a-number' } })
  })

  it('treats empty cells and placeholders as not measured', () => {
    for (const text of ['', '  ', '—', '--', 'n/a']) {
      expect(parseCellText(text, 'count', EN)).toEqual({ ok: true, value: null })
    }
  })

  it('refuses text, negative counts and money, percentages in counts and other currencies', () => {
    expect(parseCellText('abc', 'count', EN)).toEqual({ ok: false, error: { code: 'not-a-number' } })
    expect(parseCellText('=1+1', 'count', EN)).toEqual({ ok: false, error: { code: 'not-a-number' } })
    expect(parseCellText('-5', 'count', EN)).toEqual({ ok: false, error: { code: 'negative' } })
    expect(parseCellText('-5', 'money', EN)).toEqual({ ok: false, error: { code: 'negative' } })
    expect(parseCellText('35%', 'count', EN)).toEqual({ ok: false, error: { code: 'percent-not-allowed' } })
    expect(parseCellText('12 USD', 'money', EN)).toEqual({
      ok: false,
      error: { code: 'currency-mismatch', currency: 'USD', expected: 'EUR' },
    })
    expect(parseCellText('€12', 'count', EN)).toEqual({ ok: false, error: { code: 'not-a-number' } })
  })

  it('lets a custom KPI be negative or a percentage', () => {
    expect(parseCellText('-1,5', 'number', FI)).toEqual({ ok: true, value: -1.5 })
    expect(parseCellText('4.5 %', 'number', EN)).toEqual({ ok: true, value: 4.5 })
  })

  it('starts the editor with the stored value in the language’s format, without grouping', () => {
    expect(formatForEditing(123450, 'money', { language: 'fi', currency: 'EUR' })).toBe('1234,5')
    expect(formatForEditing(123450, 'money', { language: 'en', currency: 'EUR' })).toBe('1234.5')
    expect(formatForEditing(1234567, 'count', { language: 'en', currency: 'EUR' })).toBe('1234567')
    expect(formatForEditing(500, 'money', { language: 'en', currency: 'JPY' })).toBe('500')
    expect(formatForEditing(null, 'count', { language: 'en', currency: 'EUR' })).toBe('')
  })

  it('round-trips what the editor starts with', () => {
    for (const language of ['en', 'fi', 'pl', 'bg'] as const) {
      const decimal = decimalSeparatorOf(language)
      for (const value of [0, 1, 99, 123456, 100000001]) {
        const text = formatForEditing(value, 'money', { language, currency: 'EUR' })
        expect(parseCellText(text, 'money', { decimal, currency: 'EUR' })).toEqual({ ok: true, value })
      }
    }
  })

  it('shows missing and uncomputable values as an em dash, never NaN or Infinity', () => {
    const en = { language: 'en' as const, currency: 'EUR' }
    expect(formatCellValue(null, 'count', en)).toBe('—')
    expect(formatCellValue(Number.NaN, 'percent', en)).toBe('—')
    expect(formatCellValue(Number.POSITIVE_INFINITY, 'ratio', en)).toBe('—')
    expect(formatCellValue(123450, 'money', en)).toBe('1,234.50')
    expect(formatCellValue(12345, 'count', en)).toBe('12,345')
    expect(formatCellValue(0.0123, 'percent', en)).toBe('1.23 %')
    expect(formatCellValue(3.456, 'ratio', en)).toBe('3.46×')
    expect(formatCellValue(123450, 'money', { language: 'fi', currency: 'EUR' })).toBe('1\u00a0234,50')
  })
})
