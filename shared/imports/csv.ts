/**
 * Text → records with papaparse, in chunks so a 100 000-row file can be read while the UI keeps
 * drawing. Line endings are normalised first; comment lines (`#`) at the top of the file are
 * counted and dropped before parsing, because GA4's can hold quotes and commas.
 */
import Papa from 'papaparse'

export type Delimiter = ',' | ';' | '\t'

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t']
const SAMPLE_CHARS = 64 * 1024
const SAMPLE_ROWS = 60

/** The text prepared for parsing: LF line endings, a leading `sep=` hint and `#` lines removed. */
export type PreparedText = {
  body: string
  /** Rows (lines) removed from the top, so row numbers can still match the file. */
  skippedRows: number
  /** The `#` lines removed from the top, without the `#` (GA4 puts its date range there). */
  comments: string[]
  /** Delimiter named by an Excel `sep=;` first line. */
  declaredDelimiter: Delimiter | null
  /** Whether the file ended with a line break (a truncated file usually does not). */
  endsWithNewline: boolean
}

export function prepareText(text: string): PreparedText {
  let body = text.replace(/\r\n?/g, '\n')
  const endsWithNewline = body.endsWith('\n')
  let skippedRows = 0
  let declaredDelimiter: Delimiter | null = null
  const sep = /^"?sep=([,;\t])"?\n/.exec(body)
  if (sep) {
    declaredDelimiter = sep[1] as Delimiter
    body = body.slice(sep[0].length)
    skippedRows++
  }
  const comments: string[] = []
  while (body.startsWith('#')) {
    const end = body.indexOf('\n')
    comments.push((end < 0 ? body : body.slice(0, end)).slice(1).trim())
    body = end < 0 ? '' : body.slice(end + 1)
    skippedRows++
  }
  return { body, skippedRows, comments, declaredDelimiter, endsWithNewline }
}

/**
 * Picks the delimiter under which most of the sample's rows share one width above 1. Title and
 * preamble lines have a width of their own, so they do not sway the choice; ties go to the
 * wider table.
 */
export function detectDelimiter(body: string): Delimiter {
  const cut = body.length > SAMPLE_CHARS ? body.slice(0, body.lastIndexOf('\n', SAMPLE_CHARS) + 1) : body
  const sample = cut === '' ? body.slice(0, SAMPLE_CHARS) : cut
  let best: { delimiter: Delimiter; rows: number; width: number } = { delimiter: ',', rows: 0, width: 0 }
  for (const delimiter of DELIMITERS) {
    const records = Papa.parse<string[]>(sample, { delimiter, newline: '\n', preview: SAMPLE_ROWS }).data
    const widths = new Map<number, number>()
    for (const record of records) {
      if (record.length > 1) widths.set(record.length, (widths.get(record.length) ?? 0) + 1)
    }
    for (const [width, rows] of widths) {
      if (rows > best.rows || (rows === best.rows && width > best.width)) best = { delimiter, rows, width }
    }
  }
  return best.delimiter
}

/** Progress of a long-running step. */
export type Progress = { phase: 'parse' | 'rows'; done: number; total: number }

export type Tokenized = {
  records: string[][]
  /** First row of a quoted cell that never closes (the file is cut off or damaged). */
  unterminatedQuoteRow: number | null
  /** Rows papaparse found a stray quote in (`"abc"def`). */
  malformedRows: number[]
}

/**
 * Splits the body into records, a chunk at a time. A generator, so the caller decides between
 * running straight through and yielding to the UI after each chunk (see read.ts).
 */
export function* tokenize(
  body: string,
  delimiter: Delimiter,
  chunkChars = 256 * 1024,
): Generator<Progress, Tokenized, void> {
  const records: string[][] = []
  const malformedRows: number[] = []
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' })
  let carry = ''
  let position = 0
  let unterminatedQuoteRow: number | null = null
  let take = chunkChars
  while (position < body.length || carry !== '') {
    const end = Math.min(body.length, position + take)
    const last = end >= body.length
    const input = carry + body.slice(position, end)
    position = end
    const result = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>
    for (const error of result.errors) {
      const row = records.length + (error.row ?? 0) + 1
      if (error.code === 'MissingQuotes') unterminatedQuoteRow ??= row
      else if (error.code === 'InvalidQuotes') malformedRows.push(row)
    }
    for (const record of result.data) records.push(record)
    if (last) break
    carry = input.slice(result.meta.cursor)
    // A quoted cell that spans the chunk keeps the cursor still: read further before retrying.
    take = result.data.length === 0 ? take * 2 : chunkChars
    yield { phase: 'parse', done: position, total: body.length }
  }
  // papaparse reports a final empty record for a trailing line break.
  const tail = records[records.length - 1]
  if (tail && tail.length === 1 && tail[0] === '') records.pop()
  return { records, unterminatedQuoteRow, malformedRows }
}
