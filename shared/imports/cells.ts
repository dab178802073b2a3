/**
 * Cell-level rules shared by numbers, dates and names: what counts as "no value", how text is
 * trimmed, and how a cell that would run as a spreadsheet formula is recognised.
 */

/** Whitespace ad platforms put in cells: spaces, tabs, no-break and narrow no-break spaces. */
const EDGE_SPACE = /^[\s\u00a0\u202f\u2007\ufeff]+|[\s\u00a0\u202f\u2007\ufeff]+$/g

/** Trims ordinary and no-break spaces (Google writes ` --`, money may end in U+00A0). */
export function trimCell(text: string): string {
  if (text === '' || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1)))) return text
  return text.replace(EDGE_SPACE, '')
}

function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0x85 ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x205f
  )
}

/**
 * Placeholders meaning "no value": Google's `--` and `< 10%` / `> 90%` share bounds, dashes,
 * and the usual not-available spellings. A bounded share is not a number, so it is missing too.
 */
const PLACEHOLDER = /^(?:-{1,2}|—|–|−|n\/a|n\.a\.|na|null|none|\(not set\)|[<>]\s*\d+(?:[.,]\d+)?\s*%)$/i

/** True when the cell holds no value (empty or a placeholder). */
export function isEmptyCell(text: string): boolean {
  const trimmed = trimCell(text)
  return trimmed === '' || PLACEHOLDER.test(trimmed)
}

/** Unicode-normalised, case-folded, single-spaced text for matching headers and labels. */
export function foldText(text: string): string {
  return trimCell(text).normalize('NFC').toLowerCase().replace(/\s+/g, ' ')
}

/** Like foldText, without diacritics, for matching month names in any language. */
export function foldLetters(text: string): string {
  return foldText(text).normalize('NFD').replace(/\p{M}/gu, '')
}

/** What a formula needs to do harm: a function call, a DDE pipe or a sheet reference. */
const FORMULA_BODY = /[A-Za-z_][\w.]*\s*\(|\||![$A-Za-z]*\$?\d/

/**
 * How a text cell that will be stored as a name must be treated (OWASP CSV injection). Names
 * are stored trimmed, so leading spaces, tabs and line breaks are gone before this is asked.
 * - `reject`: it is a formula (starts with `=`, or with `+ - @` followed by a call, a DDE `|`
 *   or a sheet reference) — the row is rejected;
 * - `neutralise`: it only starts with `+ - @` — it is kept as text with a leading apostrophe,
 *   the way spreadsheets mark "this is text", so a later export cannot turn it into a formula;
 * - `keep`: harmless.
 */
export function formulaRisk(text: string): 'reject' | 'neutralise' | 'keep' {
  const start = trimCell(text)
  if (start.startsWith('=') || start.startsWith('\uff1d')) return 'reject'
  if (!/^[+\-@\uff0b\uff0d\uff20]/.test(start)) return 'keep'
  return FORMULA_BODY.test(start) ? 'reject' : 'neutralise'
}

/** The stored form of a name whose risk is `neutralise`. */
export function neutraliseFormula(text: string): string {
  return `'${trimCell(text)}`
}

/** Shortens text for a message (hostile cells can be long). */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
