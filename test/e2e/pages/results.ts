/** Page objects of a client's Results tab, its data-check panel and the commentary editor. */
import type { Locator, Page } from 'playwright-core'

/** The Results tab of a client's page. */
export class ResultsTab {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('client-results')
  }

  get tiles(): Locator {
    return this.page.getByTestId('kpi-tile')
  }

  tile(metric: string): Locator {
    return this.page.locator(`[data-testid="kpi-tile"][data-metric="${metric}"]`)
  }

  get charts(): Locator {
    return this.page.getByTestId('trend-chart')
  }

  get status(): Locator {
    return this.page.getByTestId('verification-status')
  }

  /** The open-finding count the status button shows (0 when verified). */
  async openCount(): Promise<number> {
    return Number(await this.status.getAttribute('data-open'))
  }

  async month(): Promise<string> {
    return (await this.root.getAttribute('data-month')) ?? ''
  }

  async openVerification(): Promise<VerificationPanel> {
    await this.status.click()
    const panel = new VerificationPanel(this.page)
    await panel.root.waitFor()
    return panel
  }

  async writeCommentary(): Promise<CommentaryEditor> {
    await this.page.getByTestId('results-write-commentary').click()
    const editor = new CommentaryEditor(this.page)
    await editor.root.waitFor()
    return editor
  }
}

/** The data-check drawer. */
export class VerificationPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('verification-findings')
  }

  get findings(): Locator {
    return this.page.getByTestId('finding')
  }

  finding(kind: string, metric?: string): Locator {
    const selector = `[data-testid="finding"][data-kind="${kind}"]${metric ? `[data-metric="${metric}"]` : ''}`
    return this.page.locator(selector)
  }

  get open(): Locator {
    return this.page.locator('[data-testid="finding"][data-state="open"]')
  }

  /** Opens the acknowledgement of a finding, types the reason and saves it. */
  async acknowledge(finding: Locator, reason: string): Promise<void> {
    await finding.getByTestId('acknowledge').click()
    if (reason !== '') await finding.getByTestId('acknowledge-reason').fill(reason)
    await finding.getByTestId('acknowledge-save').click()
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.root.waitFor({ state: 'detached' })
  }
}

/** The commentary editor page. */
export class CommentaryEditor {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('commentary-screen')
  }

  get decreases(): Locator {
    return this.page.getByTestId('decrease-row')
  }

  decrease(metric: string): Locator {
    return this.page.locator(`[data-testid="decrease-row"][data-metric="${metric}"]`)
  }

  async explain(metric: string, cause: string, fix: string): Promise<void> {
    const row = this.decrease(metric)
    await row.getByTestId('decrease-cause').fill(cause)
    await row.getByTestId('decrease-fix').fill(fix)
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('commentary-save-status')
  }

  /** Waits until every change is saved. */
  async saved(): Promise<void> {
    await this.page.locator('[data-testid="commentary-save-status"][data-state="saved"]').waitFor()
  }

  async back(): Promise<ResultsTab> {
    await this.page.getByTestId('commentary-back').click()
    const tab = new ResultsTab(this.page)
    await tab.root.waitFor()
    return tab
  }
}
