// Screenshots of Settings: the reports folder beside the backups folder, light and dark.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ReportsFolderSettings } from '../e2e/pages/reports'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

/** Scrolls the backups section to the top, so both folders are in view. */
async function showFolders(page: Page): Promise<void> {
  await page.getByTestId('backup-settings').evaluate((section) => section.scrollIntoView({ block: 'start' }))
}

test('captures Settings with the reports folder, default and chosen', async ({ app }) => {
  const { page } = app
  await page.emulateMedia({ colorScheme: 'light' })
  await new AppShell(page).goTo('settings')
  const folder = new ReportsFolderSettings(page)
  await expect.poll(() => folder.path.getAttribute('data-default')).toBe('true')
  await showFolders(page)
  await page.screenshot({ path: join(OUT, 'settings-reports-folder.png') })

  if (!app.effects) return
  await folder.change.click()
  await expect.poll(() => folder.path.getAttribute('data-default')).toBe('false')
  await page.emulateMedia({ colorScheme: 'dark' })
  await showFolders(page)
  await page.screenshot({ path: join(OUT, 'settings-reports-folder-dark.png') })
})
