import type { Page } from 'playwright-core'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, ClientsScreen, FirstRun } from './pages/clients'
import { Communications, Inbox, QuickLog, TaskList } from './pages/work'

async function createClient(page: Page, name: string): Promise<ClientPage> {
  const form = await new FirstRun(page).createClient()
  await form.fill({ name, industry: 'Café' })
  await form.submit()
  const client = new ClientPage(page)
  await client.root.waitFor()
  return client
}

describe('the reply clock', () => {
  test('a message logged with the shortcut waits with time left, then shows replied after a reload', async ({
    app,
  }) => {
    const client = await createClient(app.page, 'Kahvila Aalto Oy')
    const quickLog = new QuickLog(app.page)
    await quickLog.openWithShortcut()
    // The client picker has the focus and, on a client's page, that client.
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('quick-log-client')
    // The picker shows the client's name once the client list has loaded.
    await expect.poll(() => quickLog.field('client').inputValue()).toBe('Kahvila Aalto Oy')
    await quickLog.field('from').fill('Aino Aalto')
    await quickLog.field('summary').fill('Can the spring menu ads start on Friday?')
    await quickLog.field('summary').press('Enter')
    await quickLog.root.waitFor({ state: 'detached' })

    const list = new Communications(app.page, await client.openTab('communications'))
    const row = list.row('Can the spring menu ads start on Friday?')
    const clock = row.getByTestId('sla-clock')
    await clock.waitFor()
    expect(await clock.getAttribute('data-state')).toBe('on-time')
    expect(await clock.textContent()).toMatch(/\d+\s*h.*to target/)

    // The Inbox lists it as waiting too.
    const inbox = new Inbox(app.page)
    await inbox.open()
    const waiting = new Communications(app.page, app.page.getByTestId('inbox-waiting'))
    await waiting.row('Can the spring menu ads start on Friday?').getByTestId('sla-clock').waitFor()
    await waiting.reply('Can the spring menu ads start on Friday?', 'Yes — moved the launch to Friday 9:00')
    await expect.poll(() => waiting.row('spring menu').count()).toBe(0)

    await app.page.reload()
    await new AppShell(app.page).goTo('clients')
    const again = await new ClientsScreen(app.page).open('Kahvila Aalto Oy')
    const after = new Communications(app.page, await again.openTab('communications'))
    await after.row('Can the spring menu ads start on Friday?').getByTestId('communication-replied').waitFor()
    expect(await after.row('spring menu').getByTestId('sla-clock').count()).toBe(0)
    expect(await new AppShell(app.page).countRecords('communications')).toBe(1)
  })

  test('an empty sender and summary get field messages and nothing is written', async ({ app }) => {
    await createClient(app.page, 'Kahvila Aalto Oy')
    await new Inbox(app.page).open()
    const quickLog = new QuickLog(app.page)
    await quickLog.openWithShortcut()
    await quickLog.field('from').fill('   ')
    await app.page.getByTestId('quick-log-submit').click()

    await expect.poll(() => quickLog.errorOf('client')).toMatch(/client/i)
    expect(await quickLog.errorOf('from')).toMatch(/who the message is from/)
    expect(await quickLog.errorOf('summary')).toMatch(/summary/)
    await app.page.getByTestId('quick-log-failure').waitFor()
    expect(await new AppShell(app.page).countRecords('communications')).toBe(0)
  })
})

describe('tasks', () => {
  test('a task without business logic or with negative hours is refused; a complete one survives a reload', async ({
    app,
  }) => {
    const client = await createClient(app.page, 'Piekarnia Zielińscy')
    const tasks = new TaskList(app.page, await client.openTab('tasks'))
    const form = await tasks.newTask()
    await form.fill({ title: 'Easter carousel ads', estimatedHours: '-2' })
    await form.submit()

    await expect.poll(() => form.errorOf('business-logic')).toMatch(/Business logic is required/)
    expect(await form.errorOf('estimated-hours')).toMatch(/cannot be negative/)
    await app.page.getByTestId('task-form-failure').waitFor()
    expect(await new AppShell(app.page).countRecords('tasks')).toBe(0)

    await form.fill({
      businessLogic: 'Easter is a third of the bakery’s spring sales; ads fill the pre-order list',
      estimatedHours: '6',
      deadline: '2030-04-01',
    })
    expect(await form.errorOf('business-logic')).toBeNull()
    await form.submit()
    await form.root.waitFor({ state: 'detached' })
    await expect.poll(() => tasks.titles()).toEqual(['Easter carousel ads'])

    await app.page.reload()
    const again = new ClientPage(app.page)
    await again.root.waitFor()
    const reloaded = new TaskList(app.page, await again.openTab('tasks'))
    await expect.poll(() => reloaded.titles()).toEqual(['Easter carousel ads'])
    expect(await new AppShell(app.page).countRecords('tasks')).toBe(1)
  })

  test('checking a task done stamps doneAt and moves it to the end of the list', async ({ app }) => {
    const client = await createClient(app.page, 'Piekarnia Zielińscy')
    const tasks = new TaskList(app.page, await client.openTab('tasks'))
    for (const title of ['Brief the photographer', 'Book the shoot']) {
      const form = await tasks.newTask()
      await form.fill({ title, businessLogic: 'New photos lift the ads’ click-through rate' })
      await form.submit()
      await form.root.waitFor({ state: 'detached' })
    }
    await expect.poll(() => tasks.titles()).toEqual(['Book the shoot', 'Brief the photographer'])
    await tasks.root
      .getByTestId('task-row')
      .filter({ hasText: 'Book the shoot' })
      .getByTestId('task-done')
      .click()
    await expect.poll(() => tasks.titles()).toEqual(['Brief the photographer', 'Book the shoot'])
    const doneAt = await app.page.evaluate(
      () =>
        new Promise<(string | null)[]>((resolve) => {
          const request = indexedDB.open('cadence')
          request.onsuccess = () => {
            const all = request.result.transaction('tasks').objectStore('tasks').getAll()
            all.onsuccess = () => resolve((all.result as { doneAt: string | null }[]).map((t) => t.doneAt))
          }
        }),
    )
    expect(doneAt.filter((value) => value !== null)).toHaveLength(1)
  })
})

describe('my week', () => {
  test("the chosen team member's week is shown and remembered after a reload", async ({ app }) => {
    await new FirstRun(app.page).loadDemo()
    await app.page.getByTestId('nav-tasks').click()
    const picker = app.page.getByTestId('week-member')
    await picker.waitFor()
    await picker.click()
    const options = app.page.getByRole('option')
    await options.nth(1).waitFor()
    const chosen = (await options.nth(1).textContent()) ?? ''
    await options.nth(1).click()
    await expect.poll(() => picker.inputValue()).toBe(chosen)

    await app.page.reload()
    await app.page.getByTestId('tasks-screen').waitFor()
    await expect.poll(() => app.page.getByTestId('week-member').inputValue()).toBe(chosen)
  })
})
