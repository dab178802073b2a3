// Screenshots of Today with the demo agency, light and dark, at a fixed Monday so the overdue
// rhythm, the reply clocks and the budgets look the same whenever they are refreshed.
// Run: npx electron-vite build && npx vitest run --project screenshots test/screenshots/today.spec.ts
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { FirstRun } from '../e2e/pages/clients'
import { TodayScreen } from '../e2e/pages/today'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures Today with the demo agency, light and dark', async ({ app }) => {
  // Tall enough for every section: the picture shows the whole screen, not the first fold.
  await app.page.setViewportSize({ width: 1440, height: 1280 })
  await app.page.clock.install({ time: new Date('2026-11-23T11:30:00Z') })
  await app.page.reload()
  await new FirstRun(app.page).loadDemo()
  await app.page.getByRole('alert').getByRole('button').click()
  const today = new TodayScreen(app.page)
  await today.open()
  await expect.poll(() => today.overdueTouchpoints.count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await today.section('awaiting').getByTestId('sla-clock').first().waitFor()
  await today.comingToggle.waitFor()
  // The ring on the second row, as a PM walking the list with ↓ sees it.
  await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('ArrowDown')
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await app.page.screenshot({ path: join(OUT, scheme === 'light' ? 'today.png' : 'today-dark.png') })
  }
  await app.page.emulateMedia({ colorScheme: 'light' })
  await app.page.keyboard.press('?')
  const help = app.page.getByTestId('today-keys-help')
  await help.waitFor()
  // Wait for the popover's fade-in to finish.
  await expect.poll(() => help.evaluate((element) => getComputedStyle(element).opacity)).toBe('1')
  await app.page.screenshot({ path: join(OUT, 'today-keys.png') })
  await app.page.keyboard.press('?')
  await help.waitFor({ state: 'hidden' })

  // Mine: first "who are you?", then one account manager's day.
  await today.setScope('mine')
  await app.page.getByTestId('today-who-are-you').waitFor()
  await app.page.screenshot({ path: join(OUT, 'today-who-are-you.png') })
  await today.pickMe(await today.busiestOwner())
  await today.rows.first().waitFor()
  await app.page.screenshot({ path: join(OUT, 'today-mine.png') })
})
