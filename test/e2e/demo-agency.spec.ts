import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientsScreen, FirstRun } from './pages/clients'

describe('the demo agency', () => {
  test('loads from the first-run screen and shows its clients in four languages', async ({ app }) => {
    const shell = new AppShell(app.page)
    await shell.navLink('clients').click()
    const firstRun = new FirstRun(app.page)
    await firstRun.root.waitFor()
    await firstRun.loadDemo()

    const clients = new ClientsScreen(app.page)
    await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
    const names = await clients.names()
    expect(names.some((name) => /[а-яА-Я]/.test(name))).toBe(true) // Bulgarian, in Cyrillic
    expect(names.some((name) => /\bOy\b|\bOyj\b/.test(name))).toBe(true) // Finnish
    expect(names.some((name) => /sp\. z o\.o\.|S\.A\./.test(name))).toBe(true) // Polish
    expect(await shell.countRecords('metricMonths')).toBeGreaterThan(12 * 24)
  })

  test('a demo client page shows its real data in every tab', async ({ app }) => {
    await new FirstRun(app.page).loadDemo()
    await new AppShell(app.page).goTo('clients')
    const clients = new ClientsScreen(app.page)
    await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
    const [firstName] = await clients.names()
    const client = await clients.open(firstName ?? '')
    expect(await client.name()).toBe(firstName)

    await app.page.getByTestId('overview-results').waitFor()
    for (const tab of ['campaigns', 'tasks', 'meetings', 'results'] as const) {
      const panel = await client.openTab(tab)
      // The campaigns tab is the lean-loop board (cards), the others are tables.
      const items = tab === 'campaigns' ? panel.getByTestId('campaign-card') : panel.locator('tbody tr')
      await expect.poll(() => items.count()).toBeGreaterThan(0)
    }
  })
})
