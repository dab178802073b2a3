/** Page objects of report export: the client page's export button and dialog, the Reports screen and the batch dialog. */
import type { Locator, Page } from 'playwright-core'

/** The export button and dialog of a client's page. */
export class ReportExport {
  constructor(readonly page: Page) {}

  get button(): Locator {
    return this.page.getByTestId('export-monthly-report')
  }

  /** The month the button exports (`YYYY-MM`). */
  async month(): Promise<string> {
    return (await this.button.getAttribute('data-month')) ?? ''
  }

  /** The export dialog's content (present only while the dialog is open). */
  get dialog(): Locator {
    return this.page.getByTestId('export-dialog-body')
  }

  get findings(): Locator {
    return this.page.getByTestId('export-finding')
  }

  get confirm(): Locator {
    return this.page.getByTestId('export-confirm')
  }
}

/** The Reports screen. */
export class ReportsScreen {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('reports-screen')
  }

  get rows(): Locator {
    return this.page.getByTestId('report-row')
  }

  row(client: string, period: string): Locator {
    return this.page.locator(`[data-testid="report-row"][data-client="${client}"][data-period="${period}"]`)
  }

  get preview(): Locator {
    return this.page.getByTestId('report-preview')
  }

  async openBatch(): Promise<BatchDialog> {
    await this.page.getByTestId('batch-export').click()
    const dialog = new BatchDialog(this.page)
    await dialog.body.waitFor()
    return dialog
  }
}

/** The "Export all monthly reports" dialog. */
export class BatchDialog {
  constructor(readonly page: Page) {}

  get body(): Locator {
    return this.page.getByTestId('batch-body')
  }

  get ready(): Locator {
    return this.page.getByTestId('batch-ready')
  }

  get summary(): Locator {
    return this.page.getByTestId('batch-summary')
  }

  async start(): Promise<void> {
    await this.page.getByTestId('batch-start').click()
  }
}

/** Settings' reports folder section. */
export class ReportsFolderSettings {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('reports-folder-settings')
  }

  get path(): Locator {
    return this.page.getByTestId('settings-reports-folder')
  }

  get change(): Locator {
    return this.page.getByTestId('settings-reports-folder-change')
  }

  get reset(): Locator {
    return this.page.getByTestId('settings-reports-folder-reset')
  }

  get open(): Locator {
    return this.page.getByTestId('settings-reports-folder-open')
  }
}
