/** Page objects of a client's Data tab: the metric grid, the import wizard, targets and KPIs. */
import type { Locator, Page } from 'playwright-core'

/** A file as a user's pick would arrive. */
export type PickedFile = { name: string; mimeType: string; buffer: Buffer }

/** The Data tab of a client's page. */
export class DataTab {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('client-tab-data').click()
    await this.root.waitFor()
  }

  get root(): Locator {
    return this.page.getByTestId('client-data')
  }

  get grid(): Locator {
    return this.page.getByTestId('grid-scroll')
  }

  get status(): Locator {
    return this.page.getByTestId('grid-status-text')
  }

  get rows(): Locator {
    return this.page.getByTestId('grid-row')
  }

  row(rowId: string): Locator {
    return this.page.locator(`[data-testid="grid-row"][data-row-id="${rowId}"]`)
  }

  cell(rowId: string, column: string): Locator {
    return this.row(rowId).locator(`[data-col="${column}"]`)
  }

  async cellText(rowId: string, column: string): Promise<string> {
    return ((await this.cell(rowId, column).textContent()) ?? '').trim()
  }

  /** Waits until every grid edit is stored (values show before their write commits). */
  async saved(): Promise<void> {
    await this.page.locator('[data-testid="metric-grid"][data-saving="false"]').waitFor()
  }

  /** Pastes text as a spreadsheet puts a copied range on the clipboard. */
  async paste(text: string): Promise<void> {
    await this.grid.evaluate((element, data) => {
      const transfer = new DataTransfer()
      transfer.setData('text/plain', data)
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      )
    }, text)
  }

  async view(name: 'months' | 'targets' | 'kpis'): Promise<void> {
    await this.page.getByTestId('data-view').getByText(viewLabel(name), { exact: true }).click()
  }

  /** Opens the import wizard and chooses a file. */
  async importFile(file: PickedFile): Promise<ImportWizard> {
    await this.page.getByTestId('import-open').click()
    const wizard = new ImportWizard(this.page)
    await wizard.pickStep.waitFor()
    await this.page.getByTestId('import-file').setInputFiles(file)
    return wizard
  }
}

function viewLabel(name: 'months' | 'targets' | 'kpis'): string {
  return { months: 'Months', targets: 'Targets', kpis: 'Custom KPIs' }[name]
}

/** The import dialog. */
export class ImportWizard {
  constructor(readonly page: Page) {}

  get pickStep(): Locator {
    return this.page.getByTestId('import-pick')
  }

  get preview(): Locator {
    return this.page.getByTestId('import-preview')
  }

  get error(): Locator {
    return this.page.getByTestId('import-error')
  }

  get months(): Locator {
    return this.page.getByTestId('import-month')
  }

  get rejections(): Locator {
    return this.page.getByTestId('import-rejection')
  }

  get importButton(): Locator {
    return this.page.getByTestId('import-write')
  }

  async count(kind: 'create' | 'update' | 'unchanged' | 'rejected'): Promise<number> {
    const text = (await this.page.getByTestId(`count-${kind}`).textContent()) ?? ''
    return Number(/\d+/.exec(text)?.[0] ?? NaN)
  }

  async bookToStartMonth(): Promise<void> {
    await this.page.getByTestId('import-book-to').click()
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' })
  }
}
