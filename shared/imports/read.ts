/**
 * Reads an export file: bytes → text → records → header → rows, totals and rejections. Written
 * as a generator that yields progress between chunks; `readExport` runs it straight through,
 * `readExportInChunks` hands control back to the caller (the UI) after every chunk.
 */
import type { Channel } from '../schemas/enums'
import { trimCell } from './cells'
import { prepareText, detectDelimiter, tokenize, type Delimiter, type Progress } from './csv'
import { decodeBytes, type DecodeOptions, type TextEncodingName } from './decode'
import { detectDateOrder, type DateOrder, type Period } from './dates'
import {
  extractRow,
  extractTotals,
  resolveMapping,
  type ImportRow,
  type MetricValues,
  type RowContext,
} from './extract'
import type { FileError, ImportWarning, RowRejection } from './issues'
import { type ImportMapping, type ImportSource } from './mapping'
import { detectDecimalSeparator, type DecimalSeparator } from './numbers'
import { classifyRow, findHeader, isAccountTotals, preamblePeriod } from './table'
import { checkTotals } from './totals'

export type ReadOptions = DecodeOptions & {
  /** A saved or hand-made mapping; without one the platform is recognised from the header row. */
  mapping?: ImportMapping
  /** The client's currency, used when the file names none. */
  defaultCurrency?: string
  /** Characters parsed per chunk (tests make it small to exercise chunk boundaries). */
  chunkChars?: number
  /** Rows interpreted per chunk. */
  chunkRows?: number
}

/** A totals or summary row the export carries, kept aside to check the rows against. */
export type TotalsRow = {
  row: number
  /** `Total: Campaigns`, or `summary` for Meta's account row. */
  label: string
  /** The whole account rather than the listed rows (Google's `Total: Account`). */
  account: boolean
  currency: string | null
  metrics: MetricValues
}

export type ParsedExport = {
  source: ImportSource
  /** The mapping used: the preset's or the one passed in. Save it to reuse next month. */
  mapping: ImportMapping
  channel: Channel | null
  encoding: TextEncodingName
  delimiter: Delimiter
  decimalSeparator: DecimalSeparator
  dateOrder: DateOrder | null
  /** Row number of the header. */
  headerRow: number
  headers: string[]
  /** The period stated above the table (title lines, GA4 comments), if any. */
  reportPeriod: Period | null
  rows: ImportRow[]
  rejected: RowRejection[]
  warnings: ImportWarning[]
  totals: TotalsRow[]
  /** Data rows in the file, accepted or rejected (totals, notes and blank rows excluded). */
  dataRowCount: number
}

export type ReadResult = { ok: true; export: ParsedExport } | { ok: false; error: FileError }

const fail = (error: FileError): ReadResult => ({ ok: false, error })

/** The reader as a generator of progress; its return value is the result. */
export function* readSteps(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Generator<Progress, ReadResult, void> {
  const decoded = decodeBytes(bytes, options)
  if (!decoded.ok) return fail(decoded.error)
  const warnings: ImportWarning[] = []
  if (decoded.encoding === 'windows-1252') warnings.push({ code: 'decoded-as', encoding: 'windows-1252' })
  if (trimCell(decoded.text) === '') return fail({ code: 'no-data', reason: 'empty-file', note: null })

  const prepared = prepareText(decoded.text)
  const delimiter = prepared.declaredDelimiter ?? detectDelimiter(prepared.body)
  const tokenized = yield* tokenize(prepared.body, delimiter, options.chunkChars)
  const { records } = tokenized
  const rowNumber = (index: number): number => index + 1 + prepared.skippedRows
  if (tokenized.unterminatedQuoteRow !== null) {
    return fail({ code: 'unterminated-quote', row: tokenized.unterminatedQuoteRow + prepared.skippedRows })
  }

  const search = findHeader(records, options.mapping ?? null)
  if (!search.ok) {
    if (search.reason === 'column-missing')
      return fail({ code: 'mapping-column-missing', header: search.header ?? '' })
    if (search.reason === 'preamble-only')
      return fail({ code: 'no-data', reason: 'preamble-only', note: null })
    return fail({ code: 'header-not-found' })
  }
  const { header } = search
  const mapping = header.mapping
  if (!mapping.columns.some((column) => column.role.kind === 'metric')) {
    return fail({ code: 'mapping-incomplete', missing: 'metric' })
  }
  if (!mapping.channel && !mapping.columns.some((column) => column.role.kind === 'channel')) {
    return fail({ code: 'mapping-incomplete', missing: 'channel' })
  }
  const headers = (records[header.index] ?? []).map(trimCell)
  const resolved = resolveMapping(mapping, headers)
  const reportPeriod = preamblePeriod([
    ...prepared.comments,
    ...records.slice(0, header.index).map((record) => record.join(delimiter)),
  ])

  // Classify every row first: the decimal separator and date order are decided per file.
  const kinds = records.map((record, index) =>
    index <= header.index
      ? 'preamble'
      : classifyRow(record, headers.length, resolved.campaign?.index ?? null, mapping.summaryRow),
  )
  const bodyIndexes: number[] = []
  kinds.forEach((kind, index) => {
    if (kind === 'data' || kind === 'totals' || kind === 'summary') bodyIndexes.push(index)
  })
  const dataIndexes = bodyIndexes.filter((index) => kinds[index] === 'data')
  if (dataIndexes.length === 0) {
    const noteIndex = kinds.findIndex((kind) => kind === 'note')
    const note = noteIndex >= 0 ? (records[noteIndex]?.find((cell) => trimCell(cell) !== '') ?? null) : null
    return fail({ code: 'no-data', reason: 'no-rows', note: note === null ? null : trimCell(note) })
  }

  const decimal =
    mapping.decimalSeparator === 'auto'
      ? detectDecimalSeparator(
          (function* () {
            for (const index of bodyIndexes) {
              for (const column of resolved.metrics) yield records[index]?.[column.index] ?? ''
            }
          })(),
        )
      : mapping.decimalSeparator

  let dateOrder: DateOrder | null = mapping.dateOrder === 'auto' ? null : mapping.dateOrder
  if (!dateOrder) {
    const dateColumns = [resolved.date, resolved.periodStart, resolved.periodEnd].filter(
      (column) => column !== null,
    )
    for (const column of dateColumns) {
      const detected = detectDateOrder(dataIndexes.map((index) => records[index]?.[column.index] ?? ''))
      if (detected === 'dmy' || detected === 'mdy') dateOrder = detected
      else if (detected === 'ambiguous' || detected === 'mixed') {
        if (!header.preset) {
          const example = dataIndexes
            .map((index) => records[index]?.[column.index] ?? '')
            .find((cell) => cell !== '')
          return fail({
            code: 'date-order-ambiguous',
            column: column.header,
            example: trimCell(example ?? ''),
          })
        }
        dateOrder = header.preset.dateOrderFallback
      }
    }
  }

  const context: RowContext = {
    resolved,
    decimal,
    dateOrder: dateOrder ?? header.preset?.dateOrderFallback ?? 'dmy',
    reportPeriod,
    defaultCurrency: options.defaultCurrency ?? null,
  }

  const rows: ImportRow[] = []
  const rejected: RowRejection[] = []
  const totals: TotalsRow[] = []
  const seen = new Map<string, number>()
  let currencyAssumed = false
  const chunkRows = options.chunkRows ?? 2000
  const lastIndex = records.length - 1
  for (let position = 0; position < bodyIndexes.length; position++) {
    const index = bodyIndexes[position] ?? 0
    const record = records[index] ?? []
    const row = rowNumber(index)
    const kind = kinds[index]
    if (kind === 'totals' || kind === 'summary') {
      const label =
        kind === 'summary' ? 'summary' : trimCell(record.find((cell) => trimCell(cell) !== '') ?? '')
      totals.push({ row, label, account: isAccountTotals(label), ...extractTotals(record, context) })
    } else {
      const outcome = extractRow(record, row, context)
      if (outcome.ok) {
        const key = record.join('\u0001')
        const sameAs = seen.get(key)
        if (sameAs !== undefined) {
          rejected.push({ code: 'duplicate-row', row, sameAs })
        } else {
          seen.set(key, row)
          rows.push(outcome.row)
          warnings.push(...outcome.warnings)
          currencyAssumed ||= outcome.currencyAssumed
        }
      } else if (
        outcome.rejection.code === 'row-incomplete' &&
        index === lastIndex &&
        !prepared.endsWithNewline
      ) {
        return fail({ code: 'truncated', row })
      } else {
        rejected.push(outcome.rejection)
      }
    }
    if ((position + 1) % chunkRows === 0)
      yield { phase: 'rows', done: position + 1, total: bodyIndexes.length }
  }

  if (currencyAssumed && options.defaultCurrency) {
    warnings.push({ code: 'currency-assumed', currency: options.defaultCurrency })
  }
  warnings.push(...checkTotals(rows, totals))

  return {
    ok: true,
    export: {
      source: mapping.source,
      mapping,
      channel: mapping.channel,
      encoding: decoded.encoding,
      delimiter,
      decimalSeparator: decimal,
      dateOrder,
      headerRow: rowNumber(header.index),
      headers,
      reportPeriod,
      rows,
      rejected,
      warnings,
      totals,
      dataRowCount: dataIndexes.length,
    },
  }
}

/** Reads an export in one go. */
export function readExport(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const steps = readSteps(bytes, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

export type ChunkedReadOptions = ReadOptions & {
  onProgress?: (progress: Progress) => void
  /**
   * Gives the host a turn between chunks, e.g. `() => new Promise((r) => setTimeout(r, 0))` in
   * the renderer so it can paint the progress bar. Defaults to a resolved promise.
   */
  yieldControl?: () => Promise<void>
  /** Stops reading between chunks; the promise then resolves to null. */
  signal?: { readonly aborted: boolean }
}

/** Reads an export chunk by chunk, reporting progress and yielding to the host in between. */
export async function readExportInChunks(
  bytes: Uint8Array,
  options: ChunkedReadOptions = {},
): Promise<ReadResult | null> {
  const steps = readSteps(bytes, options)
  const yieldControl = options.yieldControl ?? (() => Promise.resolve())
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    options.onProgress?.(step.value)
    await yieldControl()
    if (options.signal?.aborted) return null
  }
}
