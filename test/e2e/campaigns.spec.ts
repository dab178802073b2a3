import type { Page } from 'playwright-core'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, FirstRun } from './pages/clients'
import type { CampaignPage } from './pages/campaigns'
import { CampaignBoard, type BriefValues } from './pages/campaigns'

const CLEAR_BRIEF: BriefValues = {
  goal: 'Fill the spring tables',
  businessLogic: 'Spring bookings carry the summer',
  audience: 'Families within 5 km',
  kpi: { name: 'Bookings', target: '120' },
  budget: '5000',
  deadline: '2027-02-20',
  deliverable: 'Six Meta ads',
}

/** A fresh client with one campaign, shown on the client's board. */
async function clientWithCampaign(page: Page, name = 'Spring sale'): Promise<CampaignBoard> {
  const clientForm = await new FirstRun(page).createClient()
  await clientForm.fill({ name: 'Kahvila Aalto Oy' })
  await clientForm.submit()
  const client = new ClientPage(page)
  await client.root.waitFor()
  await client.openTab('campaigns')
  const board = new CampaignBoard(page)
  const form = await board.newCampaign()
  await form.fill({ name, start: '2027-03-01', end: '2027-03-31', budget: '5000', channel: 'Meta' })
  await form.submit()
  await board.card(name).waitFor()
  return board
}

describe('the brief gate on the lean-loop board', () => {
  test('keyboard: a move into production is refused while the brief has an open question, then allowed once approved, and persists', async ({
    app,
  }) => {
    const board = await clientWithCampaign(app.page)
    expect(await board.stageOf('Spring sale')).toBe('idea')
    await board.moveWithKeyboard('Spring sale', 'ArrowRight')
    await expect.poll(() => board.stageOf('Spring sale')).toBe('planned')

    // Write the brief, leaving one question open.
    let campaign = await board.open('Spring sale')
    await campaign.fillBrief(CLEAR_BRIEF)
    await campaign.addQuestion('Which of the three cafés take part?')
    await campaign.saveBrief()
    await expect.poll(() => campaign.readiness()).toMatch(/1 question still open/)
    expect(await app.page.getByTestId('brief-approve').isDisabled()).toBe(true)

    // The move is refused with the reason and the question named; the card stays.
    await campaign.backToBoard()
    await board.card('Spring sale').waitFor()
    await board.moveWithKeyboard('Spring sale', 'ArrowRight')
    const refusal = await board.refusal()
    expect(refusal).toMatch(/cannot move to In production/)
    expect(refusal).toMatch(/not approved/)
    expect(refusal).toMatch(/Which of the three cafés take part\?/)
    expect(await board.stageOf('Spring sale')).toBe('planned')

    // Answer the question and approve: now the move works.
    campaign = await board.open('Spring sale')
    await campaign.answer(0, 'All three')
    await campaign.approveBrief()
    await expect.poll(() => campaign.briefStatus()).toBe('Brief approved')
    await campaign.backToBoard()
    await board.moveWithKeyboard('Spring sale', 'ArrowRight')
    await expect.poll(() => board.stageOf('Spring sale')).toBe('in-production')

    // After a reload the stage and the brief are still there.
    await app.page.reload()
    await board.card('Spring sale').waitFor()
    expect(await board.stageOf('Spring sale')).toBe('in-production')
    campaign = await board.open('Spring sale')
    expect(await campaign.stage()).toBe('in-production')
    expect(await campaign.briefStatus()).toBe('Brief approved')
    expect(await app.page.getByTestId('brief-answer').first().inputValue()).toBe('All three')
    expect(await app.page.getByTestId('brief-goal').inputValue()).toBe(CLEAR_BRIEF.goal)
  })

  test('drag and drop: a drop into production without an approved brief is refused and the card stays; after approval it lands', async ({
    app,
  }) => {
    const board = await clientWithCampaign(app.page)
    await board.drag('Spring sale', 'in-production')
    expect(await board.refusal()).toMatch(/not approved/)
    expect(await board.stageOf('Spring sale')).toBe('idea')

    await board.drag('Spring sale', 'planned')
    await expect.poll(() => board.stageOf('Spring sale')).toBe('planned')

    const campaign: CampaignPage = await board.open('Spring sale')
    await campaign.fillBrief(CLEAR_BRIEF)
    await campaign.approveBrief()
    await expect.poll(() => campaign.briefStatus()).toBe('Brief approved')
    await campaign.backToBoard()
    await board.drag('Spring sale', 'in-production')
    await expect.poll(() => board.stageOf('Spring sale')).toBe('in-production')

    // The board across clients shows it in the same column.
    await new AppShell(app.page).goTo('campaigns')
    const all = new CampaignBoard(app.page, 'lean-board')
    await expect.poll(() => all.stageOf('Spring sale')).toBe('in-production')
  })
})

describe('the campaign form', () => {
  test('an empty name, an end before the start and a negative budget get field messages and write nothing', async ({
    app,
  }) => {
    const clientForm = await new FirstRun(app.page).createClient()
    await clientForm.fill({ name: 'Kahvila Aalto Oy' })
    await clientForm.submit()
    const client = new ClientPage(app.page)
    await client.root.waitFor()
    await client.openTab('campaigns')
    const board = new CampaignBoard(app.page)
    const form = await board.newCampaign()
    await form.fill({ name: '  ', start: '2027-03-10', end: '2027-03-01', budget: '-500' })
    await form.submit()

    await expect.poll(() => form.errorOf('name')).toMatch(/name/i)
    expect(await form.errorOf('end')).toMatch(/end cannot be before the start/i)
    expect(await form.errorOf('budget')).toMatch(/zero or more/i)
    await app.page.getByTestId('campaign-form-failure').waitFor()
    const shell = new AppShell(app.page)
    expect(await shell.countRecords('campaigns')).toBe(0)
    expect(await shell.countRecords('briefs')).toBe(0)

    // Fixed, it saves one campaign with its draft brief.
    await form.fill({ name: 'Spring sale', end: '2027-03-31', budget: '5000' })
    expect(await form.errorOf('end')).toBeNull()
    await form.submit()
    await board.card('Spring sale').waitFor()
    expect(await shell.countRecords('campaigns')).toBe(1)
    expect(await shell.countRecords('briefs')).toBe(1)
  })
})
