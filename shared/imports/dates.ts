/**
 * Dates as exports write them: ISO `2026-03-11`, GA4's `20251015`, `11.03.2026`, `3/11/2026`
 * or `11/03/2026` (which one is decided from the whole column), `1/23/2019 12:00:00 AM|11`
 * (Microsoft's hourly periods), `Jan 2026`, `27 January 2026`, `March 27, 2026`,
 * `1 de Janeiro de 2021`, `5. toukokuuta 2026`, `1 stycznia 2026`, `1 януари 2026 г.`.
 * Dates are `YYYY-MM-DD` strings throughout; a month-only cell is the whole month.
 */
import { daysInMonth } from '../cadence/days'
import { foldLetters, isEmptyCell, trimCell } from './cells'

/** Day/month order of numeric dates with slashes or dashes. Dotted dates are always day first. */
export type DateOrder = 'dmy' | 'mdy'

/** An inclusive range of calendar dates. */
export type Period = { from: string; to: string }

export type DateCell = { kind: 'empty' } | { kind: 'invalid' } | ({ kind: 'period' } & Period)

/** Month names and abbreviations in the languages of the fixtures and of Cadence's users. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  // en, pt, de, es, fr, fi, pl (nominative, genitive), bg
  [
    'january',
    'jan',
    'janeiro',
    'januar',
    'enero',
    'ene',
    'janvier',
    'janv',
    'tammikuu',
    'tammi',
    'styczen',
    'stycznia',
    'sty',
    'януари',
    'яну',
  ],
  [
    'february',
    'feb',
    'fevereiro',
    'fev',
    'februar',
    'febrero',
    'fevrier',
    'fevr',
    'helmikuu',
    'helmi',
    'luty',
    'lutego',
    'lut',
    'февруари',
    'фев',
  ],
  ['march', 'mar', 'marco', 'marz', 'marzo', 'mars', 'maaliskuu', 'maalis', 'marzec', 'marca', 'март', 'мар'],
  [
    'april',
    'apr',
    'abril',
    'abr',
    'avril',
    'avr',
    'huhtikuu',
    'huhti',
    'kwiecien',
    'kwietnia',
    'kwi',
    'април',
    'апр',
  ],
  ['may', 'maio', 'mai', 'mayo', 'toukokuu', 'touko', 'maj', 'maja', 'май'],
  ['june', 'jun', 'junho', 'juni', 'junio', 'juin', 'kesakuu', 'kesa', 'czerwiec', 'czerwca', 'cze', 'юни'],
  [
    'july',
    'jul',
    'julho',
    'juli',
    'julio',
    'juillet',
    'juil',
    'heinakuu',
    'heina',
    'lipiec',
    'lipca',
    'lip',
    'юли',
  ],
  ['august', 'aug', 'agosto', 'ago', 'aout', 'elokuu', 'elo', 'sierpien', 'sierpnia', 'sie', 'август', 'авг'],
  [
    'september',
    'sep',
    'sept',
    'setembro',
    'set',
    'septiembre',
    'septembre',
    'syyskuu',
    'syys',
    'wrzesien',
    'wrzesnia',
    'wrz',
    'септември',
    'сеп',
  ],
  [
    'october',
    'oct',
    'outubro',
    'out',
    'oktober',
    'okt',
    'octubre',
    'octobre',
    'lokakuu',
    'loka',
    'pazdziernik',
    'pazdziernika',
    'paz',
    'октомври',
    'окт',
  ],
  [
    'november',
    'nov',
    'novembro',
    'noviembre',
    'novembre',
    'marraskuu',
    'marras',
    'listopad',
    'listopada',
    'lis',
    'ноември',
    'ное',
  ],
  [
    'december',
    'dec',
    'dezembro',
    'dez',
    'dezember',
    'diciembre',
    'dic',
    'decembre',
    'joulukuu',
    'joulu',
    'grudzien',
    'grudnia',
    'gru',
    'декември',
    'дек',
  ],
]

/** Folded month name → month number (1–12). Finnish names also come as `…kuuta` and `…k`. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  MONTH_NAMES.forEach((names, index) => {
    for (const name of names) {
      const folded = foldLetters(name)
      map.set(folded, index + 1)
      if (folded.endsWith('kuu')) {
        map.set(`${folded}ta`, index + 1)
        map.set(`${folded.slice(0, -2)}`, index + 1)
      }
    }
  })
  return map
})()

/** Words that may sit between a date's parts: "1 de Janeiro de 2021", "1 януари 2026 г.". */
const FILLER = new Set(['de', 'del', 'of', 'the', 'г', 'r', 'rok', 'roku', 'am', 'pm', 'utc', 'gmt'])

const pad = (value: number): string => String(value).padStart(2, '0')

function fullYear(text: string): number {
  const value = Number(text)
  if (text.length === 4) return value
  return value < 70 ? 2000 + value : 1900 + value
}

function dayPeriod(year: number, month: number, day: number): DateCell {
  if (year < 1970 || year > 2200 || month < 1 || month > 12) return { kind: 'invalid' }
  if (day < 1 || day > daysInMonth(year, month - 1)) return { kind: 'invalid' }
  const date = `${year}-${pad(month)}-${pad(day)}`
  return { kind: 'period', from: date, to: date }
}

function monthPeriod(year: number, month: number): DateCell {
  if (year < 1970 || year > 2200 || month < 1 || month > 12) return { kind: 'invalid' }
  return {
    kind: 'period',
    from: `${year}-${pad(month)}-01`,
    to: `${year}-${pad(month)}-${pad(daysInMonth(year, month - 1))}`,
  }
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s|].*)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[\sT|,].*)?$/

/** The two leading numbers of a numeric date whose order is unclear (`3/11/2026`), or null. */
export function numericDateParts(cell: string): { first: number; second: number; dotted: boolean } | null {
  const match = NUMERIC.exec(trimCell(cell))
  if (!match) return null
  return { first: Number(match[1]), second: Number(match[3]), dotted: match[2] === '.' }
}

/**
 * The day/month order a column's numeric dates agree on: a first number above 12 proves day
 * first, a second one above 12 proves month first. `ambiguous` when no value proves either.
 * Dotted dates (`11.03.2026`) are day first by convention and prove nothing about slashes.
 */
export function detectDateOrder(cells: Iterable<string>): DateOrder | 'ambiguous' | 'mixed' | null {
  let seen = false
  let dayFirst = false
  let monthFirst = false
  for (const cell of cells) {
    const parts = numericDateParts(cell)
    if (!parts || parts.dotted) continue
    seen = true
    if (parts.first > 12) dayFirst = true
    if (parts.second > 12) monthFirst = true
  }
  if (!seen) return null
  if (dayFirst && monthFirst) return 'mixed'
  if (dayFirst) return 'dmy'
  if (monthFirst) return 'mdy'
  return 'ambiguous'
}

/** Dates written with month names, in any order: `27 January 2026`, `March 27, 2026`, `Jan 2026`. */
function parseTextDate(text: string): DateCell {
  const tokens = foldLetters(text)
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ')
    .split(/[\s,.]+/)
    .filter((token) => token !== '')
  let month: number | null = null
  let year: number | null = null
  let day: number | null = null
  for (const token of tokens) {
    const named = MONTH_BY_NAME.get(token)
    if (named !== undefined && month === null) month = named
    else if (/^\d{4}$/.test(token) && year === null) year = Number(token)
    else if (/^\d{1,2}$/.test(token) && day === null) day = Number(token)
    else if (!FILLER.has(token)) return { kind: 'invalid' }
  }
  if (month === null || year === null) return { kind: 'invalid' }
  return day === null ? monthPeriod(year, month) : dayPeriod(year, month, day)
}

/** Reads a date or month cell. Numeric slash dates follow `order`; dotted ones are day first. */
export function parseDateCell(cell: string, order: DateOrder): DateCell {
  if (isEmptyCell(cell)) return { kind: 'empty' }
  const text = trimCell(cell)
  let match = ISO.exec(text)
  if (match) return dayPeriod(Number(match[1]), Number(match[2]), Number(match[3]))
  match = COMPACT.exec(text)
  if (match) return dayPeriod(Number(match[1]), Number(match[2]), Number(match[3]))
  match = YEAR_MONTH.exec(text)
  if (match) return monthPeriod(Number(match[1]), Number(match[2]))
  match = MONTH_YEAR.exec(text)
  if (match) return monthPeriod(Number(match[2]), Number(match[1]))
  match = NUMERIC.exec(text)
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), fullYear(match[4] ?? '')]
    const dayFirst = match[2] === '.' || order === 'dmy'
    return dayFirst ? dayPeriod(year, second, first) : dayPeriod(year, first, second)
  }
  if (/\p{L}/u.test(text)) return parseTextDate(text)
  return { kind: 'invalid' }
}

/**
 * A report period written as a range (`27 January 2026 - 23 February 2026`,
 * `March 27, 2026 - April 23, 2026`), or null when the text is no such range.
 */
export function parsePeriodText(text: string, order: DateOrder = 'mdy'): Period | null {
  const parts = trimCell(text).split(/\s+[-–—]\s+|\s+(?:to|até|a|bis|–)\s+/i)
  if (parts.length !== 2) return null
  const start = parseDateCell(parts[0] ?? '', order)
  const end = parseDateCell(parts[1] ?? '', order)
  if (start.kind !== 'period' || end.kind !== 'period' || start.from > end.to) return null
  return { from: start.from, to: end.to }
}

/** The `YYYY-MM` a period lies in, or null when it spans months. */
export function monthOfPeriod(period: Period): string | null {
  const month = period.from.slice(0, 7)
  return period.to.slice(0, 7) === month ? month : null
}
