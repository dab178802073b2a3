/** Page objects of the internal client weekly: preparing cards, presenter mode, client summaries. */
import type { Locator, Page } from 'playwright-core'

/** The five sections of a weekly card. */
export type CardSectionName = 'done' | 'analysis' | 'direction' | 'budgets' | 'nextWeek'

/** `/weekly`: the week's clients and the open card. */
export class WeeklyScreen {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('weekly-screen')
  }

  /** Opens the screen from the sidebar and waits for the week's clients. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-weekly').click()
    await this.clientRows.first().waitFor({ timeout: 30_000 })
  }

  get clientRows(): Locator {
    return this.page.getByTestId('weekly-client-row')
  }

  clientRow(clientId: string): Locator {
    return this.page.locator(`[data-testid="weekly-client-row"][data-client-id="${clientId}"]`)
  }

  /** Client ids in list order, with their activity (from the list's groups) and card state. */
  async clients(): Promise<{ id: string; name: string; state: string }[]> {
    return this.clientRows.evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.getAttribute('data-client-id') ?? '',
        name: row.querySelector('[data-testid="weekly-client-name"]')?.textContent ?? '',
        state: row.getAttribute('data-state') ?? '',
      })),
    )
  }

  async openCard(clientId: string): Promise<WeeklyCardEditor> {
    await this.clientRow(clientId).click()
    const card = new WeeklyCardEditor(this.page, clientId)
    await card.root.waitFor()
    return card
  }

  async present(): Promise<Presenter> {
    await this.page.getByTestId('weekly-present').click()
    const presenter = new Presenter(this.page)
    await presenter.root.waitFor()
    return presenter
  }
}

/** One client's card being prepared. */
export class WeeklyCardEditor {
  constructor(
    readonly page: Page,
    readonly clientId: string,
  ) {}

  get root(): Locator {
    return this.page.locator(`[data-testid="weekly-card"][data-client-id="${this.clientId}"]`)
  }

  section(name: CardSectionName): Locator {
    return this.root.getByTestId(`weekly-card-${name}`)
  }

  get changesLine(): Locator {
    return this.root.getByTestId('weekly-card-changes')
  }

  get helpNeeded(): Locator {
    return this.root.getByTestId('weekly-card-help-needed')
  }

  get saveStatus(): Locator {
    return this.root.getByTestId('save-status')
  }

  async save(): Promise<void> {
    await this.root.getByTestId('weekly-card-save').click()
  }
}

/** `/weekly/:meetingId/present`. */
export class Presenter {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('presenter-screen')
  }

  async progress(): Promise<string> {
    return (await this.page.getByTestId('presenter-progress').textContent()) ?? ''
  }

  async clientId(): Promise<string> {
    return (await this.page.getByTestId('presenter-client').getAttribute('data-client-id')) ?? ''
  }

  async next(): Promise<void> {
    await this.page.getByTestId('presenter-next').click()
  }

  async addDecision(text: string): Promise<void> {
    await this.page.getByTestId('presenter-decision-input').fill(text)
    await this.page.getByTestId('presenter-add-decision').click()
  }

  /** Adds an action item; without an assignee's name the first team member is picked. */
  async addActionItem(item: {
    title: string
    assignee?: string
    deadline: string
    why: string
  }): Promise<void> {
    await this.page.getByTestId('presenter-action-title').fill(item.title)
    await this.page.getByTestId('presenter-action-assignee').click()
    const options = this.page.getByRole('option')
    await (item.assignee ? options.filter({ hasText: item.assignee }) : options).first().click()
    await this.page.getByTestId('presenter-action-deadline').fill(item.deadline)
    await this.page.getByTestId('presenter-action-why').fill(item.why)
    await this.page.getByTestId('presenter-add-action').click()
  }

  async parkTopic(topic: string, people: string[]): Promise<void> {
    await this.page.getByTestId('parked-topic-input').fill(topic)
    for (const person of people) {
      await this.page.getByTestId('parked-topic-people-input').click()
      await this.page.getByRole('option', { name: person, exact: true }).click()
    }
    await this.page.keyboard.press('Escape')
    await this.page.getByTestId('parked-topic-add').click()
  }
}

/** `/weekly/:meetingId/summaries`. */
export class Summaries {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('summaries-screen')
  }

  card(clientId: string): Locator {
    return this.page.locator(`[data-testid="summary-card"][data-client-id="${clientId}"]`)
  }
}

export { readTable } from './database'
