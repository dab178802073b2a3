// Pictures of the lean-loop boards and the brief form with the demo agency: `npm run screenshots`.
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { AppShell } from '../e2e/pages/app-shell'
import { CampaignBoard } from '../e2e/pages/campaigns'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the lean-loop boards and a brief with the demo agency', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)

  // The "demo loaded" toast would cover the board's corner.
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 })
  await shell.goTo('campaigns')
  const board = new CampaignBoard(page, 'lean-board')
  await board.root.getByTestId('campaign-card').first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(OUT, 'campaigns-board.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'campaigns-board-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  await shell.goTo('clients')
  const names = await clients.names()
  const client = await clients.open(names[1] ?? '')
  await client.openTab('campaigns')
  const clientBoard = new CampaignBoard(page)
  await clientBoard.root.getByTestId('campaign-card').first().waitFor()
  await page.screenshot({ path: join(OUT, 'campaigns-client-board.png') })

  // A planned campaign's brief is still being clarified: the most telling brief to show.
  const planned = clientBoard.column('planned').getByTestId('campaign-card').first()
  const card = (await planned.count()) ? planned : clientBoard.root.getByTestId('campaign-card').first()
  await card.click()
  await page.getByTestId('brief-form').waitFor()
  await page.screenshot({ path: join(OUT, 'campaigns-brief.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'campaigns-brief-dark.png') })
})
