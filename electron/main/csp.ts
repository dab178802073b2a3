/**
 * Content-Security-Policy for the renderer. Policy: the page may run only code it shipped with
 * (no eval, no inline scripts, no remote origins), because a note or a client's website pasted
 * into the app must never be able to execute or exfiltrate anything. Development relaxes exactly
 * what Vite's dev server needs (its own origin, its HMR web socket, React Refresh's inline
 * preamble) and nothing else.
 */

/** The directives, in the order they are written; `'self'` is the app's own origin. */
const PRODUCTION_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  // Mantine writes style attributes and <style> tags at run time.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  // Logos and creatives are stored as data URLs; charts may be exported as blobs.
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
]

function serialise(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}

/** The policy the packaged app serves with every response. */
export const CONTENT_SECURITY_POLICY = serialise(PRODUCTION_DIRECTIVES)

/** The websocket origin Vite's HMR client connects to for an http(s) dev server origin. */
function webSocketOriginOf(origin: string): string {
  return origin.replace(/^http(s?):/, 'ws$1:')
}

/**
 * The policy for a mode. In development the dev server's origin (and its HMR socket) is added;
 * a missing or unparsable origin adds nothing, so a misconfigured dev run fails closed.
 */
export function cspFor(mode: 'production' | 'development', devServerOrigin?: string): string {
  if (mode === 'production') return CONTENT_SECURITY_POLICY
  let origin: string | undefined
  try {
    const url = devServerOrigin === undefined ? undefined : new URL(devServerOrigin)
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) origin = url.origin
  } catch {
    origin = undefined
  }
  const extra = origin === undefined ? [] : [origin]
  const sockets = origin === undefined ? [] : [webSocketOriginOf(origin)]
  return serialise(
    PRODUCTION_DIRECTIVES.map(([name, sources]) => {
      switch (name) {
        case 'script-src':
          // @vitejs/plugin-react injects the React Refresh preamble as an inline module script.
          return [name, [...sources, ...extra, "'unsafe-inline'"]] as const
        case 'style-src':
        case 'img-src':
        case 'font-src':
          return [name, [...sources, ...extra]] as const
        case 'connect-src':
          return [name, [...sources, ...extra, ...sockets]] as const
        default:
          return [name, sources] as const
      }
    }),
  )
}
