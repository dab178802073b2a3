import type { Page } from 'playwright-core'
import type { Client, Meeting, Task, Touchpoint } from '@shared/schemas'
import { describe, expect, test } from './harness/fixtures'
import { HARNESS_ORIGIN } from './harness/renderer-server'
import { FirstRun } from './pages/clients'
import { MailScreen, pageToday, putRecords, readAll } from './pages/mail'

/**
 * This week's Monday, 06:00 UTC. The demo agency's rhythm is done up to the day it is generated
 * for, so on any later weekday this week's mails would already be closed by the demo's calls;
 * on its Monday morning they are all still to write, whatever day the tests run.
 */
function thisMondayMorning(): Date {
  const now = new Date()
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6))
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
  return monday
}

/** Loads the demo agency and waits until Today has generated the rhythm's touchpoints. */
async function demoWithRhythm(page: Page): Promise<void> {
  await page.clock.install({ time: thisMondayMorning() })
  await page.reload()
  await new FirstRun(page).loadDemo()
  await expect
    .poll(async () => (await readAll<Touchpoint>(page, 'touchpoints')).length, { timeout: 30_000 })
    .toBeGreaterThan(10)
}

/** An active client of the language with a contact address, and its earliest due mail of `kind`. */
async function findClientWithMail(page: Page, language: Client['language'], kind: Touchpoint['kind']) {
  const clients = await readAll<Client>(page, 'clients')
  const touchpoints = await readAll<Touchpoint>(page, 'touchpoints')
  for (const client of clients) {
    if (client.language !== language || client.activityLevel !== 'active' || client.archivedAt !== null)
      continue
    if (!client.contacts.some((contact) => contact.email)) continue
    const [touchpoint] = touchpoints
      .filter((row) => row.clientId === client.id && row.kind === kind && row.status === 'due')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    if (touchpoint) return { client, touchpoint }
  }
  return null
}

/** The client and mail of `findClientWithMail`, once Today's rhythm sync has generated this week's mails. */
async function clientWithMail(page: Page, language: Client['language'], kind: Touchpoint['kind']) {
  await expect
    .poll(() => findClientWithMail(page, language, kind), {
      timeout: 30_000,
      message: `an active ${language} client with a due ${kind}`,
    })
    .not.toBeNull()
  const found = await findClientWithMail(page, language, kind)
  if (!found) throw new Error(`no active ${language} client with a due ${kind}`)
  return found
}

const stamp = () => new Date().toISOString()
const record = () => ({ id: crypto.randomUUID(), createdAt: stamp(), updatedAt: stamp(), deletedAt: null })

/** A finished internal weekly whose card for the client carries a distilled client summary. */
function finishedWeekly(clientId: string, clientSummary: string): Meeting {
  return {
    ...record(),
    kind: 'internal-weekly',
    title: 'Client weekly',
    startsAt: stamp(),
    clientIds: [clientId],
    attendeeIds: [],
    agenda: [],
    notes: '',
    decisions: [],
    recordingUrl: '',
    weeklyCards: [
      {
        clientId,
        authorId: null,
        done: 'Launched the winter campaign.',
        analysis: '',
        direction: '',
        budgets: '',
        nextWeek: '',
        helpNeeded: false,
        changesLine: '',
        clientSummary,
        notes: '',
        decisions: [],
      },
    ],
    parkedTopics: [],
    showAndTell: '',
    touchpointId: null,
    finishedAt: stamp(),
    review: null,
  }
}

/** Decodes a quoted-printable UTF-8 body. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

/** Decodes RFC 2047 encoded-words of a folded header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\r\n /g, '')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
}

describe('the weekly client mails', () => {
  test('a Polish client’s Friday mail uses the weekly summary, is edited, handed on and logged as sent', async ({
    app,
  }) => {
    const { page } = app
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HARNESS_ORIGIN })
    await demoWithRhythm(page)
    const { client, touchpoint } = await clientWithMail(page, 'pl', 'friday-summary')
    const summary = 'Kampania zimowa wystartowała w środę, CTR rośnie z dnia na dzień.'
    await putRecords(page, 'meetings', [finishedWeekly(client.id, summary)])

    const mail = new MailScreen(page)
    await mail.open(touchpoint.id)
    await mail.editor.waitFor()
    expect(await page.getByTestId('mail-language').textContent()).toBe('Polish')
    expect(await mail.subject.inputValue()).toBe(`Dziękujemy za ten tydzień – podsumowanie (${client.name})`)
    const drafted = await mail.body.inputValue()
    expect(drafted).toMatch(/^Dzień dobry/)
    expect(drafted).toContain(`W skrócie:\n${summary}`)
    expect(drafted).toContain('Miłego weekendu!')
    expect(await page.getByTestId('mail-summary-source').textContent()).toContain(summary)

    // Recipients: the primary contact (or everyone with an address) preselected; bad input is named and kept.
    const primary = client.contacts.filter((contact) => contact.primary && contact.email)
    const expected = (primary.length > 0 ? primary : client.contacts.filter((c) => c.email)).map(
      (c) => c.email,
    )
    expect(await mail.recipients()).toEqual(expected)
    await mail.addRecipient('biuro@')
    expect(await mail.recipientsError()).toBe('Not an e-mail address: biuro@')
    expect(await mail.recipientsInput.inputValue()).toBe('biuro@')
    await mail.addRecipient('biuro@example.pl')
    await expect.poll(() => mail.recipients()).toEqual([...expected, 'biuro@example.pl'])
    expect(await mail.recipientsError()).toBeNull()

    // An edit survives leaving the editor.
    const edited = `${drafted}\n\nPS. Do usłyszenia w poniedziałek!`
    await mail.body.fill(edited)
    await page.getByTestId('nav-today').click()
    await page.getByTestId('today-screen').waitFor()
    await mail.open(touchpoint.id)
    expect(await mail.body.inputValue()).toBe(edited)
    expect(await mail.recipients()).toEqual([...expected, 'biuro@example.pl'])
    expect(await page.getByTestId('mail-draft-state').textContent()).toContain('Your edits are kept')
    const subject = await mail.subject.inputValue()

    await mail.action('copy').click()
    await page.getByText('Subject and message copied to the clipboard.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${subject}\n\n${edited}`)

    if (app.effects) {
      await mail.action('save-eml').click()
      await expect.poll(() => app.effects?.savedFiles.length).toBe(1)
      const [file] = app.effects.savedFiles
      expect(file?.kind).toBe('eml')
      expect(file?.fileName.startsWith(`${client.name} – Dziękujemy za ten tydzień`)).toBe(true)
      expect(file?.fileName.endsWith('.eml')).toBe(true)
      const eml = file?.content ?? ''
      expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      const split = eml.indexOf('\r\n\r\n')
      const head = eml.slice(0, split)
      expect(decodeHeader(/\r\nSubject: (.*(?:\r\n .*)*)/.exec(head)?.[1] ?? '')).toBe(subject)
      expect(decodeHeader(/(?:^|\r\n)To: (.*(?:\r\n .*)*)/.exec(head)?.[1] ?? '')).toBe(
        [...expected, 'biuro@example.pl'].join(','),
      )
      expect(head).toMatch(/\r\nDate: \w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d \+0000\r\n/)
      expect(head).toContain('Content-Transfer-Encoding: quoted-printable')
      expect(decodeQuotedPrintable(eml.slice(split + 4))).toBe(`${edited.replace(/\n/g, '\r\n')}\r\n`)

      await mail.action('open').click()
      await expect.poll(() => app.effects?.mailtos.length).toBe(1)
      const url = new URL(app.effects.mailtos[0] ?? '')
      expect(url.protocol).toBe('mailto:')
      expect(url.pathname).toBe([...expected, 'biuro@example.pl'].join(','))
      expect(url.searchParams.get('subject')).toBe(subject)
      expect(url.searchParams.get('body')).toBe(edited.replace(/\n/g, '\r\n'))
    }

    await mail.action('mark-sent').click()
    await mail.sent.waitFor()
    const closed = (await readAll<Touchpoint>(page, 'touchpoints')).find((row) => row.id === touchpoint.id)
    expect(closed?.status).toBe('done')
    expect(closed?.closedBy?.type).toBe('mail')
    const logged = (await readAll<Meeting>(page, 'meetings')).find((m) => m.id === closed?.closedBy?.refId)
    expect(logged).toMatchObject({
      kind: 'client-friday',
      title: subject,
      notes: edited,
      clientIds: [client.id],
      touchpointId: touchpoint.id,
    })
    expect(logged?.finishedAt).not.toBeNull()
    expect(await page.getByTestId('mail-sent-body').textContent()).toBe(edited)

    // Sent: the way back to Today is offered; reopening shows the logged mail read-only.
    await page.getByTestId('mail-back-to-today').click()
    await page.getByTestId('today-screen').waitFor()
    await mail.open(touchpoint.id)
    await mail.sent.waitFor()
    expect(await page.getByTestId('mail-sent-subject').textContent()).toBe(subject)
    expect(await page.getByTestId('mail-sent-banner').textContent()).toMatch(/^Sent /)
    expect(await mail.editor.count()).toBe(0)
  })

  test('a Finnish client’s Monday mail reminds of every overdue item and plans the week', async ({ app }) => {
    const { page } = app
    await demoWithRhythm(page)
    const { client, touchpoint } = await clientWithMail(page, 'fi', 'monday-plan-mail')
    const today = await pageToday(page)
    const lastWeek = new Date(`${today}T12:00:00Z`)
    lastWeek.setUTCDate(lastWeek.getUTCDate() - 5)
    const overdueTask: Task = {
      ...record(),
      clientId: client.id,
      campaignId: null,
      meetingId: null,
      title: 'Hyväksykää kevätkampanjan bannerit',
      description: '',
      deadline: lastWeek.toISOString().slice(0, 10),
      assigneeIds: [],
      estimatedHours: 1,
      usedHours: 0,
      businessLogic: 'The campaign cannot launch without approved banners.',
      priority: 'high',
      sequence: 0,
      dependsOn: [],
      status: 'blocked',
      doneAt: null,
    }
    await putRecords(page, 'tasks', [overdueTask])

    // The client page leads to the week's mails.
    await page.evaluate((id) => {
      window.location.hash = `#/clients/${id}`
    }, client.id)
    await page.getByTestId('client-week-mails').waitFor()
    await page.getByTestId('write-monday-plan-mail').click()
    const mail = new MailScreen(page)
    await mail.editor.waitFor()
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/mail/${touchpoint.id}`)
    expect(await page.getByTestId('mail-title').textContent()).toBe('Monday mail')
    expect(await page.getByTestId('mail-language').textContent()).toBe('Finnish')
    expect(await mail.subject.inputValue()).toMatch(new RegExp(`^Viikon \\d+ suunnitelma – ${client.name}`))
    const body = await mail.body.inputValue()
    expect(body).toMatch(/^Hei /)
    expect(body).toContain('Muistutuksena vielä avoimet asiat:')
    expect(body).toContain(`– ${overdueTask.title} (odottaa teidän vastaustanne)`)

    // Every open task of the client overdue on the mail's day is reminded of, in the draft and the panel.
    const draftDay = touchpoint.dueDate > today ? touchpoint.dueDate : today
    const overdue = (await readAll<Task>(page, 'tasks')).filter(
      (task) =>
        task.clientId === client.id &&
        task.deletedAt === null &&
        task.status !== 'done' &&
        task.deadline !== null &&
        task.deadline < draftDay,
    )
    expect(overdue.length).toBeGreaterThan(0)
    const reminder = body.slice(
      body.indexOf('Muistutuksena'),
      body.indexOf('\n\n', body.indexOf('Muistutuksena') + 40),
    )
    for (const task of overdue) expect(reminder).toContain(task.title)
    expect(await page.getByTestId('mail-overdue-source').textContent()).toMatch(
      new RegExp(`^Overdue (items|on .+) · ${overdue.length}`),
    )

    // Regenerating asks before it replaces an edit; keeping the edit changes nothing.
    const subject = await mail.subject.inputValue()
    await mail.subject.fill('Viikon suunnitelma')
    await mail.action('regenerate').click()
    await page.getByRole('button', { name: 'Keep my edits' }).click()
    expect(await mail.subject.inputValue()).toBe('Viikon suunnitelma')
    await mail.action('regenerate').click()
    await page.getByTestId('mail-regenerate-confirm').click()
    await expect.poll(() => mail.subject.inputValue()).toBe(subject)
    expect(await page.getByTestId('mail-draft-state').textContent()).toBe(
      'The draft follows the data until you edit it.',
    )
  })

  test('an edit made before the weekly was distilled is kept, flagged, and replaced only on request', async ({
    app,
  }) => {
    const { page } = app
    await demoWithRhythm(page)
    const { client, touchpoint } = await clientWithMail(page, 'pl', 'friday-summary')
    const mail = new MailScreen(page)
    await mail.open(touchpoint.id)
    await mail.editor.waitFor()
    expect(await page.getByTestId('mail-summary-source').textContent()).toContain(
      'No internal weekly has finished this week yet',
    )
    const drafted = await mail.body.inputValue()
    expect(drafted).not.toContain('W skrócie:')
    await mail.body.fill(`${drafted}\n\nPS. Zadzwonię w poniedziałek.`)

    const summary = 'Wyniki kampanii są stabilne, budżet wykorzystany zgodnie z planem.'
    await putRecords(page, 'meetings', [finishedWeekly(client.id, summary)])
    // A reload, as after a restart: Dexie's live queries do not see writes made around them.
    await page.reload()
    await page.getByTestId('mail-data-changed').waitFor()
    expect(await mail.body.inputValue()).toContain('PS. Zadzwonię w poniedziałek.')

    await mail.action('regenerate').click()
    await page.getByTestId('mail-regenerate-confirm').click()
    await expect.poll(() => mail.body.inputValue()).toContain(`W skrócie:\n${summary}`)
    expect(await mail.body.inputValue()).not.toContain('PS.')
    expect(await page.getByTestId('mail-data-changed').count()).toBe(0)
  })
})
