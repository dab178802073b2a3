// Screenshots of a full disk: the client form keeping what was typed with the reason, and the
// meeting notes retrying with their copy button, under the storage banner; light and dark.
// Run: npx electron-vite build && npx vitest run --project screenshots test/screenshots/storage.spec.ts
import { join } from 'node:path'
import { test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ClientPage, FirstRun } from '../e2e/pages/clients'
import { MeetingsScreen } from '../e2e/pages/meetings'
import { fillTheDisk, freeTheDisk, storageAlert } from '../e2e/pages/storage'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the client form and the meeting notes on a full disk', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  const form = await new FirstRun(page).createClient()
  await form.fill({ name: 'Kahvila Aalto Oy', industry: 'Restaurants' })
  await fillTheDisk(page)
  await form.submit()
  await page.getByTestId('client-form-failure').waitFor()
  await storageAlert(page).waitFor()
  await page.screenshot({ path: join(OUT, 'storage-client-form.png') })

  await freeTheDisk(page)
  await form.submit()
  await new ClientPage(page).root.waitFor()
  await new AppShell(page).goTo('meetings')
  const meeting = await new MeetingsScreen(page).logMeeting({ client: 'Kahvila Aalto Oy', title: 'Check-in' })
  await fillTheDisk(page)
  await meeting.notes.fill('Launch moves one week earlier.\nBudget stays.')
  await page.locator('[data-testid="meeting-notes-text-status"][data-status="retrying"]').waitFor()
  await page.screenshot({ path: join(OUT, 'storage-meeting-notes.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'storage-meeting-notes-dark.png') })
})
