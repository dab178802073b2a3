/** Page object of the Today screen: its sections, rows, the scope switch and the keyboard. */
import type { Locator, Page } from 'playwright-core'

/** A section of Today by its test id suffix. */
export type TodaySection = 'awaiting' | 'rhythm' | 'tasks' | 'reports' | 'briefs' | 'budgets'

/** The Today screen. */
export class TodayScreen {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('today-screen')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-today').click()
    await this.root.waitFor()
  }

  section(name: TodaySection): Locator {
    return this.page.getByTestId(`today-${name}`)
  }

  /** Every row of every section, in reading order. */
  get rows(): Locator {
    return this.root.locator('[data-item-key]')
  }

  get overdueTouchpoints(): Locator {
    return this.page.getByTestId('rhythm-overdue').getByTestId('touchpoint')
  }

  /** The fold of the rhythm's rest of the week (it appears once opening Today has generated it). */
  get comingToggle(): Locator {
    return this.page.getByTestId('rhythm-coming-toggle')
  }

  /** Unfolds the rest of the week unless it is unfolded already. */
  async showRestOfWeek(): Promise<void> {
    await this.comingToggle.waitFor()
    if ((await this.comingToggle.getAttribute('aria-expanded')) !== 'true') await this.comingToggle.click()
    await this.page.getByTestId('rhythm-coming').getByTestId('touchpoint').first().waitFor()
  }

  /** The key of the row that has the keyboard focus, or null. */
  async focusedKey(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-item-key') ?? null)
  }

  /** Keys of all rows, in reading order. */
  async keys(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-key') ?? ''))
  }

  async setScope(scope: 'mine' | 'everyone'): Promise<void> {
    await this.page
      .getByTestId('today-scope')
      .getByText(scope === 'mine' ? 'Mine' : 'Everyone', { exact: true })
      .click()
  }

  /** Picks "me" in the prompt shown while nobody is chosen. */
  async pickMe(name: string): Promise<void> {
    await this.page.getByTestId('today-me-prompt').click()
    await this.page.getByRole('option', { name, exact: true }).click()
  }

  /** The name of the team member who owns the most clients, read straight from IndexedDB. */
  async busiestOwner(): Promise<string> {
    return this.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('cadence')
          request.onerror = () => reject(new Error(String(request.error)))
          request.onsuccess = () => {
            const database = request.result
            const tx = database.transaction(['clients', 'teamMembers'], 'readonly')
            const clients = tx.objectStore('clients').getAll()
            const members = tx.objectStore('teamMembers').getAll()
            tx.oncomplete = () => {
              const counts = new Map<string, number>()
              for (const client of clients.result as { ownerId: string | null }[])
                if (client.ownerId) counts.set(client.ownerId, (counts.get(client.ownerId) ?? 0) + 1)
              const [ownerId] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['']
              const owner = (members.result as { id: string; name: string }[]).find((m) => m.id === ownerId)
              database.close()
              resolve(owner?.name ?? '')
            }
          }
        }),
    )
  }
}
