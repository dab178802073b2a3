/**
 * iCalendar (RFC 5545) text for all-day events, so the PM can carry the rhythm's touchpoints
 * into any calendar app.
 *
 * Policy, straight from the RFC because calendar apps are strict about it:
 * - lines end in CRLF (§3.1), and the file ends with one too;
 * - content lines are folded at 75 octets, counted in UTF-8, never inside a character: a
 *   Bulgarian or Finnish summary must not come out as mojibake after unfolding (§3.1);
 * - TEXT values escape backslash, semicolon, comma and newlines (§3.3.11);
 * - all-day events use DATE values with DTEND the day after (the end is exclusive, §3.6.1);
 * - UIDs are stable (the same touchpoint exports the same UID every time, so re-importing
 *   updates instead of duplicating), and DTSTAMP comes from the `now` passed in.
 */

/** The longest content line in octets, CRLF excluded (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75

/** An all-day event: a stable UID, a date `YYYY-MM-DD` and already translated text. */
export type AllDayEvent = {
  uid: string
  date: string
  summary: string
  description?: string
}

/** What a calendar file is built from. */
export type CalendarInput = {
  events: readonly AllDayEvent[]
  /** The instant the file is written; becomes every event's DTSTAMP. */
  now: Date
  /** A display name calendar apps show for the imported calendar (X-WR-CALNAME). */
  name?: string
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** Escapes a TEXT value: `\` `;` `,` and every newline form (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Folds one content line into lines of at most 75 octets joined by CRLF + space; the space of
 * a continuation counts towards its 75. Splits only between code points.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = MAX_LINE_OCTETS
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = MAX_LINE_OCTETS - 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** A date `YYYY-MM-DD` as an iCalendar DATE `YYYYMMDD`; throws a RangeError for anything else. */
export function icsDate(date: string): string {
  if (!DATE_RE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new RangeError(`"${date}" is not a date as YYYY-MM-DD`)
  return date.replace(/-/g, '')
}

/** The day after a date `YYYY-MM-DD`, as an iCalendar DATE. */
export function icsNextDate(date: string): string {
  icsDate(date)
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10).replace(/-/g, '')
}

/** An instant as an iCalendar UTC DATE-TIME `YYYYMMDDTHHMMSSZ`. */
export function icsDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('The instant is not a valid date')
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/** The VCALENDAR text of all-day events, CRLF line endings, folded lines. */
export function buildCalendar({ events, now, name }: CalendarInput): string {
  const stamp = icsDateTime(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cadence//Touchpoints//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsNextDate(event.date)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      // A due item is a reminder, not an appointment: it must not block the day as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
