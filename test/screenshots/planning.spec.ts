// Captures the capacity view and a client's Budgets tab with the demo agency, light and dark.
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { AppShell } from '../e2e/pages/app-shell'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the capacity view and a client’s budget tab, light and dark', async ({ app }) => {
  const { page } = app
  const shell = new AppShell(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  await shell.goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  // The "demo loaded" toast would cover the pictures' corner.
  await page.locator('.mantine-Notification-closeButton').click()
  await page.locator('.mantine-Notification-root').waitFor({ state: 'detached' })
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(OUT, 'planning-clients.png') })

  // A client whose budget this month is past a warning line, so the alerts show.
  const flagged = page.locator(
    '[data-testid="client-row"]:has([data-testid="budget-flag"][data-level="over"])',
  )
  await ((await flagged.count()) > 0 ? flagged.first() : clients.rows.first()).click()
  await page.getByTestId('client-overview').waitFor()
  await page.screenshot({ path: join(OUT, 'planning-overview.png') })
  await page.getByTestId('client-tab-budgets').click()
  await page.getByTestId('budget-media-chart').waitFor()
  await page.screenshot({ path: join(OUT, 'planning-budgets.png') })
  await page.getByTestId('budget-edit').click()
  await page.getByTestId('budget-form').waitFor()
  // Let the modal's opening transition finish before the picture.
  await expect
    .poll(() =>
      page
        .locator('.mantine-Modal-content')
        .evaluate((element) => getComputedStyle(element).opacity + getComputedStyle(element).transform),
    )
    .toMatch(/^1(none|matrix\(1, 0, 0, 1, 0, 0\))$/)
  await page.screenshot({ path: join(OUT, 'planning-budget-form.png') })
  await page.keyboard.press('Escape')
  await page.getByTestId('budget-form').waitFor({ state: 'detached' })

  await shell.goTo('team')
  await page.getByTestId('capacity-table').waitFor()
  await page.screenshot({ path: join(OUT, 'planning-capacity.png') })

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'planning-capacity-dark.png') })
  await shell.goTo('clients')
  await ((await flagged.count()) > 0 ? flagged.first() : clients.rows.first()).click()
  await page.getByTestId('client-tab-budgets').click()
  await page.getByTestId('budget-media-chart').waitFor()
  await page.screenshot({ path: join(OUT, 'planning-budgets-dark.png') })
})
