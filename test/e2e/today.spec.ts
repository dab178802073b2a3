import type { Page } from 'playwright-core'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, FirstRun } from './pages/clients'
import { TodayScreen } from './pages/today'

/** A Monday late morning: the demo agency is generated for this day, whatever day the tests run. */
const DEMO_NOW = new Date('2026-11-23T11:30:00Z')

async function loadDemoToday(page: Page): Promise<TodayScreen> {
  await page.clock.install({ time: DEMO_NOW })
  await page.reload()
  await new FirstRun(page).loadDemo()
  const today = new TodayScreen(page)
  await today.open()
  await expect.poll(() => today.overdueTouchpoints.count(), { timeout: 30_000 }).toBeGreaterThan(0)
  // The demo's rhythm ends today; the rest of the week is what opening Today generated.
  await today.showRestOfWeek()
  return today
}

describe('the rhythm on Today', () => {
  test('a new client’s touchpoints appear; done and skipped ones stay closed after a reload', async ({
    app,
  }) => {
    const form = await new FirstRun(app.page).createClient()
    await form.fill({ name: 'Kahvila Aalto Oy' })
    await form.submit()
    await new ClientPage(app.page).root.waitFor()

    const shell = new AppShell(app.page)
    await shell.goTo('today')
    await new TodayScreen(app.page).showRestOfWeek()
    const touchpoints = app.page.getByTestId('touchpoint')
    await expect.poll(() => touchpoints.count()).toBeGreaterThan(1)
    const before = await touchpoints.count()
    expect(await shell.countRecords('touchpoints')).toBeGreaterThanOrEqual(before)

    await touchpoints.first().getByTestId('touchpoint-done').click()
    await expect.poll(() => touchpoints.count()).toBe(before - 1)

    // A skip needs a reason: without one nothing changes.
    await touchpoints.first().getByTestId('touchpoint-skip').click()
    await app.page.getByTestId('touchpoint-skip-confirm').click()
    await app.page.getByText('Say why, so the skip can be read back later.').waitFor()
    expect(await touchpoints.count()).toBe(before - 1)
    await app.page.getByTestId('touchpoint-skip-reason').fill('Client on holiday')
    await app.page.getByTestId('touchpoint-skip-confirm').click()
    await expect.poll(() => touchpoints.count()).toBe(before - 2)

    // Opening Today regenerates the rhythm: nothing closed comes back, nothing doubles.
    const stored = await shell.countRecords('touchpoints')
    await app.page.reload()
    await app.page.getByTestId('today-rhythm').waitFor()
    await expect.poll(() => touchpoints.count()).toBe(before - 2)
    expect(await shell.countRecords('touchpoints')).toBe(stored)
  })
})

describe('Today with the demo agency', () => {
  test('lists overdue work, reports to verify, briefs waiting and budgets past 80 %', async ({ app }) => {
    const today = await loadDemoToday(app.page)
    await expect.poll(() => today.section('reports').getByTestId('touchpoint').count()).toBeGreaterThan(0)
    expect(await today.section('briefs').getByTestId('today-brief').count()).toBeGreaterThan(0)
    expect(await today.section('budgets').getByTestId('today-budget').count()).toBeGreaterThan(0)
    expect(await today.section('awaiting').getByTestId('today-awaiting-item').count()).toBeGreaterThan(0)
    const levels = await today
      .section('budgets')
      .getByTestId('today-budget-level')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-level')))
    expect(levels).toContain('over')
    expect(levels.every((level) => level === 'over' || level === 'warning')).toBe(true)
    // Opening Today regenerated the rhythm ahead without doubling the demo's history.
    const overdue = await today.overdueTouchpoints.count()
    const rows = await today.rows.count()
    await app.page.reload()
    await expect.poll(() => today.overdueTouchpoints.count(), { timeout: 30_000 }).toBe(overdue)
    await expect.poll(() => today.rows.count()).toBe(rows)

    // The rest of the week folds away to a count, and stays folded.
    const coming = await app.page.getByTestId('rhythm-coming').getByTestId('touchpoint').count()
    await today.comingToggle.click()
    await expect.poll(() => today.rows.count()).toBe(rows - coming)
    expect(await today.comingToggle.textContent()).toContain(String(coming))
    await app.page.reload()
    await today.comingToggle.waitFor()
    await expect.poll(() => today.rows.count()).toBe(rows - coming)
  })

  test('Mine asks who you are, then lists only your clients’ work; Everyone lists it all again', async ({
    app,
  }) => {
    const today = await loadDemoToday(app.page)
    const everyone = await today.keys()
    const weekly = await today
      .section('rhythm')
      .getByTestId('touchpoint')
      .filter({ hasText: 'Internal client weekly' })
      .first()
      .getAttribute('data-item-key')
    await today.setScope('mine')
    await app.page.getByTestId('today-who-are-you').waitFor()
    expect(await today.rows.count()).toBe(0)

    await today.pickMe(await today.busiestOwner())
    await expect.poll(() => today.rows.count()).toBeGreaterThan(0)
    const mine = await today.keys()
    expect(mine.length).toBeLessThan(everyone.length)
    expect(mine.every((key) => everyone.includes(key))).toBe(true)
    // The agency's own rhythm (the internal weekly) is everyone's work, mine too.
    expect(mine).toContain(weekly)

    // The choice survives a restart.
    await app.page.reload()
    await expect.poll(() => today.keys(), { timeout: 30_000 }).toEqual(mine)
    await today.setScope('everyone')
    await expect.poll(() => today.keys()).toEqual(everyone)
  })

  test('the keyboard walks the rows, marks done with d, skips with s and opens with Enter', async ({
    app,
  }) => {
    const today = await loadDemoToday(app.page)
    const keys = await today.keys()
    // ↓ walks every row of every section in reading order (the order on screen), and stops at the end.
    const walked: (string | null)[] = []
    for (let i = 0; i <= keys.length; i++) {
      await app.page.keyboard.press('ArrowDown')
      walked.push(await today.focusedKey())
    }
    expect(walked).toEqual([...keys, keys.at(-1)])
    await app.page.keyboard.press('k')
    expect(await today.focusedKey()).toBe(keys.at(-2))
    for (let i = 0; i < keys.length; i++) await app.page.keyboard.press('ArrowUp')
    expect(await today.focusedKey()).toBe(keys[0])
    await app.page.keyboard.press('j')
    expect(await today.focusedKey()).toBe(keys[1])
    await app.page.keyboard.press('k')
    expect(await today.focusedKey()).toBe(keys[0])

    // Walk down to the first overdue touchpoint and close it with d: it leaves the list and
    // the ring rests on the row that moved up into its place.
    const overdueKey = await today.overdueTouchpoints.first().getAttribute('data-item-key')
    const index = keys.indexOf(overdueKey ?? '')
    expect(index).toBeGreaterThan(0)
    for (let i = 0; i < index; i++) await app.page.keyboard.press('ArrowDown')
    expect(await today.focusedKey()).toBe(overdueKey)
    await app.page.keyboard.press('d')
    await expect.poll(() => today.keys()).not.toContain(overdueKey)
    expect(await today.focusedKey()).toBe(keys[index + 1])

    // s asks why; typing the reason (with a d and an s in it) is typing, not shortcuts.
    const skipped = keys[index + 1]
    await app.page.keyboard.press('s')
    const reason = app.page.getByTestId('touchpoint-skip-reason')
    await expect.poll(() => reason.evaluate((input) => input === document.activeElement)).toBe(true)
    await app.page.keyboard.type('Discussed on Monday’s call')
    const rowsWhileTyping = await today.rows.count()
    await app.page.keyboard.press('Enter')
    await expect.poll(() => today.keys()).not.toContain(skipped)
    expect(await today.rows.count()).toBe(rowsWhileTyping - 1)

    // Enter on a report opens its month's results with the data check (an annual one, Reports).
    const report = today.section('reports').getByTestId('touchpoint').first()
    const reportKey = await report.getAttribute('data-item-key')
    const now = await today.keys()
    await report.focus()
    expect(await today.focusedKey()).toBe(reportKey)
    expect(now).toContain(reportKey)
    await app.page.keyboard.press('Enter')
    await app.page.getByTestId('client-screen').waitFor()
    expect(new URL(app.page.url()).hash).toMatch(
      /^#\/clients\/[0-9a-f-]+\/(results\?month=(\d{4}-\d{2})&verify=\2|reports)$/,
    )
  })

  test('? shows every key and hides them again', async ({ app }) => {
    const today = await loadDemoToday(app.page)
    await app.page.keyboard.press('?')
    await app.page.getByTestId('today-keys-help').waitFor()
    await app.page.keyboard.press('?')
    await app.page.getByTestId('today-keys-help').waitFor({ state: 'hidden' })
    expect(await today.focusedKey()).toBeNull()
  })
})
