/** Page objects of the lean-loop board, the campaign form and the campaign page with its brief. */
import type { Locator, Page } from 'playwright-core'
import { fieldError } from './field-error'
import type { LeanStage } from '@shared/schemas'

/** The values the campaign form is filled with. */
export type CampaignFormValues = {
  name?: string
  start?: string
  end?: string
  budget?: string
  channel?: string
}

/** A lean-loop board: the client's (`client-board`) or the one across clients (`lean-board`). */
export class CampaignBoard {
  constructor(
    readonly page: Page,
    readonly testId: 'client-board' | 'lean-board' = 'client-board',
  ) {}

  get root(): Locator {
    return this.page.getByTestId(this.testId)
  }

  card(name: string): Locator {
    return this.root.getByTestId('campaign-card').filter({ hasText: name })
  }

  column(stage: LeanStage): Locator {
    return this.root.getByTestId(`board-column-${stage}`)
  }

  async stageOf(name: string): Promise<string | null> {
    return this.card(name).getAttribute('data-stage')
  }

  /** Focuses the card and presses Alt+→ (or ←). */
  async moveWithKeyboard(name: string, direction: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
    await this.card(name).focus()
    await this.page.keyboard.press(`Alt+${direction}`)
  }

  /** Drags the card with the mouse onto a column. */
  async drag(name: string, stage: LeanStage): Promise<void> {
    // A closing dialog's overlay would swallow the press and turn the drag into a text selection.
    await this.page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' })
    const from = await this.card(name).boundingBox()
    const to = await this.column(stage).boundingBox()
    if (!from || !to) throw new Error('card or column not visible')
    const mouse = this.page.mouse
    await mouse.move(from.x + from.width / 2, from.y + 12)
    await mouse.down()
    await mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 4 })
    await mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 })
    await mouse.up()
  }

  /** The refusal alert's text, once shown. */
  async refusal(): Promise<string> {
    const alert = this.page.getByTestId('stage-refusal')
    await alert.waitFor()
    return (await alert.textContent()) ?? ''
  }

  async newCampaign(): Promise<CampaignForm> {
    await this.page.getByTestId('new-campaign').click()
    const form = new CampaignForm(this.page)
    await form.root.waitFor()
    return form
  }

  async open(name: string): Promise<CampaignPage> {
    await this.card(name).click()
    const page = new CampaignPage(this.page)
    await page.root.waitFor()
    return page
  }
}

/** The campaign dialog. */
export class CampaignForm {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('campaign-form')
  }

  field(name: 'name' | 'start' | 'end' | 'budget' | 'channels'): Locator {
    return this.page.getByTestId(`campaign-form-${name}`)
  }

  async fill(values: CampaignFormValues): Promise<void> {
    if (values.name !== undefined) await this.field('name').fill(values.name)
    if (values.start !== undefined) await this.field('start').fill(values.start)
    if (values.end !== undefined) await this.field('end').fill(values.end)
    if (values.budget !== undefined) await this.field('budget').fill(values.budget)
    if (values.channel !== undefined) {
      await this.field('channels').click({ force: true })
      await this.page.getByRole('option', { name: values.channel }).click()
      await this.field('name').click()
    }
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('campaign-form-submit').click()
  }

  /** The error text Mantine shows under a field (through its aria-describedby link). */
  async errorOf(name: 'name' | 'start' | 'end' | 'budget'): Promise<string | null> {
    return fieldError(this.page, this.field(name))
  }
}

/** The values a brief is filled with; every required part by default. */
export type BriefValues = {
  goal: string
  businessLogic: string
  audience: string
  kpi: { name: string; target: string }
  budget: string
  deadline: string
  deliverable: string
}

/** A campaign's page with its brief. */
export class CampaignPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('campaign-screen')
  }

  async stage(): Promise<string | null> {
    return this.page.getByTestId('campaign-stage').getAttribute('data-stage')
  }

  briefStatus(): Promise<string | null> {
    return this.page.getByTestId('campaign-brief').getByTestId('brief-status').textContent()
  }

  async fillBrief(values: BriefValues): Promise<void> {
    const p = this.page
    await p.getByTestId('brief-goal').fill(values.goal)
    await p.getByTestId('brief-business-logic').fill(values.businessLogic)
    await p.getByTestId('brief-audience').fill(values.audience)
    await p.getByTestId('brief-add-kpi').click()
    await p.getByTestId('brief-kpi-name').last().fill(values.kpi.name)
    await p.getByTestId('brief-kpi-target').last().fill(values.kpi.target)
    await p.getByTestId('brief-budget').fill(values.budget)
    await p.getByTestId('brief-deadline').fill(values.deadline)
    await p.getByTestId('brief-deliverables').fill(values.deliverable)
    await p.getByTestId('brief-deliverables').press('Enter')
  }

  async addQuestion(question: string): Promise<void> {
    await this.page.getByTestId('brief-add-question').click()
    await this.page.getByTestId('brief-question').last().fill(question)
  }

  async answer(index: number, answer: string): Promise<void> {
    await this.page.getByTestId('brief-answer').nth(index).fill(answer)
  }

  async saveBrief(): Promise<void> {
    await this.page.getByTestId('brief-save').click()
  }

  async approveBrief(): Promise<void> {
    await this.page.getByTestId('brief-approve').click()
  }

  readiness(): Promise<string | null> {
    return this.page.getByTestId('brief-readiness').textContent()
  }

  async backToBoard(): Promise<void> {
    await this.page.getByLabel('Back to the board').click()
  }
}
