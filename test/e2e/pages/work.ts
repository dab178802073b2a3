/** Page objects of the work features: tasks (form, lists, my week) and the reply clock. */
import type { Locator, Page } from 'playwright-core'
import { fieldError } from './field-error'

/** The values a task is filled with. */
export type TaskValues = {
  title?: string
  businessLogic?: string
  deadline?: string
  estimatedHours?: string
  usedHours?: string
}

/** The task dialog. */
export class TaskForm {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('task-form')
  }

  field(name: 'title' | 'business-logic' | 'deadline' | 'estimated-hours' | 'used-hours'): Locator {
    return this.page.getByTestId(`task-form-${name}`)
  }

  async fill(values: TaskValues): Promise<void> {
    if (values.title !== undefined) await this.field('title').fill(values.title)
    if (values.businessLogic !== undefined) await this.field('business-logic').fill(values.businessLogic)
    if (values.deadline !== undefined) await this.field('deadline').fill(values.deadline)
    if (values.estimatedHours !== undefined) await this.field('estimated-hours').fill(values.estimatedHours)
    if (values.usedHours !== undefined) await this.field('used-hours').fill(values.usedHours)
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('task-form-submit').click()
  }

  async errorOf(name: 'title' | 'business-logic' | 'estimated-hours' | 'used-hours'): Promise<string | null> {
    return fieldError(this.page, this.field(name))
  }
}

/** A task list (client tab, overdue list). */
export class TaskList {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  async titles(): Promise<string[]> {
    return this.root.getByTestId('task-title').allTextContents()
  }

  async newTask(): Promise<TaskForm> {
    await this.page.getByTestId('new-task').click()
    const form = new TaskForm(this.page)
    await form.root.waitFor()
    return form
  }
}

/** The quick-log dialog for an inbound client message. */
export class QuickLog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('quick-log-form')
  }

  field(name: 'client' | 'from' | 'summary' | 'received-at'): Locator {
    return this.page.getByTestId(`quick-log-${name}`)
  }

  /** Opens the dialog with the global shortcut (mod+shift+L; Ctrl off macOS). */
  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press(process.platform === 'darwin' ? 'Meta+Shift+L' : 'Control+Shift+L')
    await this.root.waitFor()
  }

  async errorOf(name: 'client' | 'from' | 'summary'): Promise<string | null> {
    return fieldError(this.page, this.field(name))
  }
}

/** The Inbox: waiting messages and compliance. */
export class Inbox {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('inbox-screen')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-inbox').click()
    await this.root.waitFor()
  }
}

/** A list of communications (client tab or Inbox) and the reply dialog. */
export class Communications {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  row(summary: string): Locator {
    return this.root.getByTestId('communication-row').filter({ hasText: summary })
  }

  async reply(summary: string, text: string): Promise<void> {
    await this.row(summary).getByTestId('mark-reply').click()
    await this.page.getByTestId('reply-form').waitFor()
    await this.page.getByTestId('reply-text').fill(text)
    await this.page.getByTestId('reply-submit').click()
    await this.page.getByTestId('reply-form').waitFor({ state: 'detached' })
  }
}
