/**
 * Session-wide locks. Policy: Cadence needs no camera, microphone, location, notifications,
 * MIDI, HID or any other browser permission, so every request and check is refused — with one
 * exception: our own page may write plain text to the clipboard, because copying the Monday mail
 * or a client summary is a core workflow and Chromium routes `navigator.clipboard.writeText`
 * through the permission handlers. Every response of our own pages carries the CSP, even when
 * it comes from the Vite dev server, which cannot be told to send the header itself.
 */

/** The CSP header name as Chromium sends it on responses. */
export const CSP_HEADER = 'Content-Security-Policy'

/** Response headers as Electron's webRequest passes them. */
export type ResponseHeaders = Record<string, string | string[]>

/** The only permission ever granted, and only to our own origin. */
export const GRANTABLE_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write']

/** The slice of Electron's `Session` these locks use. */
export type LockableSession = {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: ResponseHeaders }) => void,
      ) => void,
    ): void
  }
}

/** Returns `headers` with our CSP in place of any policy the server sent (header names are case-insensitive). */
export function withCspHeader(headers: Record<string, string[]> | undefined, csp: string): ResponseHeaders {
  const result: ResponseHeaders = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== CSP_HEADER.toLowerCase()) result[name] = value
  }
  result[CSP_HEADER] = [csp]
  return result
}

/** Whether a permission may be granted to a requester (only the clipboard write, only for our origin). */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isAppUrl: (url: string) => boolean,
): boolean {
  return GRANTABLE_PERMISSIONS.includes(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl)
}

/** Installs the permission refusals and the CSP header on a session. */
export function applySessionSecurity(
  session: LockableSession,
  { csp, isAppUrl }: { csp: string; isAppUrl: (url: string) => boolean },
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details?.requestingUrl, isAppUrl)),
  )
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, isAppUrl),
  )
  session.webRequest.onHeadersReceived((details, callback) => {
    // Only our own pages: DevTools and anything else keep their own headers.
    if (!isAppUrl(details.url)) {
      callback({})
      return
    }
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) })
  })
}
