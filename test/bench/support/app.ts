/**
 * Running the built app for a benchmark: the e2e harness (Chromium with the real main-process
 * handlers bridged in, or Electron where its binary is installed) on a fresh profile per launch.
 * Build first (`npm run bench` does: electron-vite build).
 */
import { closeBrowser, launchApp, type AppUnderTest } from '../../e2e/harness/launch'

export type { AppUnderTest }

/** Starts the app on a new, empty profile; call `app.close()` when done. */
export function launchBenchApp(): Promise<AppUnderTest> {
  return launchApp()
}

/** Closes the shared browser of the harness (call in afterAll). */
export function closeBenchBrowser(): Promise<void> {
  return closeBrowser()
}

/** The browser's version ("Chromium 1xx…") or the Electron target's, for the machine facts. */
export async function browserVersion(app: AppUnderTest): Promise<string> {
  const version = await app.page.evaluate(() => navigator.userAgent)
  const match = /(Chrome|Chromium|Electron)\/([\d.]+)/.exec(version)
  return match ? `${app.target} ${match[1] ?? ''} ${match[2] ?? ''}` : `${app.target} ${version}`
}
