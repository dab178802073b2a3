import { describe, expect, it } from 'vitest'
import { cachedCollator, cachedDateTimeFormat, cachedNumberFormat } from './intl'

describe('cached Intl formatters', () => {
  it('hands out one formatter per locale and options, and formats like a new one', () => {
    const options = { maximumFractionDigits: 2 }
    const first = cachedNumberFormat('fi-FI', options)
    expect(cachedNumberFormat('fi-FI', { maximumFractionDigits: 2 })).toBe(first)
    expect(first.format(1234.567)).toBe(new Intl.NumberFormat('fi-FI', options).format(1234.567))
  })

  it('keeps formatters of other locales, options or kinds apart', () => {
    const plain = cachedNumberFormat('pl-PL')
    expect(cachedNumberFormat('bg-BG')).not.toBe(plain)
    expect(cachedNumberFormat('pl-PL', { style: 'percent' })).not.toBe(plain)
    expect(cachedNumberFormat('pl-PL', { style: 'percent' }).format(0.5)).toMatch(/50\s?%/)
    const month = cachedDateTimeFormat('fi-FI', { month: 'long', timeZone: 'UTC' })
    expect(month.format(new Date(Date.UTC(2026, 9, 1)))).toBe('lokakuu')
    expect(cachedCollator('fi').compare('ä', 'z')).toBe(1)
  })
})
