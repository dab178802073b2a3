import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, ClientsScreen, FirstRun } from './pages/clients'

describe('creating a client', () => {
  test('a created client is still there after a reload', async ({ app }) => {
    const form = await new FirstRun(app.page).createClient()
    await form.fill({ name: 'Piekarnia Zielińscy sp. z o.o.', industry: 'Bakery' })
    await form.submit()

    const client = new ClientPage(app.page)
    await client.root.waitFor()
    expect(await client.name()).toBe('Piekarnia Zielińscy sp. z o.o.')

    await app.page.reload()
    const shell = new AppShell(app.page)
    await shell.goTo('clients')
    const clients = new ClientsScreen(app.page)
    await expect.poll(() => clients.names()).toEqual(['Piekarnia Zielińscy sp. z o.o.'])
    expect(await shell.countRecords('clients')).toBe(1)
  })

  test('an invalid client form shows field errors and writes nothing', async ({ app }) => {
    const form = await new FirstRun(app.page).createClient()
    await form.fill({ name: '   ', industry: 'x'.repeat(81) })
    await form.submit()

    await expect.poll(() => form.errorOf('name')).toMatch(/name/i)
    expect(await form.errorOf('industry')).toMatch(/80 characters/)
    await app.page.getByTestId('client-form-failure').waitFor()
    expect(await new AppShell(app.page).countRecords('clients')).toBe(0)

    // Fixing the fields clears their errors and saves exactly one client.
    await form.fill({ name: 'Kahvila Aalto Oy', industry: 'Café' })
    expect(await form.errorOf('name')).toBeNull()
    await form.submit()
    await new ClientPage(app.page).root.waitFor()
    expect(await new AppShell(app.page).countRecords('clients')).toBe(1)
  })
})
