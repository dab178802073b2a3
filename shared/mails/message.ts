/**
 * Handing a drafted mail to the system: a `mailto:` URL (RFC 6068) for the PM's mail client and
 * an `.eml` message (RFC 5322 with MIME, RFC 2045–2047) to save and open.
 *
 * Policy: line breaks become CRLF everywhere; the body is UTF-8 in quoted-printable, so the
 * message is 7-bit clean and no line exceeds 76 characters; non-ASCII header text (subject,
 * display names) becomes RFC 2047 encoded-words in base64. The Date header is taken from the
 * given instant (in UTC) — nothing reads the clock. Pure: no Node, DOM or Electron APIs.
 */

/** A mail address, optionally with a display name. */
export type MailAddress = string | { name: string; email: string }

const toCrlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n')

/** The UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = []
  for (const char of text) {
    let cp = char.codePointAt(0) ?? 0xfffd
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
    if (cp < 0x80) bytes.push(cp)
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return bytes
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 (with padding) of bytes. */
export function base64(bytes: readonly number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    const digit = (shift: number) => BASE64.charAt((n >> shift) & 63)
    out += digit(18) + digit(12)
    out += i + 1 < bytes.length ? digit(6) : '='
    out += i + 2 < bytes.length ? digit(0) : '='
  }
  return out
}

/** Percent-encodes a mailto component (RFC 6068 via encodeURIComponent, CRLF line breaks). */
function mailtoComponent(text: string): string {
  return encodeURIComponent(toCrlf(text))
}

const addressOnly = (address: MailAddress) => (typeof address === 'string' ? address : address.email).trim()

/** A `mailto:` URL with recipients, subject and body, percent-encoded per RFC 6068. */
export function mailtoUrl(input: {
  to: MailAddress | readonly MailAddress[]
  subject: string
  body: string
}): string {
  const recipients = (Array.isArray(input.to) ? input.to : [input.to]) as readonly MailAddress[]
  const to = recipients
    .map(addressOnly)
    .filter(Boolean)
    .map((a) => encodeURIComponent(a).replace(/%40/g, '@'))
    .join(',')
  return `mailto:${to}?subject=${mailtoComponent(input.subject)}&body=${mailtoComponent(input.body)}`
}

const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/.test(text)

/**
 * RFC 2047 encoded-words (`=?UTF-8?B?…?=`) for header text, each at most 75 characters and never
 * splitting a character, joined by folding white space; printable ASCII text is returned as is.
 */
export function encodeHeaderWords(text: string): string {
  if (isPrintableAscii(text)) return text
  const maxBytes = 45 // 60 base64 characters + 12 of `=?UTF-8?B??=` stays within 75
  const words: number[][] = []
  let chunk: number[] = []
  for (const char of text) {
    const bytes = utf8Bytes(char)
    if (chunk.length + bytes.length > maxBytes) {
      words.push(chunk)
      chunk = []
    }
    chunk.push(...bytes)
  }
  if (chunk.length > 0) words.push(chunk)
  return words.map((w) => `=?UTF-8?B?${base64(w)}?=`).join('\r\n ')
}

/** An address header value: `Name <email>` with the name quoted or encoded as needed. */
function formatAddress(address: MailAddress): string {
  if (typeof address === 'string') return address.trim()
  const email = address.email.trim()
  const name = address.name.trim()
  if (!name) return email
  if (!isPrintableAscii(name)) return `${encodeHeaderWords(name)} <${email}>`
  return /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name)
    ? `${name} <${email}>`
    : `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** An RFC 5322 date-time in UTC, e.g. `Fri, 27 Nov 2026 14:05:00 +0000`, from an ISO instant. */
export function rfc5322Date(instant: string): string {
  const d = new Date(instant)
  if (Number.isNaN(d.getTime())) throw new RangeError(`"${instant}" is not an instant`)
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `${DAYS[d.getUTCDay()] ?? ''}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`
  )
}

const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`

/** Quoted-printable (RFC 2045) of UTF-8 text: CRLF hard breaks, soft breaks keep lines ≤ 76. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const bytes = utf8Bytes(line)
      const tokens = bytes.map((byte, i) => {
        const last = i === bytes.length - 1
        if ((byte === 0x20 || byte === 0x09) && last) return hex(byte)
        if (byte === 0x3d || byte < 0x20 || byte > 0x7e) return byte === 0x09 ? '\t' : hex(byte)
        return String.fromCharCode(byte)
      })
      const out: string[] = []
      let current = ''
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`)
          current = ''
        }
        current += token
      }
      out.push(current)
      return out.join('\r\n')
    })
    .join('\r\n')
}

/**
 * An RFC 5322 message (`.eml`) with From, To, Subject, Date and MIME headers, CRLF line endings,
 * a blank line before the UTF-8 quoted-printable plain-text body, and `X-Unsent: 1` so mail
 * clients open it as a draft to send.
 */
export function emlFile(input: {
  from: MailAddress
  to: MailAddress | readonly MailAddress[]
  subject: string
  body: string
  /** ISO instant for the Date header. */
  date: string
}): string {
  const recipients = (Array.isArray(input.to) ? input.to : [input.to]) as readonly MailAddress[]
  const headers = [
    `From: ${formatAddress(input.from)}`,
    `To: ${recipients.map(formatAddress).filter(Boolean).join(',\r\n ')}`,
    `Subject: ${encodeHeaderWords(input.subject.replace(/[\r\n]+/g, ' '))}`,
    `Date: ${rfc5322Date(input.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ]
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(input.body)}\r\n`
}
