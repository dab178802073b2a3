/**
 * Never lose a word when storage fails: with IndexedDB refusing writes as on a full disk, a form
 * keeps what was typed and says why, an autosaved text stays on screen, says it is retrying and
 * offers a copy, and both go through — by themselves, or with the same click — once there is room again.
 */
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, FirstRun } from './pages/clients'
import { readTable } from './pages/database'
import { MeetingsScreen } from './pages/meetings'
import { fillTheDisk, freeTheDisk, storageAlert } from './pages/storage'

describe('a full disk', () => {
  test('keeps the client form open with everything typed and says why; saving works once there is room', async ({
    app,
  }) => {
    const { page } = app
    const form = await new FirstRun(page).createClient()
    await form.fill({ name: 'Kahvila Aalto Oy', industry: 'Restaurants' })
    await fillTheDisk(page)
    await form.submit()

    const failure = page.getByTestId('client-form-failure')
    await failure.waitFor()
    expect(await failure.textContent()).toContain('This computer’s disk is full: free up some space.')
    expect(await form.field('name').inputValue()).toBe('Kahvila Aalto Oy')
    expect(await form.field('industry').inputValue()).toBe('Restaurants')
    await storageAlert(page).waitFor()
    expect(await storageAlert(page).getAttribute('data-kind')).toBe('quota')
    // Nothing half-written: neither the client nor its onboarding checklist.
    expect(await readTable(page, 'clients')).toEqual([])
    expect(await readTable(page, 'onboardingItems')).toEqual([])

    await freeTheDisk(page)
    await form.submit()
    const client = new ClientPage(page)
    await client.root.waitFor()
    expect(await client.name()).toBe('Kahvila Aalto Oy')
    await storageAlert(page).waitFor({ state: 'detached' })
  })

  test('keeps the meeting notes on screen, retries on its own and saves them once there is room', async ({
    app,
  }) => {
    const { page } = app
    const form = await new FirstRun(page).createClient()
    await form.fill({ name: 'Kahvila Aalto Oy' })
    await form.submit()
    await new ClientPage(page).root.waitFor()
    await new AppShell(page).goTo('meetings')
    const meeting = await new MeetingsScreen(page).logMeeting({
      client: 'Kahvila Aalto Oy',
      title: 'Check-in',
    })

    await fillTheDisk(page)
    const notes = 'Launch moves one week earlier.\nBudget stays.'
    await meeting.notes.fill(notes)
    const status = page.getByTestId('meeting-notes-text-status')
    await page.locator('[data-testid="meeting-notes-text-status"][data-status="retrying"]').waitFor()
    expect(await status.textContent()).toContain('Not saved — retrying.')
    expect(await meeting.notes.inputValue()).toBe(notes)
    await status.getByRole('button', { name: 'Copy text' }).waitFor()
    await storageAlert(page).waitFor()

    // No keystroke, no click: the retry alone saves it when the disk has room.
    await freeTheDisk(page)
    await page.locator('[data-testid="meeting-notes-text-status"][data-status="saved"]').waitFor()
    await storageAlert(page).waitFor({ state: 'detached' })
    const [stored] = await readTable<{ notes: string }>(page, 'meetings')
    expect(stored?.notes).toBe(notes)
  })
})
