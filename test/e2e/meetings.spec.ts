import type { Page } from 'playwright-core'
import { parseEvents, unescapeText } from '@shared/ics'
import enMeetings from '@shared/i18n/locales/en/meetings'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientPage, ClientsScreen, FirstRun } from './pages/clients'
import { MeetingPage, MeetingsScreen } from './pages/meetings'

/** Loads the demo agency from the first-run screen and waits until its clients are listed. */
async function loadDemo(page: Page): Promise<string[]> {
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  return clients.names()
}

async function openMeetings(page: Page): Promise<MeetingsScreen> {
  await new AppShell(page).goTo('meetings')
  const meetings = new MeetingsScreen(page)
  await meetings.calendar.waitFor()
  return meetings
}

describe('the meetings calendar', () => {
  test('shows this month’s meetings and touchpoints, a week view moved by the arrow keys, and exports .ics', async ({
    app,
  }) => {
    const { page } = app
    await loadDemo(page)
    const meetings = await openMeetings(page)
    const today = await page.evaluate(() => {
      const now = new Date()
      const pad = (value: number) => String(value).padStart(2, '0')
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
    })
    const monthTitle = new Intl.DateTimeFormat('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${today}T00:00:00Z`))
    expect(await meetings.title()).toBe(monthTitle)
    expect(await meetings.day(today).getAttribute('data-today')).not.toBeNull()

    // Meetings of the month (single or folded by kind) and the rhythm's touchpoints from today on.
    const meetingLines = page.locator(
      '[data-testid="calendar-meeting"], [data-testid="calendar-group"][data-group="meetings"]',
    )
    const touchpointLines = page.locator(
      '[data-testid="calendar-touchpoint"], [data-testid="calendar-group"][data-group="touchpoints"]',
    )
    await meetings.waitForRhythm()
    expect(await touchpointLines.count()).toBeGreaterThan(0)
    await expect.poll(() => meetingLines.count()).toBeGreaterThan(0)

    // The week of today, then the next one with →: every item on its own line.
    await meetings.showWeek()
    expect(await meetings.days.count()).toBe(7)
    expect(await meetings.day(today).count()).toBe(1)
    const thisWeek = await meetings.title()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => meetings.title()).not.toBe(thisWeek)
    expect(await meetings.day(today).count()).toBe(0)
    // Next week has Monday mails and Friday summaries for every active client.
    await expect.poll(() => meetings.touchpoints.count()).toBeGreaterThanOrEqual(10)
    expect(await meetings.groups.count()).toBe(0)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => meetings.title()).toBe(thisWeek)

    await meetings.exportIcs()
    await page.getByText('touchpoints saved to your calendar file').waitFor()
    if (app.effects) {
      expect(app.effects.savedFiles).toHaveLength(1)
      const [file] = app.effects.savedFiles
      expect(file?.kind).toBe('ics')
      expect(file?.fileName).toMatch(/\.ics$/)
      const content = file?.content ?? ''
      expect(content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
      const events = parseEvents(content)
      expect(events.length).toBeGreaterThan(20)
      for (const event of events) {
        expect(event.UID?.value).toMatch(/^[0-9a-f-]{36}@cadence$/)
        expect(event.DTSTART?.params.VALUE).toBe('DATE')
        expect(event.DTSTART!.value >= today.replace(/-/g, '')).toBe(true)
      }
      const summaries = events.map((event) => unescapeText(event.SUMMARY?.value ?? ''))
      expect(summaries.some((summary) => summary.startsWith('Monday mail — '))).toBe(true)
      expect(summaries.some((summary) => /[а-яА-Я]/.test(summary))).toBe(true) // Bulgarian clients
    }
  })
})

describe('a client meeting', () => {
  test('is logged with notes, a decision and an action item that lands on the client’s tasks', async ({
    app,
  }) => {
    const { page } = app
    const [clientName = ''] = await loadDemo(page)
    const meetings = await openMeetings(page)
    const meeting = await meetings.logMeeting({ client: clientName, title: 'Launch check-in' })
    expect(await meeting.title()).toBe('Launch check-in')
    expect(await page.getByTestId('meeting-kind').getAttribute('data-kind')).toBe('ad-hoc')

    await meeting.writeNotes('Client wants the spring launch one week earlier.\nBudget stays.')
    // Two decisions typed back to back, without waiting for the first to show: both are kept.
    await meeting.addDecision('Launch moves to 2 March')
    await meeting.addDecision('Budget stays')
    await expect.poll(() => meeting.decisions()).toEqual(['Launch moves to 2 March', 'Budget stays'])
    await meeting.addActionItem('Send the revised launch plan', '2030-03-01')
    await expect.poll(() => meeting.actionItems.count()).toBe(1)

    // A reload keeps everything typed.
    await page.reload()
    await meeting.root.waitFor()
    await expect
      .poll(() => meeting.notes.inputValue())
      .toBe('Client wants the spring launch one week earlier.\nBudget stays.')
    await expect.poll(() => meeting.decisions()).toEqual(['Launch moves to 2 March', 'Budget stays'])

    // A bad recording link is refused and kept for fixing; a good one is saved.
    await page.getByTestId('recording-url').fill('meet.example.com/rec')
    await page.getByTestId('recording-url').press('Enter')
    await page.getByText('Enter a link starting with http:// or https://').waitFor()
    await page.getByTestId('recording-url').fill('https://meet.example.com/rec/42')
    await page.getByTestId('recording-url').press('Enter')
    await expect.poll(() => page.getByTestId('recording-open').isEnabled()).toBe(true)

    await page.getByRole('link', { name: clientName }).first().click()
    const client = new ClientPage(page)
    await client.root.waitFor()
    const tasks = await client.openTab('tasks')
    await tasks.getByText('Send the revised launch plan').waitFor()
  })
})

describe('a quarterly review', () => {
  test('is prepared from its touchpoint with the quarter’s aim, records an accepted proposal and closes the touchpoint', async ({
    app,
  }) => {
    const { page } = app
    await loadDemo(page)
    const meetings = await openMeetings(page)

    // Every client has a review within three months: find the first one ahead (the demo's past
    // reviews are done).
    const open = ':not([data-state="done"]):not([data-state="skipped"])'
    const review = page.locator(`[data-testid="calendar-touchpoint"][data-kind="quarterly-review"]${open}`)
    const reviewGroup = page.locator(`[data-testid="calendar-group"][data-kind="quarterly-review"]${open}`)
    await meetings.waitForRhythm()
    for (let step = 0; step < 4 && (await review.count()) + (await reviewGroup.count()) === 0; step++) {
      await meetings.next()
      await meetings.waitForRhythm()
    }
    if ((await review.count()) === 0) await reviewGroup.first().click()
    const href = (await review.first().getAttribute('href')) ?? ''
    expect(href).toMatch(/#\/meetings\/prepare\//)
    await review.first().click()

    const meeting = new MeetingPage(page)
    await meeting.root.waitFor()
    expect(await page.getByTestId('meeting-kind').getAttribute('data-kind')).toBe('quarterly-review')
    const meetingUrl = page.url()
    expect(meetingUrl).not.toContain('/prepare/')

    // The agenda opens with the aim of the cooperation quarter, in the UI language.
    const aimText = (await page.getByTestId('meeting-aim').locator('p').last().textContent()) ?? ''
    const quarterAims = [
      'q1-close-startup',
      'q2-non-standard-actions',
      'q3-control-next-year',
      'q4-year-to-year',
    ] as const
    const aim = quarterAims.find((key) => enMeetings.aims[key] === aimText)
    expect(aim).toBeDefined()
    const agenda = await meeting.agenda()
    expect(agenda[0]).toBe(enMeetings.agenda[aim ?? 'q1-close-startup'].aim)
    expect(agenda.length).toBe(4)
    await page.getByTestId('review-results').waitFor()
    expect(await page.getByTestId('meeting-touchpoint').getAttribute('data-state')).toBe('due')

    await meeting.addProposal('Spring contest for followers')
    await meeting.addProposal('Sales team training')
    await meeting.proposal('Spring contest for followers').getByTestId('proposal-accepted').click()
    await expect.poll(() => page.getByTestId('proposals-accepted').textContent()).toBe('1 of 2 accepted')

    await meeting.finish()
    await expect.poll(() => page.getByTestId('meeting-touchpoint').getAttribute('data-state')).toBe('done')

    // Back on the calendar the review is done; opening it again opens the same meeting.
    await page.goBack()
    await meetings.calendar.waitFor()
    await meetings.waitForRhythm()
    const same = page.locator(`[data-testid="calendar-touchpoint"][href="${href}"]`)
    if ((await same.count()) === 0)
      await page.locator('[data-testid="calendar-group"][data-kind="quarterly-review"]').first().click()
    await expect.poll(() => same.first().getAttribute('data-state')).toBe('done')
    await same.first().click()
    await meeting.root.waitFor()
    await expect.poll(() => page.url()).toBe(meetingUrl)
    await expect.poll(() => meeting.proposal('Spring contest for followers').count()).toBe(1)
    expect(await new AppShell(page).countRecords('meetings')).toBeGreaterThan(0)
  })
})
