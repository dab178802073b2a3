import { describe, expect, it, vi } from 'vitest'
import { mailtoUrl } from '@shared/mails'
import {
  createExternalOpener,
  EXTERNAL_URL_SCHEMES,
  RefusedExternalUrlError,
  toOpenableUrl,
  toSafeMailtoUrl,
} from './external-links'

describe('the scheme allow-list', () => {
  it('is web links and mail drafts, nothing else', () => {
    expect([...EXTERNAL_URL_SCHEMES].sort()).toEqual(['http:', 'https:', 'mailto:'])
  })

  it.each([
    'https://example.com/recording/42',
    'http://intranet.example/recording',
    'mailto:anna@example.com?subject=Hi&body=Hello%20there',
  ])('lets %s through', (url) => {
    expect(toOpenableUrl(url)).not.toBeNull()
  })

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker.example/share',
    'ms-settings:privacy',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vscode://file/etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://cadence/index.html',
    'https://user:pass@example.com/',
    'mailto:anna@example.com?body=two words',
    'mailto:anna@example.com?body=line%0D%0Abreak\r\nBcc: all@example.com',
    'mailto:"evil"@example.com',
    'mailto:anna@example.com?body=100%',
    `mailto:anna@example.com?body=${'a'.repeat(200_001)}`,
    '',
  ])('refuses %j', (url) => {
    expect(toOpenableUrl(url)).toBeNull()
  })

  it('accepts every mailto: URL main builds, even with a long multilingual body', () => {
    const url = mailtoUrl({
      to: ['anna+news@pohjola.fi', 'Мария <maria@example.bg>'],
      subject: 'Viikon suunnitelma & "plan"',
      body: 'Hei Anna,\nensi viikolla… 100% <b>ready</b>\n'.repeat(400),
    })
    expect(toSafeMailtoUrl(url)).toBe(url)
  })

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, { href: 'https://example.com' }])
      expect(toOpenableUrl(value)).toBeNull()
  })
})

describe('createExternalOpener', () => {
  it('hands a vetted, normalised URL to the OS', async () => {
    const launch = vi.fn(() => Promise.resolve())
    await createExternalOpener(launch)('HTTPS://Example.COM/a')
    expect(launch).toHaveBeenCalledExactlyOnceWith('https://example.com/a')
  })

  it('never lets the OS see a refused URL, whoever the caller was', async () => {
    const launch = vi.fn(() => Promise.resolve())
    const open = createExternalOpener(launch)
    await expect(open('file:///etc/passwd')).rejects.toBeInstanceOf(RefusedExternalUrlError)
    await expect(open('smb://host/share')).rejects.toBeInstanceOf(RefusedExternalUrlError)
    expect(launch).not.toHaveBeenCalled()
  })
})
