// Pictures of the Meetings calendar (light and dark) and a prepared quarterly review with the
// demo agency. Run: npx electron-vite build && npx vitest run --project screenshots test/screenshots/meetings.spec.ts
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { AppShell } from '../e2e/pages/app-shell'
import { MeetingPage, MeetingsScreen } from '../e2e/pages/meetings'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

test('captures the meetings calendar and a review meeting with the demo agency', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1440, height: 900 })
  // A fixed Monday, so the pictures show the same month whatever day they are refreshed on.
  await page.clock.install({ time: new Date('2026-11-23T09:30:00Z') })
  await page.reload()
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  await expect
    .poll(() => new ClientsScreen(page).rows.count(), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(12)
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 })

  await shell.goTo('meetings')
  const meetings = new MeetingsScreen(page)
  await meetings.waitForRhythm()
  await expect.poll(() => meetings.meetings.count()).toBeGreaterThan(0)
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(OUT, 'meetings-calendar.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'meetings-calendar-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  await meetings.showWeek()
  await page.screenshot({ path: join(OUT, 'meetings-week.png') })
  await meetings.openList()
  await page.getByTestId('meeting-row').first().waitFor()
  await page.screenshot({ path: join(OUT, 'meetings-list.png') })
  await page.getByTestId('log-meeting').click()
  await page.getByTestId('meeting-form-submit').click()
  await page.getByTestId('meeting-form-failure').waitFor()
  await expect
    .poll(() =>
      page.locator('.mantine-Modal-content').evaluate((element) => getComputedStyle(element).opacity),
    )
    .toBe('1')
  await page.screenshot({ path: join(OUT, 'meetings-log-form.png') })
  await page.keyboard.press('Escape')
  await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' })
  await page.getByTestId('meetings-tab-calendar').click()
  await meetings.showMonth()

  // The first quarterly review ahead in the rhythm, prepared from the calendar.
  await meetings.waitForRhythm()
  const review = page.locator('[data-testid="calendar-touchpoint"][data-kind="quarterly-review"]')
  for (let step = 0; step < 4 && (await review.count()) === 0; step++) {
    await meetings.next()
    await meetings.waitForRhythm()
  }
  // A year-end review shows every field of the review; any other quarter will do otherwise.
  const yearEnd = review.and(page.locator('[title*="Q4"]'))
  await ((await yearEnd.count()) > 0 ? yearEnd : review).first().click()
  const meeting = new MeetingPage(page)
  await meeting.root.waitFor()
  await page.getByTestId('review-results').waitFor()
  await meeting.addProposal('Spring contest for followers with a design upsell')
  await meeting.addProposal('Training for the client’s sales team')
  await meeting
    .proposal('Spring contest for followers with a design upsell')
    .getByTestId('proposal-accepted')
    .click()
  await page
    .getByTestId('review-client-answers')
    .fill('Happy with the lead quality; wants faster reporting on Mondays.')
  await page.locator('[data-testid="review-client-answers-status"][data-status="saved"]').waitFor()
  await page.mouse.move(0, 0)
  await page.screenshot({ path: join(OUT, 'meetings-review.png'), fullPage: false })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'meetings-review-dark.png') })
})
