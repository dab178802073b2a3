// Pictures of the internal client weekly with the demo agency: a weekly card being prepared and
// presenter mode, light and dark.
// Run: npx electron-vite build && npx vitest run --project screenshots test/screenshots/weekly.spec.ts
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { WeeklyScreen } from '../e2e/pages/weekly'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures a weekly card and presenter mode with the demo agency, light and dark', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1440, height: 900 })
  // Thursday afternoon: cards are prepared the day before Friday's weekly (seed 000).
  await page.clock.install({ time: new Date('2026-11-19T13:30:00Z') })
  await page.reload()
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  await expect
    .poll(() => new ClientsScreen(page).rows.count(), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(12)
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 })

  const weekly = new WeeklyScreen(page)
  await weekly.open()
  const clients = await weekly.clients()
  // Most of the team has filled their cards by Thursday afternoon: accept the drafts of the
  // first active clients, and show the one whose draft has the most in it.
  let richest = { id: clients[0]?.id ?? '', size: -1 }
  for (const client of clients.slice(0, 7)) {
    const draft = await weekly.openCard(client.id)
    const size =
      (await draft.section('done').inputValue()).length +
      (await draft.section('nextWeek').inputValue()).length
    if (size > richest.size) richest = { id: client.id, size }
    await draft.save()
    await expect.poll(() => draft.saveStatus.getAttribute('data-status')).toBe('saved')
  }
  const card = await weekly.openCard(richest.id)
  await card
    .section('analysis')
    .fill(
      'Search CPC rose 12 % since the competitor’s autumn sale started; conversion rate held, so the extra cost is volume, not quality.\nReturning visitors convert 2× better — worth a remarketing list of its own.',
    )
  await card
    .section('direction')
    .fill(
      '• Shift 15 % of the Meta budget to the video variant that won the hook test\n• Propose a December gift-guide landing page to the client on Monday\n• GA4: build the funnel exploration the client asked for',
    )
  await card.helpNeeded.click()
  await card.save()
  await expect.poll(() => card.saveStatus.getAttribute('data-status')).toBe('saved')
  await page.mouse.move(0, 0)
  await page.screenshot({ path: join(OUT, 'weekly-card.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'weekly-card-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  const presenter = await weekly.present()
  await page.getByTestId('presenter-client').waitFor()
  const step = clients.findIndex((client) => client.id === richest.id)
  for (let at = 1; at <= step; at++) {
    await presenter.next()
    await expect.poll(() => presenter.progress()).toBe(`${at + 1} / ${clients.length}`)
  }
  expect(await presenter.clientId()).toBe(richest.id)
  await presenter.addDecision('Move 15 % of Meta budget to the video variant')
  await page.getByTestId('presenter-decision').first().waitFor()
  await page
    .getByTestId('presenter-notes')
    .fill('Client asked for a December push; design has capacity from Wednesday.')
  await presenter.addActionItem({
    title: 'Draft the gift-guide landing page brief',
    deadline: '2026-11-25',
    why: 'December is the client’s biggest month; a gift guide lifts basket size',
  })
  await page.getByTestId('presenter-action-item').first().waitFor()
  await page.getByTestId('parked-topic-people-input').click()
  const people = (await page.getByRole('option').allTextContents()).slice(0, 2)
  await page.keyboard.press('Escape')
  await presenter.parkTopic('Attribution window for the December report', people)
  await page.getByTestId('parked-topic').first().waitFor()
  await page
    .getByTestId('presenter-recording')
    .fill('https://meet.example.com/recordings/client-weekly-2026-w47')
  await page.getByTestId('presenter-recording').press('Enter')
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 })
  await page.getByTestId('presenter-progress').click() // the recording field lets go of the focus
  await page
    .getByTestId('presenter-notes')
    .evaluate((notes) => notes.closest('.mantine-ScrollArea-viewport')?.scrollTo(0, 0))
  await page.mouse.move(0, 0)
  await page.screenshot({ path: join(OUT, 'weekly-presenter.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'weekly-presenter-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  await page.getByTestId('presenter-finish').click()
  await page.getByTestId('summary-card').first().waitFor()
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 })
  await page.screenshot({ path: join(OUT, 'weekly-summaries.png') })
})
