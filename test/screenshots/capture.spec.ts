// Refreshes the README's screenshots with the demo agency loaded: `npm run screenshots`.
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { AppShell } from '../e2e/pages/app-shell'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the client list and a client page with the demo agency', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(app.page).loadDemo()
  await new AppShell(app.page).goTo('clients')
  const clients = new ClientsScreen(app.page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  await app.page.waitForLoadState('networkidle')
  await app.page.screenshot({ path: join(OUT, 'clients.png') })

  const names = await clients.names()
  await clients.open(names[1] ?? '')
  await app.page.getByTestId('overview-results').waitFor()
  await app.page.screenshot({ path: join(OUT, 'client-page.png') })

  await app.page.getByTestId('client-tab-onboarding').click()
  await app.page.getByTestId('client-onboarding').waitFor()
  await app.page.screenshot({ path: join(OUT, 'client-onboarding.png') })
  await app.page.getByTestId('edit-client').click()
  await app.page.getByTestId('client-form').waitFor()
  await app.page.screenshot({ path: join(OUT, 'client-form.png') })
  await app.page.keyboard.press('Escape')

  // today.png and today-dark.png come from today.spec.ts, at a fixed day.

  await app.page.emulateMedia({ colorScheme: 'dark' })
  await new AppShell(app.page).goTo('clients')
  await clients.rows.first().waitFor()
  await app.page.screenshot({ path: join(OUT, 'clients-dark.png') })
  await clients.open(names[1] ?? '')
  await app.page.getByTestId('overview-results').waitFor()
  await app.page.screenshot({ path: join(OUT, 'client-page-dark.png') })
})
