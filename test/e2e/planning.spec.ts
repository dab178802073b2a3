import type { Page } from 'playwright-core'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, ClientsScreen, FirstRun } from './pages/clients'
import { BudgetsTab, TeamScreen } from './pages/planning'

async function createClient(page: Page, name: string): Promise<ClientPage> {
  const form = await new FirstRun(page).createClient()
  await form.fill({ name })
  await form.submit()
  const client = new ClientPage(page)
  await client.root.waitFor()
  return client
}

async function openBudgets(page: Page, clientName: string): Promise<BudgetsTab> {
  await new AppShell(page).goTo('clients')
  await new ClientsScreen(page).open(clientName)
  await page.getByTestId('client-tab-budgets').click()
  const tab = new BudgetsTab(page)
  await tab.root.waitFor()
  return tab
}

describe('team, budgets and capacity', () => {
  test('a member, a budget month with its 80 % and 100 % warnings and the member’s load survive a reload', async ({
    app,
  }) => {
    const { page } = app
    const shell = new AppShell(page)
    await createClient(page, 'Kahvila Aalto Oy')

    await shell.goTo('team')
    const team = new TeamScreen(page)
    const memberForm = await team.newMember()
    await memberForm.fill({ name: 'Aino Virtanen', capacity: '32', email: 'aino@example.com' })
    await memberForm.submit()
    await expect.poll(() => team.memberNames()).toEqual(['Aino Virtanen'])

    // 850 of 1 000 spent is over the 80 % line, not yet over budget.
    const budgets = await openBudgets(page, 'Kahvila Aalto Oy')
    expect(await budgets.alertLevel('media')).toBeNull()
    const form = await budgets.openForm()
    await form.fill({ mediaPlanned: '1000', mediaSpent: '850', hoursPlanned: '10', hoursUsed: '4' })
    await form.submit()
    await form.root.waitFor({ state: 'detached' })
    await expect.poll(() => budgets.alertLevel('media')).toBe('warning')
    expect(await budgets.alertLevel('work')).toBeNull()

    // Editing the same month: all 1 000 spent and 10.5 of 10 hours used are over budget.
    const edit = await budgets.openForm()
    await edit.fill({ mediaSpent: '1000', hoursUsed: '10.5' })
    await edit.submit()
    await expect.poll(() => budgets.alertLevel('media')).toBe('over')
    await expect.poll(() => budgets.alertLevel('work')).toBe('over')
    expect(await shell.countRecords('budgetMonths')).toBe(1)

    await budgets.allocate('Aino Virtanen', '12')
    await expect.poll(() => page.getByTestId('allocation-save').isDisabled()).toBe(true)

    await shell.goTo('team')
    await expect.poll(() => team.loadOf('Aino Virtanen')).toEqual(Array(5).fill('12 / 32'))

    await page.reload()
    await shell.goTo('team')
    await expect.poll(() => team.memberNames()).toEqual(['Aino Virtanen'])
    await expect.poll(() => team.loadOf('Aino Virtanen')).toEqual(Array(5).fill('12 / 32'))
    // 20 free hours every week: she could run a new client needing 20 h, not one needing 21 h.
    await expect.poll(() => team.candidates('20')).toEqual([expect.stringContaining('Fits every week')])
    await expect.poll(() => team.candidates('21')).toEqual([expect.stringContaining('Short in 5 weeks')])

    await shell.goTo('clients')
    await expect.poll(() => page.getByTestId('budget-flag').first().getAttribute('data-level')).toBe('over')
    const reopened = await openBudgets(page, 'Kahvila Aalto Oy')
    await expect.poll(() => reopened.alertLevel('media')).toBe('over')
    await page.getByTestId('client-tab-overview').click()
    await expect.poll(() => page.getByTestId('overview-budget-media').getAttribute('data-level')).toBe('over')
  })

  test('an empty member name or negative capacity shows field messages and writes nothing', async ({
    app,
  }) => {
    const { page } = app
    const shell = new AppShell(page)
    await createClient(page, 'Kahvila Aalto Oy')
    await shell.goTo('team')
    const form = await new TeamScreen(page).newMember()
    await form.fill({ name: '   ', capacity: '-5' })
    await form.submit()

    await expect.poll(() => form.errorOf('name')).toMatch(/name/i)
    expect(await form.errorOf('capacity')).toMatch(/between 0 and 80/)
    await page.getByTestId('member-form-failure').waitFor()
    expect(await shell.countRecords('teamMembers')).toBe(0)

    await form.fill({ name: 'Aino Virtanen', capacity: '30' })
    expect(await form.errorOf('name')).toBeNull()
    await form.submit()
    await form.root.waitFor({ state: 'detached' })
    expect(await shell.countRecords('teamMembers')).toBe(1)
  })

  test('negative money or hours in a budget month show field messages and write nothing', async ({ app }) => {
    const { page } = app
    const shell = new AppShell(page)
    await createClient(page, 'Kahvila Aalto Oy')
    const budgets = await openBudgets(page, 'Kahvila Aalto Oy')
    const form = await budgets.openForm()
    await form.fill({ mediaPlanned: '-100', mediaSpent: 'lots', hoursPlanned: '10', hoursUsed: '-1' })
    await form.submit()

    await expect.poll(() => form.errorOf('mediaPlanned')).toBe('Cannot be negative')
    expect(await form.errorOf('mediaSpent')).toMatch(/number/)
    expect(await form.errorOf('hoursUsed')).toBe('Cannot be negative')
    expect(await form.errorOf('hoursPlanned')).toBeNull()
    await page.getByTestId('budget-form-failure').waitFor()
    expect(await shell.countRecords('budgetMonths')).toBe(0)

    await form.fill({ mediaPlanned: '100', mediaSpent: '0', hoursUsed: '1' })
    await form.submit()
    await form.root.waitFor({ state: 'detached' })
    expect(await shell.countRecords('budgetMonths')).toBe(1)
  })
})
