// Screenshots of backups: Settings' backup sections, the restore preview and the restore offer.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { BackupSettings, RestoreOffer, wipeDatabase } from '../e2e/pages/backups'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the backup settings, the restore preview and the restore offer', async ({ app }) => {
  const { page } = app
  await page.emulateMedia({ colorScheme: 'light' })
  await new AppShell(page).navLink('clients').click()
  await new FirstRun(page).loadDemo()
  await expect
    .poll(() => new ClientsScreen(page).rows.count(), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(12)
  await new AppShell(page).goTo('settings')
  const settings = new BackupSettings(page)
  await settings.backUpNow()
  await expect.poll(() => settings.rows.count(), { timeout: 30_000 }).toBe(1)
  await page.getByText(/Backed up:/).waitFor()
  await settings.root.scrollIntoViewIfNeeded()
  await page.getByTestId('backup-transfer').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUT, 'backups-settings.png') })

  await page.getByTestId('backup-row-restore').first().click()
  await page.getByTestId('backup-contents').waitFor()
  await page.screenshot({ path: join(OUT, 'backups-restore-preview.png') })
  await page.keyboard.press('Escape')
  await page.getByTestId('backup-contents').waitFor({ state: 'detached' })

  // A colleague's file with a broken record: the preview names table, record and field.
  const bad = join(app.profileDir, 'colleague-export.json')
  const exported = await page.evaluate(() => window.cadence.readBackup({ source: { kind: 'latest' } }))
  if (!exported.ok || !exported.data.read) throw new Error('no backup to damage')
  await writeFile(bad, exported.data.text.replace(/"currency":"[A-Z]{3}"/, '"currency":"euro"'))
  app.effects?.backupFileAnswers.push(bad)
  await page.getByTestId('backup-import-into').click()
  await page.getByTestId('restore-problem').waitFor()
  await page.screenshot({ path: join(OUT, 'backups-bad-file.png') })
  await page.keyboard.press('Escape')
  await page.getByTestId('restore-problem').waitFor({ state: 'detached' })

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.getByTestId('backup-transfer').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUT, 'backups-settings-dark.png') })

  await page.emulateMedia({ colorScheme: 'light' })
  await wipeDatabase(page)
  await page.reload()
  const offer = new RestoreOffer(page)
  await offer.latest.waitFor({ timeout: 30_000 })
  await page.screenshot({ path: join(OUT, 'backups-restore-offer.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'backups-restore-offer-dark.png') })
})
