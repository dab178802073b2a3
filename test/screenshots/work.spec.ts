// Screenshots of the work features with the demo agency: the Inbox (reply clock) and My week,
// light and dark. Run: npx electron-vite build && npx vitest run --project screenshots test/screenshots/work.spec.ts
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { FirstRun } from '../e2e/pages/clients'
import { Inbox } from '../e2e/pages/work'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the Inbox and My week with the demo agency, light and dark', async ({ app }) => {
  await app.page.setViewportSize({ width: 1440, height: 900 })
  // A fixed Monday late morning (UTC), so the demo's waiting messages are on time, past target and
  // past limit whatever day the pictures are refreshed on; the clock keeps running from there.
  await app.page.clock.install({ time: new Date('2026-11-23T11:30:00Z') })
  await app.page.reload()
  await new FirstRun(app.page).loadDemo()
  await app.page.getByRole('alert').getByRole('button').click()
  const inbox = new Inbox(app.page)
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await inbox.open()
    await expect
      .poll(() => app.page.getByTestId('inbox-waiting').getByTestId('sla-clock').count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
    await app.page.getByTestId('compliance-clients').waitFor()
    await app.page.screenshot({ path: join(OUT, `work-inbox-${scheme}.png`) })

    await app.page.getByTestId('nav-tasks').click()
    await app.page.getByTestId('week-task').first().waitFor()
    await app.page.screenshot({ path: join(OUT, `work-my-week-${scheme}.png`) })
  }
  await app.page.emulateMedia({ colorScheme: 'light' })
  await app.page.getByTestId('tasks-tab-overdue').click()
  await app.page.getByTestId('overdue-tasks').waitFor()
  await app.page.screenshot({ path: join(OUT, 'work-overdue.png') })
  await app.page.keyboard.press('Control+Shift+L')
  await app.page.getByTestId('quick-log-form').waitFor()
  // Wait for the dialog's fade-in to finish.
  await expect
    .poll(() =>
      app.page.locator('.mantine-Modal-content').evaluate((element) => getComputedStyle(element).opacity),
    )
    .toBe('1')
  await app.page.screenshot({ path: join(OUT, 'work-quick-log.png') })

  // The first Escape closes the client dropdown, the second the dialog.
  await app.page.keyboard.press('Escape')
  await app.page.keyboard.press('Escape')
  await app.page.getByTestId('quick-log-form').waitFor({ state: 'detached' })
  await app.page.getByTestId('nav-clients').click()
  await app.page.getByTestId('client-row').first().click()
  await app.page.getByTestId('client-tab-tasks').click()
  await app.page.getByTestId('task-row').first().waitFor()
  await app.page.screenshot({ path: join(OUT, 'work-client-tasks.png') })
  await app.page.getByTestId('new-task').click()
  await app.page.getByTestId('task-form-title').fill('Easter carousel ads')
  await app.page.getByTestId('task-form-estimated-hours').fill('-2')
  await app.page.getByTestId('task-form-submit').click()
  await app.page.getByTestId('task-form-failure').waitFor()
  await app.page.screenshot({ path: join(OUT, 'work-task-form-errors.png') })
})
