/** Page object of the Monday/Friday mail editor, and the raw database access its specs need. */
import type { Locator, Page } from 'playwright-core'
import { fieldError } from './field-error'

export { putRecords, readTable as readAll } from './database'

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

/** The page's local calendar date, as the app computes "today". */
export async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date()
    const pad = (value: number) => String(value).padStart(2, '0')
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  })
}
