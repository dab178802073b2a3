/**
 * Keeps every web contents on the app's own pages. Policy (Electron security checklist 12–14):
 * no navigation away from our origin, no new windows, no <webview>. A link the user clicks to a
 * website opens in their browser instead — but only a plain http(s) link, never another scheme.
 */
import { toSafeExternalUrl } from './origins'

/** The part of Electron's navigation events the guards read. */
export type NavigationEvent = { url: string; preventDefault(): void }
/** The part of Electron's `will-attach-webview` event the guards use. */
export type PreventableEvent = { preventDefault(): void }

/** The slice of `WebContents` the guards attach to (a fake in tests, the real one in main). */
export type GuardableWebContents = {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/** What the guards need from the outside world. */
export type NavigationGuardDeps = {
  /** Whether a URL is one of the app's own pages (same origin as the renderer). */
  isAppUrl: (url: string) => boolean
  /** Opens a vetted http(s) URL in the user's browser (`shell.openExternal`). */
  openExternal: (url: string) => unknown
}

/** Opens `url` in the browser when it is a safe web link; reports whether it did. */
function openIfSafe(url: string, deps: NavigationGuardDeps): boolean {
  const safe = toSafeExternalUrl(url)
  if (safe === null) return false
  // A browser that fails to start must not take main down with an unhandled rejection.
  Promise.resolve(deps.openExternal(safe)).catch(() => undefined)
  return true
}

/** Handler for `will-navigate`: stays on our origin; a clicked web link goes to the browser. */
export function guardWillNavigate(event: NavigationEvent, deps: NavigationGuardDeps): void {
  if (deps.isAppUrl(event.url)) return
  event.preventDefault()
  openIfSafe(event.url, deps)
}

/** Handler for `will-frame-navigate` and `will-redirect`: anything off our origin is stopped. */
export function guardNavigation(event: NavigationEvent, deps: NavigationGuardDeps): void {
  if (!deps.isAppUrl(event.url)) event.preventDefault()
}

/** Handler for `setWindowOpenHandler`: never a new Electron window; web links open in the browser. */
export function handleWindowOpen(details: { url: string }, deps: NavigationGuardDeps): { action: 'deny' } {
  openIfSafe(details.url, deps)
  return { action: 'deny' }
}

/** Wires all guards onto a web contents; main calls this for every web contents it creates. */
export function attachNavigationGuards(contents: GuardableWebContents, deps: NavigationGuardDeps): void {
  contents.on('will-navigate', (event) => guardWillNavigate(event, deps))
  contents.on('will-frame-navigate', (event) => guardNavigation(event, deps))
  contents.on('will-redirect', (event) => guardNavigation(event, deps))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, deps))
}
