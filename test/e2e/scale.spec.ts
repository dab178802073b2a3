/**
 * The large demo agency (300 clients × 5 years) in the app: it loads from Settings without
 * freezing the window, and the long lists render only a window of their rows. Loading 170 000
 * records takes minutes on a busy machine, so the agency is loaded once and one test walks the
 * screens.
 */
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { loadDemoFromSettings } from './pages/demo'

const LARGE_CLIENTS = 300

describe('the large demo agency', () => {
  test(
    'loads from Settings, and Clients and Today render only a window of their rows',
    { timeout: 1_800_000 },
    async ({ app }) => {
      const { page } = app
      const shell = new AppShell(page)

      // While the worker generates and writes, the window keeps answering: the progress moves.
      await shell.goTo('settings')
      const loading = loadDemoFromSettings(page, 'large')
      const progress = page.getByTestId('demo-progress')
      await progress.waitFor({ timeout: 120_000 })
      expect(
        await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(resolve))),
      ).toBeGreaterThan(0)
      await loading
      expect(await shell.countRecords('clients')).toBe(LARGE_CLIENTS)

      // Clients: the nav counts 300, the table renders a window of them and scrolls to the last.
      await shell.goTo('clients')
      const rows = page.getByTestId('client-row')
      await rows.first().waitFor({ timeout: 120_000 })
      await expect.poll(() => shell.navLink('clients').textContent()).toContain(String(LARGE_CLIENTS))
      const rendered = await rows.count()
      expect(rendered).toBeGreaterThan(5)
      expect(rendered).toBeLessThan(LARGE_CLIENTS / 4)
      const firstName = await page.getByTestId('client-row-name').first().textContent()
      await page
        .getByTestId('clients-screen')
        .locator('[data-virtual-spacer]')
        .last()
        .scrollIntoViewIfNeeded()
      await expect.poll(() => page.getByTestId('client-row-name').first().textContent()).not.toBe(firstName)
      expect(await rows.count()).toBeLessThan(LARGE_CLIENTS / 4)
      // Searching still finds any of the 300.
      await page.getByTestId('client-search').fill(firstName ?? '')
      await expect.poll(() => rows.count()).toBe(1)
      await page.getByTestId('client-search').fill('')

      // Today: long sections scroll in their own box, each rendering a window of its rows.
      await shell.goTo('today')
      await page.getByTestId('today-columns').waitFor({ timeout: 120_000 })
      const lists = page.getByTestId('today-virtual-list')
      await expect.poll(() => lists.count(), { timeout: 60_000 }).toBeGreaterThan(0)
      // A big agency has over a hundred messages waiting for a reply: a window of them is rendered.
      const awaiting = page.getByTestId('today-awaiting')
      const title = (await awaiting.locator('> div').first().textContent()) ?? ''
      const total = Number(/(\d+)\s*$/.exec(title)?.[1] ?? 0)
      expect(total).toBeGreaterThan(60)
      const items = awaiting.getByTestId('today-awaiting-item')
      const shown = await items.count()
      expect(shown).toBeGreaterThan(3)
      expect(shown).toBeLessThan(total / 2)
      // The keyboard walks on past the window: the rows below scroll in and take the focus.
      const windowKeys = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-item-key')))
      await items.first().focus()
      for (let step = 0; step < 30; step++) await page.keyboard.press('ArrowDown')
      const focusedKey = () =>
        page.evaluate(() => document.activeElement?.getAttribute('data-item-key') ?? null)
      await expect.poll(focusedKey).toMatch(/^communication:/)
      expect(windowKeys).not.toContain(await focusedKey())
    },
  )
})
