/** Page object of the app frame: the sidebar and the screen it shows. */
import type { Locator, Page } from 'playwright-core'
import type { Route } from '@shared/ipc'

/** The sidebar navigation and common waits. */
export class AppShell {
  constructor(readonly page: Page) {}

  navLink(route: Route): Locator {
    return this.page.getByTestId(`nav-${route}`)
  }

  async goTo(route: Route): Promise<void> {
    await this.navLink(route).click()
    await this.screen(route).waitFor()
  }

  screen(route: Route): Locator {
    return this.page.getByTestId(`${route}-screen`)
  }

  /** Counts the records of a table straight from IndexedDB, bypassing the UI. */
  async countRecords(table: string): Promise<number> {
    return this.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('cadence')
          request.onerror = () => reject(new Error(String(request.error)))
          request.onsuccess = () => {
            const database = request.result
            const count = database.transaction(name, 'readonly').objectStore(name).count()
            count.onsuccess = () => {
              resolve(count.result)
              database.close()
            }
            count.onerror = () => reject(new Error(String(count.error)))
          }
        }),
      table,
    )
  }
}
