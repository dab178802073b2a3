/**
 * The first rows of a file for the "Other CSV" mapping step: the PM sees the table, picks the
 * header row and says what each column holds; the reader then runs with that mapping. Guesses
 * are only suggestions (a header called "Cost" is probably spend); nothing is imported from here.
 */
import type { CustomKpi } from '../schemas/client'
import type { Channel, StandardMetric } from '../schemas/enums'
import { foldLetters, trimCell } from '../imports/cells'
import { detectDelimiter, prepareText, tokenize, type Delimiter } from '../imports/csv'
import { decodeBytes, type TextEncodingName } from '../imports/decode'
import type { FileError } from '../imports/issues'
import { emptyMapping, type ColumnRole, type ImportMapping } from '../imports/mapping'

/** The top of a file. */
export type Peek =
  | {
      ok: true
      encoding: TextEncodingName
      delimiter: Delimiter
      /** The first records, as the file has them. */
      records: string[][]
      /** The row that looks most like a header (most filled cells, earliest). */
      headerIndex: number
      /** The decoded text (line endings as in the file), for previews of the first rows. */
      text: string
    }
  | { ok: false; error: FileError }

const PEEK_CHARS = 128 * 1024

/** Reads the first `maxRows` records of a file. */
export function peekTable(bytes: Uint8Array, maxRows = 60): Peek {
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return decoded
  if (trimCell(decoded.text) === '')
    return { ok: false, error: { code: 'no-data', reason: 'empty-file', note: null } }
  const prepared = prepareText(decoded.text.slice(0, PEEK_CHARS))
  const delimiter = prepared.declaredDelimiter ?? detectDelimiter(prepared.body)
  const steps = tokenize(prepared.body, delimiter)
  let step = steps.next()
  while (!step.done) step = steps.next()
  const records = step.value.records.slice(0, maxRows)
  return {
    ok: true,
    encoding: decoded.encoding,
    delimiter,
    records,
    headerIndex: guessHeaderIndex(records),
    text: decoded.text,
  }
}

/** The index of the row with the most filled cells (the first of equals). */
export function guessHeaderIndex(records: readonly (readonly string[])[]): number {
  let best = 0
  let bestCount = -1
  records.forEach((record, index) => {
    const count = record.filter((cell) => trimCell(cell) !== '').length
    if (count > bestCount) {
      best = index
      bestCount = count
    }
  })
  return best
}

/** The first `maxLines` lines of a text (all of it when shorter), for a quick preview read. */
export function leadingLines(text: string, maxLines: number): string {
  let end = 0
  for (let line = 0; line < maxLines; line++) {
    const next = text.indexOf('\n', end)
    if (next < 0) return text
    end = next + 1
  }
  return text.slice(0, end)
}

const METRIC_WORDS: readonly [StandardMetric, RegExp][] = [
  ['spend', /^(spend|cost|costs|amount spent|spent|kulut|koszt|разход)/],
  ['impressions', /^(impressions|impr|naytot|nayttokerrat|wyswietlenia|импресии)/],
  ['reach', /^(reach|kattavuus|zasieg|обхват)/],
  ['clicks', /^(clicks|link clicks|klikkaukset|klikniecia|кликове)/],
  ['conversionValue', /^(conversion value|conv\.? value|revenue|purchase value|arvo|przychod|приход)/],
  ['conversions', /^(conversions|conv\.?|purchases|konversiot|konwersje|реализации)$/],
  ['leads', /^(leads|liidit|leady)/],
  ['followers', /^(followers|seuraajat|obserwujacy|последователи)/],
  ['engagements', /^(engagements?|post engagement|sitoutuminen|zaangazowanie)/],
]

/** A suggested role for a header, or null to leave the column out. */
export function guessRole(header: string, customKpis: readonly CustomKpi[]): ColumnRole | null {
  const folded = foldLetters(header)
  if (folded === '') return null
  const kpi = customKpis.find((candidate) => foldLetters(candidate.name) === folded)
  if (kpi) return { kind: 'custom', key: kpi.id }
  if (/^(date|day|month|period|paiva|kuukausi|data|miesiac|дата|месец)$/.test(folded)) return { kind: 'date' }
  if (/^(campaign|campaign name|kampanja|kampania|кампания)/.test(folded)) return { kind: 'campaign' }
  if (/^(currency|valuutta|waluta|валута)/.test(folded)) return { kind: 'currency' }
  if (/^(channel|kanava|kanal|канал)$/.test(folded)) return { kind: 'channel' }
  for (const [metric, pattern] of METRIC_WORDS) if (pattern.test(folded)) return { kind: 'metric', metric }
  return null
}

/** A generic mapping from the roles chosen per header. */
export function mappingFromRoles(
  headers: readonly string[],
  roles: readonly (ColumnRole | null)[],
  options: Pick<ImportMapping, 'decimalSeparator' | 'dateOrder' | 'channelValues'> & {
    channel: Channel | null
  },
): ImportMapping {
  const columns: ImportMapping['columns'] = []
  headers.forEach((header, index) => {
    const role = roles[index]
    const text = trimCell(header)
    if (role && text !== '') columns.push({ header: text, role })
  })
  return { ...emptyMapping(), ...options, columns }
}

/** The roles a saved mapping gives the headers of a file (null where it names none). */
export function rolesFromMapping(headers: readonly string[], mapping: ImportMapping): (ColumnRole | null)[] {
  return headers.map((header) => {
    const folded = foldLetters(header)
    return mapping.columns.find((column) => foldLetters(column.header) === folded)?.role ?? null
  })
}
