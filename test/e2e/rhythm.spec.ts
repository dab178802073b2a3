/**
 * The week of the rhythm end to end (issue 5's acceptance): Today lists overdue work, two weekly
 * cards are filled, the presenter steps through three clients and captures an action item, the
 * weekly is finished, and the distilled summary of a Polish client feeds its Friday mail, which
 * is written in Polish and, once sent, closes the touchpoint.
 */
import type { Client, Meeting, Task, Touchpoint } from '@shared/schemas'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { FirstRun } from './pages/clients'
import { MailScreen } from './pages/mail'
import { Summaries, WeeklyScreen, readTable } from './pages/weekly'

/** Thursday 19 November 2026: cards are prepared the day before Friday's weekly (seed 000). */
const THURSDAY = new Date('2026-11-19T10:00:00Z')
const FRIDAY = '2026-11-20'
const POLISH_SUMMARY = 'Kampania zimowa działa: koszt leada spadł o 12 %.'

describe('a week of the rhythm', () => {
  test('Today → weekly cards → presenter → summary → Polish Friday mail → touchpoint done', async ({
    app,
  }) => {
    const page = app.page
    await page.clock.install({ time: THURSDAY })
    await page.reload()
    await new FirstRun(page).loadDemo()
    await new AppShell(page).goTo('today')

    // Today: the demo agency's overdue rhythm is listed.
    const overdue = (await readTable<Touchpoint>(page, 'touchpoints')).filter(
      (t) => t.status === 'due' && t.dueDate < '2026-11-19',
    )
    expect(overdue.length).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('touchpoint').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect
      .poll(async () =>
        (await readTable<Touchpoint>(page, 'touchpoints')).some((t) => t.kind === 'internal-weekly'),
      )
      .toBe(true)

    const clients = await readTable<Client>(page, 'clients')
    const polish = clients.find(
      (c) =>
        c.language === 'pl' &&
        c.activityLevel === 'active' &&
        c.archivedAt === null &&
        c.contacts.some((x) => x.email),
    )
    expect(polish).toBeDefined()
    const polishId = polish?.id ?? ''

    // Two weekly cards: the first active client's and the Polish client's.
    const weekly = new WeeklyScreen(page)
    await weekly.open()
    const listed = await weekly.clients()
    const first = listed[0]?.id ?? ''
    expect(first).not.toBe('')
    for (const [clientId, marker] of [
      [first, 'A'],
      [polishId, 'PL'],
    ] as const) {
      const card = await weekly.openCard(clientId)
      await card.section('done').fill(`Launched the winter campaign (${marker})`)
      await card.section('analysis').fill('Mobile CPC fell after the feed fix')
      await card.section('direction').fill('Shift budget to Performance Max')
      await card.section('budgets').fill('Media 70 % used')
      await card.section('nextWeek').fill('Report the first winter results')
      await card.save()
      await expect.poll(() => weekly.clientRow(clientId).getAttribute('data-state')).toBe('filled')
    }

    // The presenter steps through three clients; an action item is captured on the third.
    const presenter = await weekly.present()
    await expect.poll(() => presenter.progress()).toBe(`1 / ${listed.length}`)
    await presenter.next()
    await presenter.next()
    await expect.poll(() => presenter.progress()).toBe(`3 / ${listed.length}`)
    const third = await presenter.clientId()
    await presenter.addActionItem({
      title: 'Send the winter creative proofs',
      deadline: '2026-11-24',
      why: 'The client approves creatives before Wednesday',
    })
    await page.getByTestId('presenter-action-item').waitFor()
    await page.getByTestId('presenter-finish').click()

    const meeting = (await readTable<Meeting>(page, 'meetings')).find(
      (m) => m.kind === 'internal-weekly' && m.startsAt.startsWith(FRIDAY),
    )
    expect(meeting?.finishedAt).not.toBeNull()
    const actionItems = (await readTable<Task>(page, 'tasks')).filter((t) => t.meetingId === meeting?.id)
    expect(actionItems.map((t) => [t.clientId, t.title])).toEqual([
      [third, 'Send the winter creative proofs'],
    ])

    // The PM distils the Polish client's summary.
    const summaries = new Summaries(page)
    await summaries.root.waitFor()
    const summary = summaries.card(polishId)
    await summary.getByTestId('summary-text').fill(POLISH_SUMMARY)
    await summary.getByTestId('summary-save').click()
    await expect.poll(() => summary.getByTestId('save-status').getAttribute('data-status')).toBe('saved')

    // Friday's mail to the Polish client carries the summary, in Polish.
    const friday = (await readTable<Touchpoint>(page, 'touchpoints')).find(
      (t) => t.clientId === polishId && t.kind === 'friday-summary' && t.dueDate === FRIDAY,
    )
    expect(friday?.status).toBe('due')
    const mail = new MailScreen(page)
    await mail.open(friday?.id ?? '')
    await expect.poll(() => mail.body.inputValue()).toContain(POLISH_SUMMARY)
    expect(await mail.body.inputValue()).toContain('Dzień dobry')
    expect(await mail.subject.inputValue()).toContain('podsumowanie')

    await mail.action('mark-sent').click()
    await mail.sent.waitFor()
    await expect
      .poll(
        async () =>
          (await readTable<Touchpoint>(page, 'touchpoints')).find((t) => t.id === friday?.id)?.status,
      )
      .toBe('done')
    const closed = (await readTable<Touchpoint>(page, 'touchpoints')).find((t) => t.id === friday?.id)
    expect(closed?.closedBy?.type).toBe('mail')
  })
})
