import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, FirstRun } from './pages/clients'

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
