/**
 * Serves the built renderer from `app://cadence/…`. Policy: one fixed, secure, standard origin
 * for the packaged app — IndexedDB is keyed by origin, so a file:// path that changes with the
 * install folder or version would strand the user's data. Only files inside the renderer folder
 * can ever be read; anything else that is not a real file gets index.html (client-side routes).
 */
import { readFile as fsReadFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { CustomScheme } from 'electron'
import { APP_HOST, APP_SCHEME } from './origins'

/** How the `app:` scheme is registered (before `ready`): a web-like, secure origin with fetch and streaming. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
}

/** The renderer's entry document, relative to the renderer folder. */
export const INDEX_FILE = 'index.html'

/** Where a request maps to: a file inside the root (or index.html), or nowhere. */
export type AppRequestTarget =
  | { kind: 'file'; filePath: string; isIndex: boolean }
  | { kind: 'rejected'; reason: 'not-app-url' | 'bad-path' }

function inside(rootDir: string, candidate: string): boolean {
  const fromRoot = relative(rootDir, candidate)
  return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot)
}

/**
 * Maps an `app://cadence/…` URL to a file path under `rootDir`. The URL parser already folds
 * `..` and `%2e%2e` segments; the pathname is then percent-decoded before the containment check,
 * so `..%2f` or `%5c` cannot climb out. A path that would leave the root, or holds a NUL or a
 * colon, is rejected. The root itself maps to index.html.
 */
export function resolveAppRequest(url: string, rootDir: string): AppRequestTarget {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { kind: 'rejected', reason: 'not-app-url' }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '') {
    return { kind: 'rejected', reason: 'not-app-url' }
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return { kind: 'rejected', reason: 'bad-path' }
  }
  if (pathname.includes('\0')) return { kind: 'rejected', reason: 'bad-path' }
  const root = resolve(rootDir)
  const index = resolve(root, INDEX_FILE)
  // Both separators: on Windows a decoded backslash is a separator too.
  const segments = pathname.split(/[/\\]+/).filter((segment) => segment !== '')
  if (segments.length === 0) return { kind: 'file', filePath: index, isIndex: true }
  // '..' can only appear here percent-encoded past the URL parser; ':' could name a Windows drive
  // or an NTFS stream. No built asset needs either.
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) {
    return { kind: 'rejected', reason: 'bad-path' }
  }
  const filePath = resolve(root, ...segments)
  if (!inside(root, filePath)) return { kind: 'rejected', reason: 'bad-path' }
  return { kind: 'file', filePath, isIndex: filePath === index }
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** The Content-Type for a file name (octet-stream when unknown, which `nosniff` keeps inert). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** Reads a whole file; injectable so the handler can be tested without a disk. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR'
}

/**
 * The `protocol.handle('app', …)` handler: GET/HEAD only; a missing file falls back to index.html;
 * every response carries the CSP and `nosniff`.
 */
export function createAppProtocolHandler({
  rootDir,
  csp,
  readFile = fsReadFile,
}: {
  rootDir: string
  csp: string
  readFile?: ReadFile
}): (request: Request) => Promise<Response> {
  const headersFor = (filePath: string): Headers =>
    new Headers({
      'Content-Type': mimeTypeFor(filePath),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      // Files change only with an app update; revalidating keeps an update from mixing versions.
      'Cache-Control': 'no-cache',
    })
  const plain = (status: number, text: string): Response =>
    new Response(text, {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp },
    })
  const respond = (request: Request, filePath: string, body: Uint8Array): Response =>
    new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headersFor(filePath),
    })

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
    const target = resolveAppRequest(request.url, rootDir)
    if (target.kind === 'rejected') return plain(target.reason === 'bad-path' ? 403 : 404, 'Not found')
    try {
      return respond(request, target.filePath, await readFile(target.filePath))
    } catch (error) {
      if (!isMissing(error)) return plain(500, 'Could not read the file')
      if (target.isIndex) return plain(404, 'Not found')
    }
    const index = resolve(rootDir, INDEX_FILE)
    try {
      return respond(request, index, await readFile(index))
    } catch {
      return plain(404, 'Not found')
    }
  }
}
