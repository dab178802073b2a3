// Captures report export with the demo agency: the export dialog with a month's open findings,
// the Reports screen with its first-page preview (light and dark), and the batch summary.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { todayIso } from '../../renderer/src/lib/today'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { ReportExport, ReportsScreen } from '../e2e/pages/reports'
import { demoClientsByFindings } from './demo-findings'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

/** Waits for a modal's opening transition to end. */
async function settled(page: Page, selector: string): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).opacity + getComputedStyle(element).transform),
    )
    .toMatch(/^1(none|matrix\(1, 0, 0, 1, 0, 0\))$/)
}

test('captures the export dialog, the Reports screen light and dark, and a batch summary', async ({
  app,
}) => {
  const { page } = app
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  await page.locator('.mantine-Notification-closeButton').click()
  await page.locator('.mantine-Notification-root').waitFor({ state: 'detached' })

  const [mostFindings = ''] = demoClientsByFindings(todayIso())
  await clients.open(mostFindings)
  const exporter = new ReportExport(page)
  await exporter.button.click()
  await exporter.findings.first().waitFor()
  await settled(page, '.mantine-Modal-content')
  await page.screenshot({ path: join(OUT, 'export-dialog.png') })
  await exporter.confirm.click()
  await exporter.dialog.waitFor({ state: 'detached', timeout: 60_000 })

  await shell.goTo('reports')
  const reports = new ReportsScreen(page)
  const batch = await reports.openBatch()
  await batch.ready.waitFor({ timeout: 30_000 })
  await batch.start()
  await batch.summary.waitFor({ timeout: 300_000 })
  await settled(page, '.mantine-Modal-content')
  await page.screenshot({ path: join(OUT, 'reports-batch.png') })
  await page.getByTestId('batch-close').click()
  await page.getByTestId('batch-body').waitFor({ state: 'detached' })
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined)

  await reports.rows.nth(1).click()
  await expect.poll(() => reports.preview.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready')
  await page.screenshot({ path: join(OUT, 'reports.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'reports-dark.png') })
}, 600_000)
