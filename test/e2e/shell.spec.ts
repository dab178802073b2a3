import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'

describe('the app shell', () => {
  test('navigates when the app menu asks, as main pushes menu events', async ({ app }) => {
    const shell = new AppShell(app.page)
    await app.emit('menu:navigate', { route: 'settings' })
    await shell.screen('settings').waitFor()
    await app.emit('menu:navigate', { route: 'reports' })
    await shell.screen('reports').waitFor()
  })

  test('switches the UI language in Settings and tells main, so the menu follows', async ({ app }) => {
    const shell = new AppShell(app.page)
    await shell.goTo('settings')
    await app.page.getByTestId('settings-language').click()
    await app.page.getByRole('option', { name: /suomi|finnish/i }).click()
    await expect.poll(() => shell.navLink('clients').textContent()).toBe('Asiakkaat')
    if (app.effects) await expect.poll(() => app.effects?.languages.at(-1)).toBe('fi')

    await app.page.reload()
    await expect.poll(() => shell.navLink('clients').textContent()).toBe('Asiakkaat')
  })

  test('shows the app facts main reports over IPC', async ({ app }) => {
    const shell = new AppShell(app.page)
    await shell.goTo('settings')
    await expect.poll(() => shell.screen('settings').textContent()).toMatch(/Version \d+\.\d+\.\d+/)
  })

  test('main refuses a malformed call with a typed error', async ({ app }) => {
    const result = await app.page.evaluate(() => window.cadence.openExternal({ url: 'javascript:alert(1)' }))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    if (app.effects) expect(app.effects.openedUrls).toEqual([])
  })
})
