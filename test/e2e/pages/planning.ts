/** Page objects of the planning features: the Team screen, the member form and a client's Budgets tab. */
import type { Locator, Page } from 'playwright-core'
import { fieldError } from './field-error'

/** The values of a team member's form. */
export type MemberValues = { name?: string; capacity?: string; email?: string }

/** The team member dialog. */
export class MemberForm {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('member-form')
  }

  field(name: 'name' | 'capacity' | 'email'): Locator {
    return this.page.getByTestId(`member-form-${name}`)
  }

  async fill(values: MemberValues): Promise<void> {
    if (values.name !== undefined) await this.field('name').fill(values.name)
    if (values.capacity !== undefined) await this.field('capacity').fill(values.capacity)
    if (values.email !== undefined) await this.field('email').fill(values.email)
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('member-form-submit').click()
  }

  errorOf(name: 'name' | 'capacity' | 'email'): Promise<string | null> {
    return fieldError(this.page, this.field(name))
  }
}

/** The Team screen with its capacity view. */
export class TeamScreen {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('team-screen')
  }

  async newMember(): Promise<MemberForm> {
    await this.page.getByTestId('new-member').click()
    const form = new MemberForm(this.page)
    await form.root.waitFor()
    return form
  }

  async memberNames(): Promise<string[]> {
    return this.page.getByTestId('member-row-name').allTextContents()
  }

  /** The texts ("load / capacity") of a person's five week cells in the capacity view. */
  async loadOf(name: string): Promise<string[]> {
    return this.page
      .locator(`[data-testid="capacity-row"][data-member="${name}"] [data-testid="capacity-cell"]`)
      .allTextContents()
  }

  async candidates(hoursPerWeek: string): Promise<string[]> {
    await this.page.getByTestId('new-client-hours').fill(hoursPerWeek)
    return this.page.getByTestId('new-client-candidate').allTextContents()
  }
}

/** The values of a budget month's form, typed as a PM would. */
export type BudgetValues = {
  mediaPlanned?: string
  mediaSpent?: string
  hoursPlanned?: string
  hoursUsed?: string
  fee?: string
}
type BudgetField = keyof BudgetValues

const BUDGET_IDS: Record<BudgetField, string> = {
  mediaPlanned: 'budget-form-media-planned',
  mediaSpent: 'budget-form-media-spent',
  hoursPlanned: 'budget-form-hours-planned',
  hoursUsed: 'budget-form-hours-used',
  fee: 'budget-form-fee',
}

/** The budget-month dialog. */
export class BudgetForm {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('budget-form')
  }

  field(name: BudgetField): Locator {
    return this.page.getByTestId(BUDGET_IDS[name])
  }

  async fill(values: BudgetValues): Promise<void> {
    for (const [name, value] of Object.entries(values) as [BudgetField, string][])
      await this.field(name).fill(value)
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('budget-form-submit').click()
  }

  errorOf(name: BudgetField): Promise<string | null> {
    return fieldError(this.page, this.field(name))
  }
}

/** A client's Budgets tab. */
export class BudgetsTab {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('client-budgets')
  }

  async openForm(): Promise<BudgetForm> {
    await this.page.getByTestId('budget-edit').click()
    const form = new BudgetForm(this.page)
    await form.root.waitFor()
    return form
  }

  /** The level ('warning' or 'over') of the media or work alert shown, or null when none is. */
  async alertLevel(kind: 'media' | 'work'): Promise<string | null> {
    const alert = this.page.getByTestId(`budget-alert-${kind}`)
    if ((await alert.count()) === 0) return null
    return alert.getAttribute('data-level')
  }

  /** Books a team member on the client for some hours a week. */
  async allocate(member: string, hoursPerWeek: string): Promise<void> {
    await this.page.getByTestId('allocation-add').click()
    await this.page.getByTestId('allocation-member').last().click()
    await this.page.getByRole('option', { name: member }).click()
    await this.page.getByTestId('allocation-hours').last().fill(hoursPerWeek)
    await this.page.getByTestId('allocation-save').click()
  }
}
