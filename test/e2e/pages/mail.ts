/** Page object of the Monday/Friday mail editor, and the raw database access its specs need. */
import type { Locator, Page } from 'playwright-core'
import { fieldError } from './field-error'

/** The mail screen at `/mail/:touchpointId`. */
export class MailScreen {
  constructor(readonly page: Page) {}

  /** Opens the mail of a touchpoint the way a link inside the app does (hash route). */
  async open(touchpointId: string): Promise<void> {
    await this.page.evaluate((id) => {
      window.location.hash = `#/mail/${id}`
    }, touchpointId)
    await this.page.getByTestId('mail-screen').waitFor()
  }

  get editor(): Locator {
    return this.page.getByTestId('mail-editor')
  }

  get subject(): Locator {
    return this.page.getByTestId('mail-subject')
  }

  get body(): Locator {
    return this.page.getByTestId('mail-body')
  }

  get recipientsInput(): Locator {
    return this.page.getByTestId('mail-to')
  }

  /** The addresses shown as pills in the To field. */
  async recipients(): Promise<string[]> {
    return this.page.locator('.mantine-TagsInput-pill').allTextContents()
  }

  async recipientsError(): Promise<string | null> {
    return fieldError(this.page, this.recipientsInput)
  }

  /** Types into the To field and presses Enter. */
  async addRecipient(text: string): Promise<void> {
    await this.recipientsInput.fill(text)
    await this.recipientsInput.press('Enter')
  }

  action(name: 'copy' | 'open' | 'save-eml' | 'mark-sent' | 'regenerate'): Locator {
    return this.page.getByTestId(`mail-${name}`)
  }

  get sent(): Locator {
    return this.page.getByTestId('mail-sent')
  }
}

/** Every record of a table, read straight from IndexedDB (the harness has no repository hooks). */
export async function readAll<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('cadence')
        request.onerror = () => reject(new Error(String(request.error)))
        request.onsuccess = () => {
          const database = request.result
          const all = database.transaction(name, 'readonly').objectStore(name).getAll()
          all.onsuccess = () => {
            resolve(all.result as T[])
            database.close()
          }
          all.onerror = () => reject(new Error(String(all.error)))
        }
      }),
    table,
  )
}

/** Writes records straight into IndexedDB, as another part of the app would have saved them. */
export async function putRecords(page: Page, table: string, records: readonly object[]): Promise<void> {
  await page.evaluate(
    ([name, rows]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cadence')
        request.onerror = () => reject(new Error(String(request.error)))
        request.onsuccess = () => {
          const database = request.result
          const transaction = database.transaction(name, 'readwrite')
          for (const row of rows) transaction.objectStore(name).put(row)
          transaction.oncomplete = () => {
            database.close()
            resolve()
          }
          transaction.onerror = () => reject(new Error(String(transaction.error)))
        }
      }),
    [table, records] as const,
  )
}

/** The page's local calendar date, as the app computes "today". */
export async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date()
    const pad = (value: number) => String(value).padStart(2, '0')
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  })
}
