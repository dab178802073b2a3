/** Page objects of the client list, the client form and the client page. */
import type { Locator, Page } from 'playwright-core'
import { fieldError } from './field-error'

/** The values the client form is filled with. */
export type ClientFormValues = { name?: string; industry?: string; currency?: string }

/** The Clients screen. */
export class ClientsScreen {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('client-row')
  }

  async names(): Promise<string[]> {
    return this.page.getByTestId('client-row-name').allTextContents()
  }

  async open(name: string): Promise<ClientPage> {
    await this.rows.filter({ hasText: name }).first().click()
    const page = new ClientPage(this.page)
    await page.root.waitFor()
    return page
  }
}

/** The first-run welcome shown on an empty database. */
export class FirstRun {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('first-run')
  }

  async loadDemo(): Promise<void> {
    await this.page.getByTestId('load-demo').click()
  }

  async createClient(): Promise<ClientForm> {
    await this.page.getByTestId('first-run-create-client').click()
    const form = new ClientForm(this.page)
    await form.root.waitFor()
    return form
  }
}

/** The client dialog. */
export class ClientForm {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('client-form')
  }

  field(name: 'name' | 'industry' | 'currency'): Locator {
    return this.page.getByTestId(`client-form-${name}`)
  }

  async fill(values: ClientFormValues): Promise<void> {
    if (values.name !== undefined) await this.field('name').fill(values.name)
    if (values.industry !== undefined) await this.field('industry').fill(values.industry)
    if (values.currency !== undefined) await this.field('currency').fill(values.currency)
  }

  /** Chooses a logo file (bypassing the file dialog, as a user's pick would arrive). */
  async chooseLogo(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.root.locator('input[type=file]').setInputFiles(file)
  }

  get logoError(): Locator {
    return this.page.getByTestId('logo-error')
  }

  async addContact(contact: { name: string; email: string }): Promise<void> {
    await this.page.getByTestId('add-contact').click()
    await this.page.getByTestId('contact-name').last().fill(contact.name)
    await this.page.getByTestId('contact-email').last().fill(contact.email)
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('client-form-submit').click()
  }

  /** The error text Mantine shows under a field (through its aria-describedby link). */
  async errorOf(name: 'name' | 'industry' | 'currency'): Promise<string | null> {
    return fieldError(this.page, this.field(name))
  }
}

/** A client's page. */
export class ClientPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('client-screen')
  }

  async name(): Promise<string> {
    return (await this.page.getByTestId('client-name').textContent()) ?? ''
  }

  async openTab(
    tab: 'overview' | 'onboarding' | 'campaigns' | 'tasks' | 'meetings' | 'communications' | 'results',
  ): Promise<Locator> {
    await this.page.getByTestId(`client-tab-${tab}`).click()
    return this.page.getByTestId(tab === 'overview' ? 'client-overview' : `client-${tab}`)
  }
}
