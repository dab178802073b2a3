import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/schemas'
import { reviewT, type ReviewContext } from './context'
import {
  cooperationQuarterName,
  monthAbbreviation,
  monthRangeLabel,
  monthsLabel,
  quarterName,
  yearName,
} from './format'

const ctxOf = (language: Language) => ({ language, r: reviewT(language) }) as unknown as ReviewContext

describe('month labels of the review reports', () => {
  it('abbreviates months as words in every language, never as numbers', () => {
    expect(monthAbbreviation('2027-01', 'en')).toBe('Jan')
    expect(monthAbbreviation('2027-01', 'fi')).toBe('tammi')
    expect(monthAbbreviation('2027-01', 'pl')).toBe('sty')
    // Intl's short Bulgarian month is "01": the long name's start is taken instead.
    expect(monthAbbreviation('2027-01', 'bg')).toBe('яну')
    expect(monthAbbreviation('2027-09', 'bg')).toBe('сеп')
  })

  it('writes a run of months as the language does, one month alone, a backwards run as typed', () => {
    // Intl sets the dash between thin spaces.
    expect(monthRangeLabel('2026-07', '2026-09', 'en')).toMatch(/^July\s–\sSeptember 2026$/)
    expect(monthRangeLabel('2026-07', '2026-07', 'pl')).toBe('lipiec 2026')
    expect(monthRangeLabel('2027-06', '2027-02', 'en')).toBe('June 2027 – February 2027')
    expect(monthsLabel(['2026-07', '2026-08'], 'fi', true)).toMatch(/^Heinäkuu/)
    expect(monthsLabel([], 'en')).toBe('—')
  })
})

describe('period names of the review reports', () => {
  it('names calendar quarters and years, and cooperation ones with their year after the first', () => {
    const en = ctxOf('en')
    expect(quarterName('2026-Q3', null, en)).toBe('Q3 2026')
    const first = { start: '2025-12-01', year: 1, quarter: 3 as const, aim: 'q3-control-next-year' as const }
    expect(quarterName('coop-Y1-Q3', first, en)).toBe('Quarter 3 of our cooperation')
    expect(cooperationQuarterName({ ...first, year: 2, quarter: 1, aim: 'q1-close-startup' }, en)).toBe(
      'Quarter 1, year 2 of our cooperation',
    )
    expect(yearName('2025', null, en)).toBe('2025')
    expect(yearName('coop-Y2', { start: '2024-01-01', year: 2, quarter: null, aim: null }, ctxOf('pl'))).toBe(
      '2. rok naszej współpracy',
    )
  })
})
