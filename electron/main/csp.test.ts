import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, cspFor } from './csp'

/** Parses a policy into directive → sources, failing on duplicates (browsers ignore the second). */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name === undefined || name === '') continue
    expect(directives.has(name), `duplicate directive ${name}`).toBe(false)
    directives.set(name, sources)
  }
  return directives
}

const EXPECTED_PRODUCTION: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

describe('production CSP', () => {
  it('is exactly the agreed policy, directive by directive', () => {
    expect(Object.fromEntries(parse(CONTENT_SECURITY_POLICY))).toEqual(EXPECTED_PRODUCTION)
  })

  it('is what cspFor returns for production, whatever dev origin is passed', () => {
    expect(cspFor('production')).toBe(CONTENT_SECURITY_POLICY)
    expect(cspFor('production', 'http://localhost:5173')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no eval, no inline script and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/)
    expect(parse(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/)
  })
})

describe('development CSP', () => {
  const policy = parse(cspFor('development', 'http://localhost:5173/some/path'))

  it("adds the dev server's origin and its HMR socket, and nothing remote", () => {
    expect(policy.get('script-src')).toContain('http://localhost:5173')
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173'])
    expect(cspFor('development', 'http://localhost:5173')).not.toMatch(/\*|https:|unsafe-eval/)
  })

  it('keeps every lock that does not concern the dev server', () => {
    for (const name of ['default-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name)).toEqual(["'none'"])
    }
  })

  it('uses wss for an https dev server', () => {
    expect(parse(cspFor('development', 'https://127.0.0.1:5173')).get('connect-src')).toContain(
      'wss://127.0.0.1:5173',
    )
  })

  it('adds nothing for a missing, unparsable or non-web dev origin', () => {
    for (const origin of [undefined, 'not a url', 'file:///tmp/x', 'javascript:alert(1)']) {
      const sources = [...parse(cspFor('development', origin)).values()].flat()
      expect(sources.filter((source) => /:\/\//.test(source))).toEqual([])
    }
  })
})

describe('the CSP meta element in renderer/index.html', () => {
  it('is the production policy (less frame-ancestors, which browsers ignore in a meta element)', async () => {
    const { readFile } = await import('node:fs/promises')
    const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    const expected = Object.fromEntries(
      Object.entries(EXPECTED_PRODUCTION).filter(([name]) => name !== 'frame-ancestors'),
    )
    expect(Object.fromEntries(parse(meta ?? ''))).toEqual(expected)
    expect(meta).not.toMatch(/unsafe-eval/)
  })
})
