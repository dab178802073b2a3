import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, ClientsScreen, FirstRun } from './pages/clients'

describe('a new client’s onboarding', () => {
  test('creating a client creates its checklist from the agency template, and ticks persist', async ({
    app,
  }) => {
    const shell = new AppShell(app.page)
    await shell.goTo('settings')
    await app.page
      .getByTestId('settings-onboarding-template')
      .fill('Access hand-over\nBrand book\n\nTracking check')
    await app.page.getByTestId('settings-onboarding-save').click()
    await expect.poll(() => app.page.getByTestId('settings-onboarding-save').isDisabled()).toBe(true)

    await shell.navLink('today').click()
    const form = await new FirstRun(app.page).createClient()
    await form.fill({ name: 'Kahvila Aalto Oy' })
    await form.submit()
    const client = new ClientPage(app.page)
    await client.root.waitFor()

    const tab = await client.openTab('onboarding')
    const items = tab.getByTestId('onboarding-item')
    const labels = () => items.locator('label').allTextContents()
    await expect
      .poll(labels)
      .toEqual([
        'Welcome call and mail',
        'Access hand-over',
        'Brand book',
        'Tracking check',
        'Onboarding workshop',
      ])
    await items.nth(1).getByRole('checkbox').click() // saved first, then shown: check() would demand an instant change
    await expect.poll(() => tab.getByTestId('onboarding-progress-text').textContent()).toBe('1 of 5 done')

    await app.page.reload()
    await tab.waitFor()
    expect(await tab.getByTestId('onboarding-progress-text').textContent()).toBe('1 of 5 done')
    await shell.goTo('clients')
    await expect
      .poll(() => new ClientsScreen(app.page).rows.first().getByTestId('onboarding-cell').textContent())
      .toBe('1/5')
  })
})

describe('bad input in the client form', () => {
  test('a 10 MB logo and a file that is not an image are refused, a real image is accepted', async ({
    app,
  }) => {
    const form = await new FirstRun(app.page).createClient()
    await form.chooseLogo({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.alloc(10 * 1024 * 1024, 1),
    })
    await expect.poll(() => form.logoError.textContent()).toMatch(/larger than 5 MB/)
    await form.chooseLogo({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some text') })
    await expect.poll(() => form.logoError.textContent()).toMatch(/not a PNG, JPEG or WebP image/)

    const icon = await readFile(join(import.meta.dirname, '../../build/icon.png'))
    await form.chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: icon })
    await expect.poll(() => form.logoError.count()).toBe(0)
    await form.fill({ name: 'Brown School of English Ltd' })
    await form.submit()
    await new ClientPage(app.page).root.waitFor()
    // The stored logo is our re-encoded, shrunk PNG, not the uploaded bytes.
    const stored = await app.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('cadence')
          open.onsuccess = () => {
            const all = open.result.transaction('clients').objectStore('clients').getAll()
            all.onsuccess = () =>
              resolve((all.result[0] as { branding: { logoDataUrl: string } }).branding.logoDataUrl)
          }
        }),
    )
    expect(stored.startsWith('data:image/png;base64,')).toBe(true)
    expect(stored.length).toBeLessThan(icon.length * 1.4)
  })

  test('a contact with a bad e-mail is marked and nothing is written', async ({ app }) => {
    const form = await new FirstRun(app.page).createClient()
    await form.fill({ name: 'Zavod Rila' })
    await form.addContact({ name: 'Ioana', email: 'not-an-email' })
    await form.submit()
    await app.page.getByTestId('client-form-failure').waitFor()
    expect(await app.page.getByTestId('contact-email').getAttribute('aria-invalid')).toBe('true')
    expect(await new AppShell(app.page).countRecords('clients')).toBe(0)
    expect(await new AppShell(app.page).countRecords('onboardingItems')).toBe(0)
  })
})
