/**
 * File names the renderer suggests are only suggestions: they may carry path separators,
 * reserved characters or names Windows refuses, so main reduces them to one safe file name
 * before a save dialog ever sees them.
 */
import type { TextFileKind } from '@shared/ipc'

/** Characters no file system of ours accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i
/** Longest base name kept; leaves room for a folder and an extension under common path limits. */
const MAX_BASE_LENGTH = 120

/** The extension and the save dialog's filter name for each text file kind. */
export const TEXT_FILE_TYPES: Record<TextFileKind, { extension: string; filterName: string }> = {
  eml: { extension: 'eml', filterName: 'E-mail message' },
  ics: { extension: 'ics', filterName: 'iCalendar' },
}

/** A safe base name (no extension) from a suggestion: no folders, no reserved characters, never empty. */
export function safeBaseName(suggestion: string): string {
  let base = suggestion
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .trim()
  if (base === '' || WINDOWS_RESERVED.test(base)) base = `Cadence ${base}`.trim()
  return base
}

/** A safe `name.ext` from a suggestion: no folders, no reserved characters, never empty. */
export function safeFileName(suggestion: string, kind: TextFileKind): string {
  const { extension } = TEXT_FILE_TYPES[kind]
  const withoutExtension = suggestion.replace(new RegExp(`\\.${extension}$`, 'i'), '')
  return `${safeBaseName(withoutExtension)}.${extension}`
}
