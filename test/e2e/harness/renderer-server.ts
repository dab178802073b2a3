/**
 * Serves the built renderer to Chromium through Playwright's request interception, on a fixed
 * https origin (a secure context, like `app://cadence`, so IndexedDB and storage.persist behave
 * as in the app) and with the same Content-Security-Policy main sends.
 */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp'

/** The origin the harness serves the renderer from. */
export const HARNESS_ORIGIN = 'https://cadence.test'

/** Where `electron-vite build` writes the renderer. */
export const RENDERER_DIR = join(import.meta.dirname, '../../../out/renderer')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
}

/** Routes every request for the harness origin to the built files; anything else is refused. */
export async function serveRenderer(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== HARNESS_ORIGIN) return route.abort('blockedbyclient')
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '')
    const file = join(RENDERER_DIR, relative === '' ? 'index.html' : relative)
    if (!file.startsWith(RENDERER_DIR + sep) && file !== RENDERER_DIR) return route.abort('accessdenied')
    try {
      const body = await readFile(file)
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
        },
      })
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' })
    }
  })
}
