// Report export end to end: the client page's one-click export (the real IPC handlers, worker
// pool and PDF renderer behind the bridge), the data check before a draft, the Reports screen
// and its preview, and the batch export of the demo agency.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { generateDemoAgency } from '@shared/demo'
import { lastCompleteMonth } from '@shared/results/months'
import { periodAcknowledgements, periodStatus } from '@shared/results/period-status'
import { verifyPeriod } from '@shared/results/verification'
import type { ReportFile } from '@shared/schemas'
import { DEMO_SEED } from '../../renderer/src/lib/useLoadDemo'
import { todayIso } from '../../renderer/src/lib/today'
import { describe, expect, test } from './harness/fixtures'
import type { AppUnderTest } from './harness/launch'
import { AppShell } from './pages/app-shell'
import { ClientsScreen, FirstRun } from './pages/clients'
import { readTable } from './pages/database'
import { ReportExport, ReportsFolderSettings, ReportsScreen } from './pages/reports'

const today = todayIso()
const month = lastCompleteMonth(today)
const agency = generateDemoAgency({ seed: DEMO_SEED, today })

/** Each demo client's open findings in the last ended month, as the app's data check counts them. */
const openFindings = agency.clients.map((client) => {
  const own = <T extends { clientId: string }>(rows: T[]) => rows.filter((r) => r.clientId === client.id)
  const findings = verifyPeriod({
    client,
    rows: own(agency.metricMonths),
    budgets: own(agency.budgetMonths),
    commentaries: own(agency.commentaries),
    period: month,
  })
  const acknowledged = periodAcknowledgements(agency.commentaries, {
    clientId: client.id,
    periodKind: 'month',
    period: month,
  })
  return { client, open: periodStatus(findings, acknowledged).open.length }
})

function textOf(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
}

async function openClient(app: AppUnderTest, name: string): Promise<void> {
  await new FirstRun(app.page).loadDemo()
  const shell = new AppShell(app.page)
  await shell.goTo('clients')
  const clients = new ClientsScreen(app.page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  await clients.open(name)
}

describe('report export', () => {
  test('Settings shows the reports folder beside the backups folder, and a folder chosen there is the one the Reports screen uses', async ({
    app,
  }) => {
    const shell = new AppShell(app.page)
    await shell.goTo('settings')
    const folder = new ReportsFolderSettings(app.page)
    // Between the backups folder and the transfer section.
    const order = await app.page
      .locator(
        '[data-testid="backup-settings"], [data-testid="reports-folder-settings"], [data-testid="backup-transfer"]',
      )
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-testid')))
    expect(order).toEqual(['backup-settings', 'reports-folder-settings', 'backup-transfer'])
    const defaultFolder = join(app.profileDir, 'Documents', 'Cadence Reports')
    await expect.poll(() => folder.path.textContent()).toBe(defaultFolder)
    expect(await folder.path.getAttribute('data-default')).toBe('true')
    expect(await folder.reset.isDisabled()).toBe(true)

    const effects = app.effects
    if (!effects) return // the real Electron app would open a real folder dialog
    // The harness's folder dialog answers with the profile's "Shared reports".
    const shared = join(app.profileDir, 'Shared reports')
    await folder.change.click()
    await expect.poll(() => folder.path.textContent()).toBe(shared)
    expect(await folder.path.getAttribute('data-default')).toBe('false')
    await folder.open.click()
    await expect.poll(() => effects.openedFiles).toEqual([shared])

    await shell.goTo('reports')
    await expect.poll(() => app.page.getByTestId('reports-folder').getAttribute('data-folder')).toBe(shared)

    await shell.goTo('settings')
    await expect.poll(() => folder.path.textContent()).toBe(shared)
    await folder.reset.click()
    await expect.poll(() => folder.path.textContent()).toBe(defaultFolder)
    expect(await folder.reset.isDisabled()).toBe(true)
  })

  test('one click on “Export monthly report” writes the PDF to the reports folder, which the Reports screen lists', async ({
    app,
  }) => {
    const verified = openFindings.find((c) => c.open === 0)?.client
    if (!verified) throw new Error('The demo agency has no verified client month')
    await openClient(app, verified.name)
    const exporter = new ReportExport(app.page)
    expect(await exporter.month()).toBe(month)
    await exporter.button.click()

    const effects = app.effects
    if (!effects) return // the real Electron app opens the file for real
    await expect.poll(() => effects.openedFiles.length, { timeout: 60_000 }).toBe(1)
    const path = effects.openedFiles[0] ?? ''
    expect(path).toContain(`${sep}Documents${sep}Cadence Reports${sep}${verified.name}${sep}`)
    expect(path.endsWith(`${sep}${month} Monthly report.pdf`)).toBe(true)
    expect(existsSync(path)).toBe(true)
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
    expect(textOf(path)).toContain(verified.name)
    await expect.poll(() => exporter.dialog.count()).toBe(0)

    const shell = new AppShell(app.page)
    await shell.goTo('reports')
    const reports = new ReportsScreen(app.page)
    const row = reports.row(verified.name, month)
    await row.waitFor()
    expect(await row.getAttribute('data-file')).toBe(`${month} Monthly report.pdf`)
    expect(await row.getByTestId('report-status').getAttribute('data-status')).toBe('verified')
    await expect.poll(() => reports.preview.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready')

    await row.getByTestId('report-mark-sent').click()
    await expect.poll(() => row.getByTestId('report-status').getAttribute('data-status')).toBe('sent')
    const stored = await readTable<ReportFile>(app.page, 'reports')
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ path, draft: false, kind: 'monthly', period: month })
    expect(stored[0]?.sentAt).not.toBeNull()
  })

  test('an unverified month shows its open findings first, then exports a draft beside nothing', async ({
    app,
  }) => {
    const unverified = openFindings.reduce((most, c) => (c.open > most.open ? c : most))
    await openClient(app, unverified.client.name)
    const exporter = new ReportExport(app.page)
    await exporter.button.click()
    await exporter.dialog.waitFor()
    await expect.poll(() => exporter.findings.count()).toBe(Math.min(unverified.open, 6))
    expect(await exporter.confirm.getAttribute('data-draft')).toBe('true')
    expect(app.effects?.openedFiles ?? []).toEqual([])

    await exporter.confirm.click()
    const effects = app.effects
    if (!effects) return
    await expect.poll(() => effects.openedFiles.length, { timeout: 60_000 }).toBe(1)
    expect(textOf(effects.openedFiles[0] ?? '')).toContain(unverified.client.name)
    const stored = await readTable<ReportFile>(app.page, 'reports')
    expect(stored.map((r) => [r.draft, r.fileName])).toEqual([[true, `${month} Monthly report.pdf`]])
  })

  test('batch export writes every demo client’s monthly report and sums up what was written', async ({
    app,
  }) => {
    await new FirstRun(app.page).loadDemo()
    const shell = new AppShell(app.page)
    await shell.goTo('clients')
    const clients = new ClientsScreen(app.page)
    await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
    await shell.goTo('reports')
    const reports = new ReportsScreen(app.page)
    const batch = await reports.openBatch()
    await batch.ready.waitFor({ timeout: 30_000 })
    const exportable = agency.clients.filter((c) => c.archivedAt === null)
    expect(Number(await batch.ready.getAttribute('data-clients'))).toBe(exportable.length)
    expect(Number(await batch.ready.getAttribute('data-drafts'))).toBe(
      openFindings.filter((c) => c.open > 0 && c.client.archivedAt === null).length,
    )
    await batch.start()
    await batch.summary.waitFor({ timeout: 240_000 })
    expect(await batch.summary.getAttribute('data-written')).toBe(String(exportable.length))
    expect(await batch.summary.getAttribute('data-failed')).toBe('0')

    const stored = await readTable<ReportFile>(app.page, 'reports')
    expect(stored).toHaveLength(exportable.length)
    for (const report of stored) {
      expect(existsSync(report.path)).toBe(true)
      expect(report.path.endsWith(`${sep}${month} Monthly report.pdf`)).toBe(true)
    }
    const names = stored.map((r) => textOf(r.path))
    for (const client of exportable) expect(names.some((text) => text.includes(client.name))).toBe(true)

    await app.page.getByTestId('batch-close').click()
    await expect.poll(() => reports.rows.count()).toBe(exportable.length)
  }, 300_000)
})
