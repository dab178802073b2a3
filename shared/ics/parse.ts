/**
 * A small reader of the iCalendar text `buildCalendar` writes: unfolds lines, splits names,
 * parameters and values, and unescapes TEXT. Enough to check an export round-trips (tests, the
 * end-to-end spec); not a general iCalendar parser — no nested components beyond VEVENT, no
 * quoted parameter values.
 */

/** One content line: name, parameters (`VALUE=DATE` → {VALUE: 'DATE'}) and the raw value. */
export type ContentLine = { name: string; params: Record<string, string>; value: string }

/** A VEVENT's properties by name (the last one wins). */
export type ParsedEvent = Record<string, ContentLine>

/** Undoes line folding: a CRLF followed by one space or tab joins the lines (RFC 5545 §3.1). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
}

/** Undoes TEXT escaping: `\\` `\;` `\,` `\n`/`\N`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  )
}

/** Splits a content line into name, parameters and value; throws for a line with no colon. */
export function parseContentLine(line: string): ContentLine {
  const colon = line.indexOf(':')
  if (colon < 0) throw new SyntaxError(`Not an iCalendar content line: "${line}"`)
  const [name = '', ...params] = line.slice(0, colon).split(';')
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(
      params.map((param) => {
        const [key = '', value = ''] = param.split('=')
        return [key.toUpperCase(), value]
      }),
    ),
    value: line.slice(colon + 1),
  }
}

/** The VEVENTs of a calendar text, each with its properties. */
export function parseEvents(text: string): ParsedEvent[] {
  const events: ParsedEvent[] = []
  let current: ParsedEvent | null = null
  for (const line of unfold(text)) {
    const content = parseContentLine(line)
    if (content.name === 'BEGIN' && content.value === 'VEVENT') current = {}
    else if (content.name === 'END' && content.value === 'VEVENT') {
      if (current) events.push(current)
      current = null
    } else if (current) current[content.name] = content
  }
  return events
}
