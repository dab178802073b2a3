/**
 * Which URLs count as the app itself and which may leave it. Policy: the renderer is trusted only
 * on its own origin (`app://cadence` packaged, the Vite dev server in development); anything else
 * is foreign. Only plain web links may be handed to the operating system, because
 * `shell.openExternal` on `file:`, `smb:` or a custom scheme can launch programs.
 */

/** The privileged scheme the packaged renderer is served from. */
export const APP_SCHEME = 'app'
/** The fixed host of that scheme: one origin, so IndexedDB survives every update. */
export const APP_HOST = 'cadence'
/** The packaged renderer's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The URL the main window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse or has no host. Computed by
 * hand because WHATWG `URL.origin` is `"null"` for custom schemes such as `app:` outside Chromium.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}

/** A predicate that accepts URLs whose origin is one of `origins` (compared normalised). */
export function createOriginCheck(origins: readonly string[]): (url: string) => boolean {
  const allowed = new Set(origins.map(originOf).filter((origin): origin is string => origin !== null))
  return (url) => {
    const origin = originOf(url)
    return origin !== null && allowed.has(origin)
  }
}

const MAX_EXTERNAL_URL_LENGTH = 2048
// Whitespace and control characters are silently stripped by the URL parser; a link that needs
// them to look harmless is not one we open.
function hasHiddenCharacters(text: string): boolean {
  if (/\s/u.test(text)) return true
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/** The normalised form of a URL that is safe to open in the user's browser, or null. */
export function toSafeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null
  if (hasHiddenCharacters(url)) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (parsed.username !== '' || parsed.password !== '') return null
  if (parsed.hostname === '') return null
  return parsed.href
}

/** Whether a URL may be passed to `shell.openExternal`: http(s) only, parses, no credentials. */
export function isSafeExternalUrl(url: unknown): boolean {
  return toSafeExternalUrl(url) !== null
}
