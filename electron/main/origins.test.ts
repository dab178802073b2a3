import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  createOriginCheck,
  isSafeExternalUrl,
  originOf,
  toSafeExternalUrl,
} from './origins'

describe('originOf', () => {
  it('gives scheme://host[:port] for custom and web schemes alike', () => {
    expect(originOf(APP_ENTRY_URL)).toBe('app://cadence')
    expect(originOf('APP://Cadence/clients/1?x#y')).toBe('app://cadence')
    expect(originOf('http://localhost:5173/index.html')).toBe('http://localhost:5173')
  })

  it('is null for URLs without a host or that do not parse', () => {
    expect(originOf('')).toBeNull()
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
    expect(originOf('not a url')).toBeNull()
  })
})

describe('createOriginCheck', () => {
  const isApp = createOriginCheck([APP_ORIGIN])

  it('accepts any page of the app origin', () => {
    expect(isApp('app://cadence/index.html')).toBe(true)
    expect(isApp('app://cadence/clients/42')).toBe(true)
  })

  it('rejects look-alike hosts, other schemes and ports', () => {
    for (const url of [
      'app://cadence.evil.example/',
      'app://evil/',
      'https://cadence/',
      'app://cadence:8080/',
      'file:///app/cadence/index.html',
      '',
    ]) {
      expect(isApp(url), url).toBe(false)
    }
  })

  it('distinguishes dev server ports', () => {
    const isDev = createOriginCheck(['http://localhost:5173'])
    expect(isDev('http://localhost:5173/')).toBe(true)
    expect(isDev('http://localhost:5174/')).toBe(false)
  })
})

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com', 'http://example.com/path?q=1#h', 'https://sub.example.co.uk:8443/x'])(
    'accepts the web link %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true)
    },
  )

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'mailto:someone@example.com',
    'ms-settings:',
    'app://cadence/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.com',
    'https://user@example.com',
    'https://',
    'example.com',
    ' https://example.com',
    'https://exa\tmple.com',
    'https://example.com/\n',
    '',
    `https://example.com/${'a'.repeat(2048)}`,
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, { href: 'https://example.com' }]) {
      expect(isSafeExternalUrl(value)).toBe(false)
    }
  })

  it('normalises what it accepts', () => {
    expect(toSafeExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/')
  })
})
