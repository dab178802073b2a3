/** Loading the demo agency from Settings, small or large, and waiting until it is stored. */
import type { Page } from 'playwright-core'
import type { DemoSize } from '@shared/demo'
import { AppShell } from './app-shell'

/** Up to how long a load may take: the large agency writes 170 000 records. */
const LOAD_TIMEOUT = 1_200_000

/**
 * Clicks the Settings button for the size, confirms, and waits for the "loaded" (or "failed")
 * notification; throws with the failure message when the load failed.
 */
export async function loadDemoFromSettings(page: Page, size: DemoSize): Promise<void> {
  await new AppShell(page).goTo('settings')
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByTestId(size === 'large' ? 'settings-load-large-demo' : 'settings-load-demo').click()
  const outcome = page.locator('.mantine-Notification-root').filter({ hasText: /Demo agency/ })
  await outcome.first().waitFor({ timeout: LOAD_TIMEOUT })
  const text = (await outcome.first().textContent()) ?? ''
  if (!/loaded/.test(text)) throw new Error(`The demo agency did not load: ${text}`)
}
