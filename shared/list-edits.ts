/**
 * Edits of a stored list of short texts (a meeting's agenda or decisions, a weekly card's
 * decisions), addressed by what a screen showed: the line at `index` reading `text`. The stored
 * list may have changed since that render (another quick edit landed first), so each edit is
 * applied to the stored list, finding the line by its index while it still reads the same and by
 * its text otherwise. Nothing typed is lost: an edited line that is gone meanwhile is added again.
 */

/** A line as a screen showed it. */
export type ShownLine = { index: number; text: string }

/** Where the shown line is in the stored list, or -1 when it is no longer there. */
export function locateLine(stored: readonly string[], line: ShownLine): number {
  return stored[line.index] === line.text ? line.index : stored.indexOf(line.text)
}

/** The stored list with a line added at the end (trimmed; an empty text adds nothing). */
export function appendLine(stored: readonly string[], text: string): string[] {
  const trimmed = text.trim()
  return trimmed === '' ? [...stored] : [...stored, trimmed]
}

/** The stored list without the shown line (unchanged when it is gone already). */
export function removeLine(stored: readonly string[], line: ShownLine): string[] {
  const at = locateLine(stored, line)
  return at === -1 ? [...stored] : stored.filter((_, index) => index !== at)
}

/** The stored list with the shown line's text replaced; an empty text removes the line. */
export function replaceLine(stored: readonly string[], line: ShownLine, text: string): string[] {
  const trimmed = text.trim()
  if (trimmed === '') return removeLine(stored, line)
  const at = locateLine(stored, line)
  if (at === -1) return [...stored, trimmed]
  return stored.map((current, index) => (index === at ? trimmed : current))
}

/** The stored list with the shown line moved one place up (-1) or down (1), within the list. */
export function moveLine(stored: readonly string[], line: ShownLine, step: -1 | 1): string[] {
  const next = [...stored]
  const at = locateLine(stored, line)
  const to = at + step
  if (at === -1 || to < 0 || to >= next.length) return next
  const [moved] = next.splice(at, 1)
  if (moved !== undefined) next.splice(to, 0, moved)
  return next
}
