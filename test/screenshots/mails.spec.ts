// Screenshots of the mail editor with the demo agency: a Polish client's Friday mail drafted from the
// weekly's summary, light and dark, a Monday mail, a sent one, and the client page's way in.
// Run: npx electron-vite build && npx vitest run --project screenshots test/screenshots/mails.spec.ts
import { join } from 'node:path'
import type { Client, Meeting, Touchpoint } from '@shared/schemas'
import { expect, test } from '../e2e/harness/fixtures'
import { FirstRun } from '../e2e/pages/clients'
import { MailScreen, putRecords, readAll } from '../e2e/pages/mail'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

const SUMMARY =
  'Kampania „Zimowa wyprzedaż” działa od środy w Google Ads i na Meta; CTR (2,4%) jest powyżej założeń. ' +
  'W przyszłym tygodniu testujemy dwie nowe wersje kreacji i przygotowujemy harmonogram publikacji na grudzień. ' +
  'Budżet mediowy wykorzystany w 46%, zgodnie z planem.'

test('captures the Friday and Monday mail editors and a sent mail with the demo agency', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1440, height: 900 })
  // A fixed Friday afternoon, so the Friday mail is due today whatever day the pictures are refreshed on.
  await page.clock.install({ time: new Date('2026-11-27T14:30:00Z') })
  await page.reload()
  await new FirstRun(page).loadDemo()
  await page.getByRole('alert').getByRole('button').click() // the "demo loaded" notification
  await expect
    .poll(async () => (await readAll<Touchpoint>(page, 'touchpoints')).length, { timeout: 30_000 })
    .toBeGreaterThan(10)
  const clients = await readAll<Client>(page, 'clients')
  const touchpoints = (await readAll<Touchpoint>(page, 'touchpoints')).sort((a, b) =>
    a.dueDate.localeCompare(b.dueDate),
  )
  const mailOf = (language: Client['language'], kind: Touchpoint['kind']) => {
    for (const client of clients.filter((c) => c.language === language && c.activityLevel === 'active')) {
      const row = touchpoints.find((t) => t.clientId === client.id && t.kind === kind && t.status === 'due')
      if (row && client.contacts.some((contact) => contact.email)) return { client, touchpoint: row }
    }
    throw new Error(`no ${language} ${kind}`)
  }
  const friday = mailOf('pl', 'friday-summary')
  const now = new Date().toISOString()
  const weekly: Meeting = {
    id: '5f0c1c9e-2b7a-4f43-9a53-7f7c0b7e5a11',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    kind: 'internal-weekly',
    title: 'Client weekly 2026-11-27',
    startsAt: new Date('2026-11-27T12:00:00Z').toISOString(),
    clientIds: [friday.client.id],
    attendeeIds: [],
    agenda: [],
    notes: '',
    decisions: [],
    recordingUrl: '',
    weeklyCards: [
      {
        clientId: friday.client.id,
        authorId: null,
        done: '',
        analysis: '',
        direction: '',
        budgets: '',
        nextWeek: '',
        helpNeeded: false,
        changesLine: '',
        clientSummary: SUMMARY,
        notes: '',
        decisions: [],
      },
    ],
    parkedTopics: [],
    showAndTell: '',
    touchpointId: null,
    finishedAt: new Date('2026-11-27T13:00:00Z').toISOString(),
    review: null,
  }
  await putRecords(page, 'meetings', [weekly])

  const mail = new MailScreen(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await mail.open(friday.touchpoint.id)
    await page.getByTestId('mail-summary-source').waitFor()
    await page.mouse.move(1200, 800) // no hover left on the sidebar from the previous round
    await page.screenshot({ path: join(OUT, `mails-friday${scheme === 'dark' ? '-dark' : ''}.png`) })
    await page.getByTestId('nav-today').click()
    await page.getByTestId('today-screen').waitFor()
  }

  await page.emulateMedia({ colorScheme: 'light' })
  const monday = mailOf('fi', 'monday-plan-mail')
  await mail.open(monday.touchpoint.id)
  await page.getByTestId('mail-overdue-source').waitFor()
  await page.screenshot({ path: join(OUT, 'mails-monday.png') })

  await mail.open(friday.touchpoint.id)
  await mail.action('mark-sent').click()
  await mail.sent.waitFor()
  await page.screenshot({ path: join(OUT, 'mails-sent.png') })

  await page.evaluate((id) => {
    window.location.hash = `#/clients/${id}`
  }, friday.client.id)
  await page.getByTestId('client-week-mails').waitFor()
  await page.getByTestId('overview-results').waitFor()
  await page.screenshot({ path: join(OUT, 'mails-client-overview.png') })
})
