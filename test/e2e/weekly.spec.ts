import type { Meeting, Task, Touchpoint } from '@shared/schemas'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { FirstRun } from './pages/clients'
import { Summaries, WeeklyScreen, readTable } from './pages/weekly'

/** Thursday before the weekly: the day cards are prepared (seed 000). */
const THURSDAY = new Date('2026-11-19T10:00:00Z')

const CARD = {
  done: 'Launched the Black Friday campaign on Meta and Google',
  analysis: 'Mobile CPC dropped 9 % after the feed fix',
  direction: 'Move budget to Performance Max next month',
  budgets: 'Media 70 % used, work 30 of 40 h',
  nextWeek: 'Report the first Black Friday results',
} as const

async function thisWeeksWeekly(page: WeeklyScreen['page']): Promise<Meeting> {
  const weeklies = (await readTable<Meeting>(page, 'meetings')).filter(
    (meeting) => meeting.kind === 'internal-weekly' && Date.parse(meeting.startsAt) > THURSDAY.getTime(),
  )
  expect(weeklies).toHaveLength(1)
  return weeklies[0] as Meeting
}

describe('the internal client weekly', () => {
  test('cards are prepared, presented client by client with an action item and a parked topic, and finished; a distilled summary is stored', async ({
    app,
  }) => {
    const page = app.page
    await page.clock.install({ time: THURSDAY })
    await page.reload()
    await new FirstRun(page).loadDemo()
    // Today syncs the rhythm, which creates this week's internal-weekly touchpoint.
    await new AppShell(page).goTo('today')
    await expect
      .poll(
        async () =>
          (await readTable<Touchpoint>(page, 'touchpoints')).some((t) => t.kind === 'internal-weekly'),
        {
          timeout: 30_000,
        },
      )
      .toBe(true)

    const weekly = new WeeklyScreen(page)
    await weekly.open()
    const clients = await weekly.clients()
    expect(clients.length).toBeGreaterThanOrEqual(12)
    const active = clients.slice(0, 3)
    const lightRow = page.locator('[data-testid="weekly-client-row"]').last()
    const lightId = (await lightRow.getAttribute('data-client-id')) ?? ''
    const [a, b, c] = active.map((client) => client.id)

    // An active client's five sections, typed over the draft and saved with the button.
    const cardA = await weekly.openCard(a ?? '')
    for (const [section, text] of Object.entries(CARD))
      await cardA.section(section as keyof typeof CARD).fill(text)
    await cardA.helpNeeded.click()
    await cardA.save()
    await expect.poll(() => cardA.saveStatus.getAttribute('data-status')).toBe('saved')
    await expect.poll(() => weekly.clientRow(a ?? '').getAttribute('data-state')).toBe('filled')

    // Another active client's card, saved by autosave alone once typing stops.
    const cardB = await weekly.openCard(b ?? '')
    for (const [section, text] of Object.entries(CARD))
      await cardB.section(section as keyof typeof CARD).fill(`${text} (B)`)
    await expect.poll(() => cardB.saveStatus.getAttribute('data-status')).toBe('saved')
    await expect.poll(() => weekly.clientRow(b ?? '').getAttribute('data-state')).toBe('filled')

    // A light client's one line, left at once for another client: the text is still saved.
    const cardLight = await weekly.openCard(lightId)
    expect(await cardLight.root.getByTestId('weekly-card-done').count()).toBe(0)
    await cardLight.changesLine.fill('New marketing contact from December; no campaigns this month')
    await weekly.openCard(c ?? '')
    await expect
      .poll(
        async () =>
          (await thisWeeksWeekly(page)).weeklyCards.find((card) => card.clientId === lightId)?.changesLine,
      )
      .toBe('New marketing contact from December; no campaigns this month')
    const stored = await thisWeeksWeekly(page)
    expect(stored.weeklyCards.find((card) => card.clientId === a)).toMatchObject({
      ...CARD,
      helpNeeded: true,
    })
    expect(stored.touchpointId).not.toBeNull()

    // Presenter mode: three clients, by button and by keyboard.
    const presenter = await weekly.present()
    await expect.poll(() => presenter.progress()).toBe(`1 / ${clients.length}`)
    expect(await presenter.clientId()).toBe(a)
    await expect.poll(() => page.getByTestId('presenter-done').textContent()).toContain(CARD.done)
    await presenter.next()
    await expect.poll(() => presenter.clientId()).toBe(b)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => presenter.progress()).toBe(`3 / ${clients.length}`)
    expect(await presenter.clientId()).toBe(c)

    // Two decisions back to back, without waiting for the first to show: both are kept.
    await presenter.addDecision('Pause the display campaign until January')
    await presenter.addDecision('Raise the search budget')
    await expect.poll(() => page.getByTestId('presenter-decision').count()).toBe(2)
    await presenter.addActionItem({
      title: 'Brief the January sale landing page',
      deadline: '2026-11-26',
      why: 'January sale is the client’s second-biggest month',
    })
    await page.getByTestId('presenter-action-item').waitFor()
    const tasks = (await readTable<Task>(page, 'tasks')).filter((task) => task.meetingId === stored.id)
    expect(tasks).toHaveLength(1)
    expect(tasks[0]).toMatchObject({
      clientId: c,
      title: 'Brief the January sale landing page',
      deadline: '2026-11-26',
    })
    expect(tasks[0]?.assigneeIds).toHaveLength(1)

    await presenter.parkTopic('Attribution model for the Black Friday report', [])
    await page.getByTestId('parked-topic').waitFor()
    const withPeople = page.getByTestId('parked-topic-people-input')
    await withPeople.click()
    const person = (await page.getByRole('option').first().textContent()) ?? ''
    await page.keyboard.press('Escape')
    await presenter.parkTopic('Who owns the GA4 migration', [person])
    await expect.poll(() => page.getByTestId('parked-topic').count()).toBe(2)

    await page.getByTestId('presenter-recording').fill('not a link')
    await page.getByTestId('presenter-recording').press('Enter')
    await expect.poll(() => page.getByText('Enter the recording’s link').count()).toBe(1)
    expect(await page.getByTestId('presenter-recording').inputValue()).toBe('not a link')
    await page.getByTestId('presenter-recording').fill('https://meet.example.com/rec/2026-w47')
    await page.getByTestId('presenter-recording').press('Enter')

    await page.getByTestId('presenter-finish').click()
    const summaries = new Summaries(page)
    await summaries.root.waitFor()

    const finished = await thisWeeksWeekly(page)
    expect(finished.finishedAt).not.toBeNull()
    expect(finished.recordingUrl).toBe('https://meet.example.com/rec/2026-w47')
    expect(finished.weeklyCards.find((card) => card.clientId === c)?.decisions).toEqual([
      'Pause the display campaign until January',
      'Raise the search budget',
    ])
    expect(finished.parkedTopics.map((topic) => [topic.topic, topic.peopleIds.length])).toEqual([
      ['Attribution model for the Black Friday report', 0],
      ['Who owns the GA4 migration', 1],
    ])
    const touchpoint = (await readTable<Touchpoint>(page, 'touchpoints')).find(
      (t) => t.id === finished.touchpointId,
    )
    expect(touchpoint).toMatchObject({ status: 'done', closedBy: { type: 'meeting', refId: finished.id } })

    // The distilled summary starts from the card's points; the PM's edit is what gets stored.
    const summary = summaries.card(a ?? '')
    const text = summary.getByTestId('summary-text')
    await expect.poll(() => text.inputValue()).toContain(CARD.done)
    expect(await text.inputValue()).not.toContain(CARD.analysis)
    const edited = `${await text.inputValue()}\n\nSee you on Monday at 9:30.`
    await text.fill(edited)
    await summary.getByTestId('summary-save').click()
    await expect.poll(() => summary.getByTestId('save-status').getAttribute('data-status')).toBe('saved')
    expect((await thisWeeksWeekly(page)).weeklyCards.find((card) => card.clientId === a)?.clientSummary).toBe(
      edited,
    )
  })
})
