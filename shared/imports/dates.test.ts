import { describe, expect, it } from 'vitest'
import {
  MONTH_BY_NAME,
  detectDateOrder,
  monthOfPeriod,
  parseDateCell,
  parsePeriodText,
  type DateOrder,
} from './dates'

const day = (cell: string, order: DateOrder = 'dmy') => {
  const parsed = parseDateCell(cell, order)
  return parsed.kind === 'period'
    ? parsed.from === parsed.to
      ? parsed.from
      : `${parsed.from}..${parsed.to}`
    : parsed.kind
}

describe('parseDateCell', () => {
  it.each([
    ['2026-03-11', 'dmy', '2026-03-11'],
    ['2026/03/11', 'dmy', '2026-03-11'],
    ['2026-03-11T00:00:00Z', 'dmy', '2026-03-11'],
    ['20251015', 'dmy', '2025-10-15'],
    ['11.03.2026', 'mdy', '2026-03-11'],
    ['11/03/2026', 'dmy', '2026-03-11'],
    ['03/11/2026', 'mdy', '2026-03-11'],
    ['28/06/25', 'dmy', '2025-06-28'],
    ['1/23/2019 12:00:00 AM|11', 'mdy', '2019-01-23'],
    ['27 January 2026', 'dmy', '2026-01-27'],
    ['March 27, 2026', 'dmy', '2026-03-27'],
    ['Mar 27, 2026', 'dmy', '2026-03-27'],
    ['August 18, 2019, 12:00 AM', 'dmy', '2019-08-18'],
    ['1 de Janeiro de 2021', 'dmy', '2021-01-01'],
    ['5 de maio de 2026', 'dmy', '2026-05-05'],
    ['15 de março de 2026', 'dmy', '2026-03-15'],
    ['5. toukokuuta 2026', 'dmy', '2026-05-05'],
    ['1 stycznia 2026', 'dmy', '2026-01-01'],
    ['1 януари 2026 г.', 'dmy', '2026-01-01'],
    ['3 май 2026 г.', 'dmy', '2026-05-03'],
    ['Jan 2026', 'dmy', '2026-01-01..2026-01-31'],
    ['February 2024', 'dmy', '2024-02-01..2024-02-29'],
    ['2026-02', 'dmy', '2026-02-01..2026-02-28'],
    ['02/2026', 'dmy', '2026-02-01..2026-02-28'],
    ['kesäkuu 2026', 'dmy', '2026-06-01..2026-06-30'],
  ] as const)('%s (%s) → %s', (cell, order, expected) => {
    expect(day(cell, order)).toBe(expected)
  })

  it.each(['2026-02-30', '31/04/2026', '13/13/2026', 'Campaign 2026', 'hello', '2026-13', '123456789'])(
    '%j is not a date',
    (cell) => {
      expect(day(cell)).toBe('invalid')
    },
  )

  it.each(['', '--', ' --'])('%j is empty', (cell) => {
    expect(day(cell)).toBe('empty')
  })

  it('knows every month name once, each under its own month', () => {
    const expectations: [string, number][] = [
      ['janeiro', 1],
      ['fev', 2],
      ['marco', 3],
      ['abr', 4],
      ['mai', 5],
      ['junho', 6],
      ['julho', 7],
      ['ago', 8],
      ['set', 9],
      ['out', 10],
      ['nov', 11],
      ['dez', 12],
      ['tammikuuta', 1],
      ['joulukuu', 12],
      ['pazdziernika', 10],
      ['grudzien', 12],
      ['септември', 9],
      ['маи', 5],
      ['sept', 9],
      ['dic', 12],
    ]
    for (const [name, month] of expectations) expect([name, MONTH_BY_NAME.get(name)]).toEqual([name, month])
  })
})

describe('detectDateOrder', () => {
  it('decides day/month from the whole column', () => {
    expect(detectDateOrder(['01/02/2026', '13/02/2026'])).toBe('dmy')
    expect(detectDateOrder(['01/02/2026', '02/13/2026'])).toBe('mdy')
    expect(detectDateOrder(['01/02/2026', '03/04/2026'])).toBe('ambiguous')
    expect(detectDateOrder(['13/02/2026', '02/13/2026'])).toBe('mixed')
    expect(detectDateOrder(['2026-01-02', 'Jan 2026'])).toBeNull()
    expect(detectDateOrder(['01.02.2026'])).toBeNull()
  })
})

describe('report periods', () => {
  it.each([
    ['27 January 2026 - 23 February 2026', '2026-01-27', '2026-02-23'],
    ['March 27, 2026 - April 23, 2026', '2026-03-27', '2026-04-23'],
    ['1 de Janeiro de 2021 - 31 de Janeiro de 2021', '2021-01-01', '2021-01-31'],
    ['5 de maio de 2026 - 15 de maio de 2026', '2026-05-05', '2026-05-15'],
    ['2026-01-01 – 2026-01-31', '2026-01-01', '2026-01-31'],
  ])('%s', (text, from, to) => {
    expect(parsePeriodText(text)).toEqual({ from, to })
  })

  it('is no period when the text is not a range', () => {
    expect(parsePeriodText('Campaign report')).toBeNull()
    expect(parsePeriodText('23 February 2026 - 27 January 2026')).toBeNull()
  })

  it('names the month a period lies in, or null when it spans months', () => {
    expect(monthOfPeriod({ from: '2026-01-01', to: '2026-01-31' })).toBe('2026-01')
    expect(monthOfPeriod({ from: '2026-01-27', to: '2026-02-23' })).toBeNull()
  })
})
