/**
 * Everything an import can complain about, as codes with parameters so the UI can translate
 * them. `describe()` gives the English text for tests and logs only.
 *
 * Rows are numbered as a spreadsheet shows them: the file's first record is row 1 (a quoted cell
 * spanning lines is still one row).
 */

/** Binary formats people pick by mistake instead of a CSV export. */
export type BinaryKind = 'xlsx-or-zip' | 'xls' | 'pdf' | 'gzip' | 'image' | 'unknown'

/** Why a file holds nothing to import. */
export type NoDataReason =
  /** Zero bytes or only whitespace. */
  | 'empty-file'
  /** Only title or preamble lines, no header row (e.g. a LinkedIn export cut after its preamble). */
  | 'preamble-only'
  /** A header row and no data rows (Meta writes "No data available." under it). */
  | 'no-rows'

/** Problems that stop the whole file: nothing is read from it. */
export type FileError =
  | { code: 'no-data'; reason: NoDataReason; note: string | null }
  | { code: 'binary-file'; kind: BinaryKind }
  | { code: 'undecodable'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; byteOffset: number }
  | { code: 'truncated'; row: number | null }
  | { code: 'unterminated-quote'; row: number }
  | { code: 'header-not-found' }
  | { code: 'mapping-incomplete'; missing: 'metric' | 'channel' }
  | { code: 'mapping-column-missing'; header: string }
  | { code: 'date-order-ambiguous'; column: string; example: string }

/** Why one row was left out. */
export type RowRejection =
  | { code: 'formula-injection'; row: number; column: string; text: string }
  | { code: 'row-incomplete'; row: number; column: string }
  | { code: 'text-too-long'; row: number; column: string; length: number; max: number }
  | { code: 'invalid-number'; row: number; column: string; text: string }
  | { code: 'negative-value'; row: number; column: string; text: string }
  | { code: 'invalid-date'; row: number; column: string; text: string }
  | { code: 'no-period'; row: number }
  | { code: 'period-spans-months'; row: number; from: string; to: string }
  | { code: 'currency-mismatch'; row: number; currency: string; expected: string }
  | { code: 'unknown-channel'; row: number; text: string }
  | { code: 'duplicate-row'; row: number; sameAs: number }

/** Things the user should know that do not stop anything. */
export type ImportWarning =
  | { code: 'formula-neutralised'; row: number; column: string; text: string }
  | { code: 'totals-mismatch'; metric: string; totalsRow: number; expected: number; actual: number }
  | { code: 'totals-differ-from-account'; totalsRow: number; accountRow: number; metric: string }
  | { code: 'currency-assumed'; currency: string }
  | { code: 'decoded-as'; encoding: 'windows-1252' }

export type ImportIssue = FileError | RowRejection | ImportWarning

const BINARY_NAMES: Record<BinaryKind, string> = {
  'xlsx-or-zip': 'an Excel workbook (.xlsx) or ZIP archive',
  xls: 'an old Excel workbook (.xls)',
  pdf: 'a PDF document',
  gzip: 'a compressed (gzip) file',
  image: 'an image',
  unknown: 'a binary file',
}

const NO_DATA: Record<NoDataReason, string> = {
  'empty-file': 'the file is empty',
  'preamble-only': 'it has only title lines and no header row',
  'no-rows': 'it has a header row but no data rows',
}

/** The English text of an issue, for tests and logs (the UI translates the code instead). */
export function describe(issue: ImportIssue): string {
  switch (issue.code) {
    case 'no-data':
      return `This export holds no data: ${NO_DATA[issue.reason]}${issue.note ? ` ("${issue.note}")` : ''}.`
    case 'binary-file':
      return `This is ${BINARY_NAMES[issue.kind]}, not a CSV export. Export the report as CSV and import that.`
    case 'undecodable':
      return `The file is not valid ${issue.encoding.toUpperCase()} text (byte ${issue.byteOffset}). It may be saved in another encoding such as Windows-1252.`
    case 'truncated':
      return issue.row === null
        ? 'The file is cut off: its last bytes are incomplete.'
        : `The file is cut off: row ${issue.row} ends early.`
    case 'unterminated-quote':
      return `The file ends inside a quoted cell that starts on row ${issue.row}: it is cut off or damaged.`
    case 'header-not-found':
      return 'No header row was recognised. Map the columns by hand.'
    case 'mapping-incomplete':
      return issue.missing === 'metric'
        ? 'The mapping needs at least one column mapped to a metric.'
        : 'The mapping needs a channel for the rows, or a column that names it.'
    case 'mapping-column-missing':
      return `The mapping expects a column "${issue.header}" that this file does not have.`
    case 'date-order-ambiguous':
      return `Dates in "${issue.column}" (e.g. ${issue.example}) could be day/month or month/day. Choose the date format.`
    case 'formula-injection':
      return `Row ${issue.row}: "${issue.column}" holds a spreadsheet formula (${issue.text}); row rejected.`
    case 'row-incomplete':
      return `Row ${issue.row}: the row ends before column "${issue.column}".`
    case 'text-too-long':
      return `Row ${issue.row}: "${issue.column}" is ${issue.length} characters long; at most ${issue.max} are allowed. Row rejected.`
    case 'invalid-number':
      return `Row ${issue.row}: "${issue.text}" in "${issue.column}" is not a number.`
    case 'negative-value':
      return `Row ${issue.row}: "${issue.column}" is negative (${issue.text}).`
    case 'invalid-date':
      return `Row ${issue.row}: "${issue.text}" in "${issue.column}" is not a date.`
    case 'no-period':
      return `Row ${issue.row}: no date or reporting period, so its month is unknown.`
    case 'period-spans-months':
      return `Row ${issue.row}: the period ${issue.from} – ${issue.to} spans several months; export by month or book it to one month.`
    case 'currency-mismatch':
      return `Row ${issue.row}: amounts are in ${issue.currency}, the client's currency is ${issue.expected}.`
    case 'unknown-channel':
      return `Row ${issue.row}: "${issue.text}" is not a known channel.`
    case 'duplicate-row':
      return `Row ${issue.row} repeats row ${issue.sameAs} (same campaign and period); skipped so it is not counted twice.`
    case 'formula-neutralised':
      return `Row ${issue.row}: "${issue.column}" starts like a formula (${issue.text}); kept as text with a leading apostrophe.`
    case 'totals-mismatch':
      return `The file's totals row ${issue.totalsRow} says ${issue.metric} is ${issue.expected}, the rows add up to ${issue.actual}.`
    case 'totals-differ-from-account':
      return `The totals row ${issue.totalsRow} differs from the account total (row ${issue.accountRow}) in ${issue.metric}: the export may be filtered.`
    case 'currency-assumed':
      return `The file names no currency; amounts are read as ${issue.currency}.`
    case 'decoded-as':
      return 'The file is not UTF-8; it was read as Windows-1252 (Western European).'
  }
}
