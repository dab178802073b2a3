/** Page objects of the Meetings screen (calendar, list, .ics export) and a meeting's page. */
import type { Locator, Page } from 'playwright-core'

/** The Meetings screen. */
export class MeetingsScreen {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('meetings-screen')
  }

  get calendar(): Locator {
    return this.page.getByTestId('calendar')
  }

  /** The visible day cells. */
  get days(): Locator {
    return this.page.getByTestId('calendar-day')
  }

  day(date: string): Locator {
    return this.page.locator(`[data-testid="calendar-day"][data-date="${date}"]`)
  }

  get meetings(): Locator {
    return this.calendar.getByTestId('calendar-meeting')
  }

  get touchpoints(): Locator {
    return this.calendar.getByTestId('calendar-touchpoint')
  }

  get groups(): Locator {
    return this.calendar.getByTestId('calendar-group')
  }

  async title(): Promise<string> {
    return (await this.page.getByTestId('calendar-title').textContent()) ?? ''
  }

  /**
   * Waits until the rhythm is generated up to the last visible week: its Monday always has a
   * touchpoint (a Monday mail or its group), so a view is complete once that Monday shows one.
   */
  async waitForRhythm(): Promise<void> {
    const monday = this.days.nth(-7)
    await monday
      .locator('[data-testid="calendar-touchpoint"], [data-testid="calendar-group"]')
      .first()
      .waitFor({
        timeout: 30_000,
      })
  }

  async showWeek(): Promise<void> {
    await this.page.getByTestId('calendar-mode').getByText('Week').click()
    await this.page.getByTestId('calendar-week').waitFor()
  }

  async showMonth(): Promise<void> {
    await this.page.getByTestId('calendar-mode').getByText('Month').click()
    await this.page.getByTestId('calendar-month').waitFor()
  }

  async next(): Promise<void> {
    await this.page.getByTestId('calendar-next').click()
  }

  async openList(): Promise<void> {
    await this.page.getByTestId('meetings-tab-list').click()
    await this.page.getByTestId('meetings-list').waitFor()
  }

  async exportIcs(): Promise<void> {
    await this.page.getByTestId('export-ics').click()
  }

  /** Opens the log-meeting form and fills it; the form's submit opens the new meeting. */
  async logMeeting(values: { client: string; kind?: string; title: string }): Promise<MeetingPage> {
    await this.page.getByTestId('log-meeting').click()
    const form = this.page.getByTestId('meeting-form')
    await form.waitFor()
    await this.page.getByTestId('meeting-form-client').click()
    await this.page.getByRole('option', { name: values.client, exact: true }).click()
    if (values.kind) {
      await this.page.getByTestId('meeting-form-kind').click()
      await this.page.getByRole('option', { name: values.kind, exact: true }).click()
    }
    await this.page.getByTestId('meeting-form-title').fill(values.title)
    await this.page.getByTestId('meeting-form-submit').click()
    const meeting = new MeetingPage(this.page)
    await meeting.root.waitFor()
    return meeting
  }
}

/** A meeting's page. */
export class MeetingPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('meeting-screen')
  }

  async title(): Promise<string> {
    return (await this.page.getByTestId('meeting-title').textContent()) ?? ''
  }

  get agendaItems(): Locator {
    return this.page.getByTestId('agenda-item-text')
  }

  async agenda(): Promise<string[]> {
    return this.agendaItems.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  }

  get notes(): Locator {
    return this.page.getByTestId('meeting-notes-text')
  }

  /** Types notes and waits until the page says they are saved. */
  async writeNotes(text: string): Promise<void> {
    await this.notes.fill(text)
    await this.page.locator('[data-testid="meeting-notes-text-status"][data-status="saved"]').waitFor()
  }

  async addDecision(text: string): Promise<void> {
    await this.page.getByTestId('decisions-new').fill(text)
    await this.page.getByTestId('decisions-new').press('Enter')
  }

  async decisions(): Promise<string[]> {
    return this.page
      .getByTestId('decisions-item-text')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  }

  async addActionItem(title: string, deadline?: string): Promise<void> {
    await this.page.getByTestId('action-item-new-title').fill(title)
    if (deadline) await this.page.getByTestId('action-item-new-deadline').fill(deadline)
    await this.page.getByTestId('action-item-add').click()
  }

  get actionItems(): Locator {
    return this.page.getByTestId('action-item')
  }

  async addProposal(text: string): Promise<void> {
    await this.page.getByTestId('proposal-new').fill(text)
    await this.page.getByTestId('proposal-new').press('Enter')
  }

  proposal(text: string): Locator {
    return this.page.getByTestId('proposal').filter({ has: this.page.locator(`input[value="${text}"]`) })
  }

  async finish(): Promise<void> {
    await this.page.getByTestId('finish-meeting').click()
    await this.page.getByTestId('meeting-finished').waitFor()
  }
}
