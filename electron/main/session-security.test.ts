import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, createOriginCheck } from './origins'
import {
  applySessionSecurity,
  CSP_HEADER,
  type LockableSession,
  type ResponseHeaders,
} from './session-security'

type RequestHandler = Parameters<LockableSession['setPermissionRequestHandler']>[0]
type CheckHandler = Parameters<LockableSession['setPermissionCheckHandler']>[0]
type HeadersListener = Parameters<LockableSession['webRequest']['onHeadersReceived']>[0]

function setUp() {
  const installed: { request?: RequestHandler; check?: CheckHandler; headers?: HeadersListener } = {}
  const session: LockableSession = {
    setPermissionRequestHandler: (handler) => (installed.request = handler),
    setPermissionCheckHandler: (handler) => (installed.check = handler),
    webRequest: { onHeadersReceived: (listener) => (installed.headers = listener) },
  }
  applySessionSecurity(session, { csp: "default-src 'none'", isAppUrl: createOriginCheck([APP_ORIGIN]) })
  const request = (permission: string, requestingUrl: string): boolean => {
    let granted: boolean | undefined
    installed.request?.(null, permission, (answer) => (granted = answer), { requestingUrl })
    if (granted === undefined) throw new Error('the request handler never answered')
    return granted
  }
  const check = (permission: string, origin: string): boolean => {
    if (installed.check === undefined) throw new Error('no check handler')
    return installed.check(null, permission, origin)
  }
  const headers = (url: string, responseHeaders?: Record<string, string[]>) => {
    let response: { responseHeaders?: ResponseHeaders } | undefined
    installed.headers?.(
      responseHeaders === undefined ? { url } : { url, responseHeaders },
      (r) => (response = r),
    )
    if (response === undefined) throw new Error('the headers listener never answered')
    return response
  }
  return { request, check, headers }
}

const REFUSED = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'unknown',
]

describe('applySessionSecurity', () => {
  it('refuses every permission request, even from the app itself', () => {
    const { request, check } = setUp()
    for (const permission of REFUSED) {
      expect(request(permission, 'app://cadence/index.html'), permission).toBe(false)
      expect(check(permission, 'app://cadence'), permission).toBe(false)
    }
  })

  it('lets only the app write text to the clipboard', () => {
    const { request, check } = setUp()
    expect(request('clipboard-sanitized-write', 'app://cadence/index.html')).toBe(true)
    expect(check('clipboard-sanitized-write', 'app://cadence')).toBe(true)
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    expect(check('clipboard-sanitized-write', 'https://evil.example')).toBe(false)
  })

  it("puts the CSP on the app's responses, replacing any policy the server sent", () => {
    const { headers } = setUp()
    const response = headers('app://cadence/index.html', {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    })
    expect(response.responseHeaders).toEqual({
      [CSP_HEADER]: ["default-src 'none'"],
      'Content-Type': ['text/html'],
    })
  })

  it('adds the CSP even when the response had no headers', () => {
    expect(setUp().headers('app://cadence/').responseHeaders).toEqual({
      [CSP_HEADER]: ["default-src 'none'"],
    })
  })

  it('leaves responses of other origins untouched', () => {
    expect(setUp().headers('devtools://devtools/bundled/index.html', {})).toEqual({})
  })
})
