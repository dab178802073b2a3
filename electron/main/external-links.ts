/**
 * The one door to `shell.openExternal`. Policy: the operating system hands a URL to whichever
 * program claims its scheme, so `file:`, `smb:`, `ms-settings:` or an app's custom scheme can
 * launch programs or leak credentials. Only the schemes Cadence itself needs get through — web
 * links (https, and http because the meetings screen accepts the http recording links PMs paste)
 * and the `mailto:` drafts main builds — and every URL is vetted again here, at the sink, however
 * carefully its caller already checked it.
 */
import { toSafeExternalUrl } from './origins'

/** The schemes `shell.openExternal` may ever receive. */
export const EXTERNAL_URL_SCHEMES = ['https:', 'http:', 'mailto:'] as const

/** The longest `mailto:` URL accepted: a 20,000-character body, percent-encoded, fits. */
export const MAX_MAILTO_LENGTH = 200_000

// What `mailtoUrl` produces: RFC 3986 unreserved and sub-delimiter characters and %XX escapes
// only, so no raw space, quote, angle bracket or line break can reach the mail client's parser.
const MAILTO_PATTERN = /^mailto:[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/

/** The `mailto:` URL as it may be opened, or null. */
export function toSafeMailtoUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_MAILTO_LENGTH) return null
  if (!MAILTO_PATTERN.test(url)) return null
  // Every % must start a well-formed escape; a lone % would be decoded differently by each client.
  if (/%(?![0-9A-Fa-f]{2})/.test(url)) return null
  return url
}

/** The URL as it may be handed to the OS (a vetted web link or mailto: draft), or null. */
export function toOpenableUrl(url: unknown): string | null {
  return toSafeExternalUrl(url) ?? toSafeMailtoUrl(url)
}

/** Thrown instead of opening a URL outside the allow-list. */
export class RefusedExternalUrlError extends Error {
  constructor() {
    super('Only https, http and mailto links can be opened')
    this.name = 'RefusedExternalUrlError'
  }
}

/**
 * Wraps the real opener (`shell.openExternal`) so that nothing reaches it unvetted: a refused URL
 * rejects without the OS ever seeing it.
 */
export function createExternalOpener(launch: (url: string) => Promise<void>): (url: string) => Promise<void> {
  return async (url) => {
    const safe = toOpenableUrl(url)
    if (safe === null) throw new RefusedExternalUrlError()
    await launch(safe)
  }
}
