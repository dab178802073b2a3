import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppRequest } from './app-protocol'

const ROOT = resolve('/srv/cadence/renderer')

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path)
  return fromRoot !== '' && !fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !fromRoot.includes(':')
}

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app: as a standard, secure scheme with fetch and streaming, and no CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    })
  })
})

describe('resolveAppRequest', () => {
  it('maps the root to index.html', () => {
    for (const url of ['app://cadence', 'app://cadence/', 'app://cadence/?x=1#top']) {
      expect(resolveAppRequest(url, ROOT)).toEqual({
        kind: 'file',
        filePath: join(ROOT, 'index.html'),
        isIndex: true,
      })
    }
  })

  it('maps asset paths to files inside the root', () => {
    expect(resolveAppRequest('app://cadence/assets/index-abc.js', ROOT)).toEqual({
      kind: 'file',
      filePath: join(ROOT, 'assets', 'index-abc.js'),
      isIndex: false,
    })
    expect(resolveAppRequest('app://cadence/fonts/Inter%20Var.woff2', ROOT)).toMatchObject({
      filePath: join(ROOT, 'fonts', 'Inter Var.woff2'),
    })
  })

  it('rejects other schemes, hosts and ports', () => {
    for (const url of [
      'https://cadence/index.html',
      'app://evil/index.html',
      'app://cadence:81/',
      'nonsense',
    ]) {
      expect(resolveAppRequest(url, ROOT), url).toMatchObject({ kind: 'rejected', reason: 'not-app-url' })
    }
  })

  it.each([
    'app://cadence/assets/%2E%2E%2F%2E%2E%2Fsecret',
    'app://cadence/..%2f..%2fsecret',
    'app://cadence/..%5c..%5csecret',
    'app://cadence/assets/%5c..%5c..%5csecret',
    'app://cadence/index.html%00.png',
    'app://cadence/C:%5cWindows%5cwin.ini',
    'app://cadence/index.html%3a%3a$DATA',
    'app://cadence/%E0%A4%A',
  ])('refuses the escape attempt %s', (url) => {
    expect(resolveAppRequest(url, ROOT)).toMatchObject({ kind: 'rejected', reason: 'bad-path' })
  })

  it('keeps dot segments, plain or encoded, that the URL parser folds inside the root', () => {
    for (const url of ['app://cadence/../../etc/passwd', 'app://cadence/%2e%2e/%2E%2e/etc/passwd']) {
      const target = resolveAppRequest(url, ROOT)
      expect(target, url).toEqual({ kind: 'file', filePath: join(ROOT, 'etc', 'passwd'), isIndex: false })
    }
  })

  it('never yields a path outside the root, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              '..',
              '.',
              '%2e%2e',
              '%2E.',
              '%2f',
              '%5c',
              '\\',
              '/',
              '%00',
              'C:',
              '%3a',
              'a',
              'index.html',
            ),
            fc.string(),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const target = resolveAppRequest(`app://cadence/${parts.join('/')}`, ROOT)
          if (target.kind === 'file') expect(isInside(ROOT, target.filePath)).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('createAppProtocolHandler', () => {
  let root: string
  const csp = "default-src 'none'"

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'cadence-protocol-'))
    root = join(base, 'renderer')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Cadence</title>')
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(root, 'assets', 'app.css'), 'body{}')
    // A secret beside the renderer folder that traversal must never reach.
    writeFileSync(join(base, 'secret.txt'), 'top secret')
  })

  afterAll(() => {
    rmSync(join(root, '..'), { recursive: true, force: true })
  })

  const get = (url: string, method = 'GET') =>
    createAppProtocolHandler({ rootDir: root, csp })(new Request(url, { method }))

  it('serves index.html with the CSP and nosniff', async () => {
    const response = await get('app://cadence/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(csp)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Cadence</title>')
  })

  it('serves assets with their MIME types', async () => {
    const script = await get('app://cadence/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    expect((await get('app://cadence/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    )
  })

  it('falls back to index.html for unknown paths (client-side routes)', async () => {
    for (const url of ['app://cadence/clients/42', 'app://cadence/assets', 'app://cadence/missing.js']) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await response.text()).toContain('<title>Cadence</title>')
    }
  })

  it('refuses traversal with 403 and never reads outside the root', async () => {
    const reads: string[] = []
    const handler = createAppProtocolHandler({
      rootDir: root,
      csp,
      readFile: (path) => {
        reads.push(path)
        return Promise.resolve(new Uint8Array())
      },
    })
    const response = await handler(new Request('app://cadence/..%2fsecret.txt'))
    expect(response.status).toBe(403)
    expect(response.headers.get('content-security-policy')).toBe(csp)
    expect(await response.text()).not.toContain('top secret')
    expect(reads).toEqual([])
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://cadence/assets/app.js', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('app://cadence/assets/app.js', 'POST')).status).toBe(405)
  })

  it('answers 404 for foreign hosts', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404)
  })

  it('answers 500 when a file exists but cannot be read, without falling back', async () => {
    const handler = createAppProtocolHandler({
      rootDir: root,
      csp,
      readFile: () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })),
    })
    expect((await handler(new Request('app://cadence/assets/app.js'))).status).toBe(500)
  })
})
