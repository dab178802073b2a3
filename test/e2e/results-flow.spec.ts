/**
 * Issue 6's whole flow on one demo client: a real Meta export is imported, its numbers show in
 * the Data grid and on the Results tab, the month is checked until it is verified (one finding
 * acknowledged with a reason, one decrease explained with cause and fix), and after a reload
 * all of it is still there. Every expected figure is computed from the file with the shared
 * import code, and every expected finding with the shared checker, never typed in by hand.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from 'playwright-core'
import { formatDate, formatMonth } from '@shared/format'
import { generateDemoAgency, type DemoAgency } from '@shared/demo'
import { formatCellValue } from '@shared/data-entry/cell-input'
import { planImport, readExport, type ImportPlan, type ParsedExport } from '@shared/imports'
import { STANDARD_METRIC_DEFINITIONS } from '@shared/results/metrics'
import { formatMetric } from '@shared/results/metric-format'
import { addMonths, lastCompleteMonth, monthOfDate } from '@shared/results/months'
import { periodAcknowledgements, periodStatus } from '@shared/results/period-status'
import { IMPORTED_CAMPAIGN_PREFIX, type ResultRow } from '@shared/results/rows'
import { verifyPeriod, type Finding } from '@shared/results/verification'
import type { Client, Commentary, MetricMonth } from '@shared/schemas'
import { DEMO_SEED } from '../../renderer/src/lib/useLoadDemo'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientsScreen, FirstRun } from './pages/clients'
import { DataTab } from './pages/data'
import { readTable } from './pages/database'
import { CommentaryEditor, ResultsTab } from './pages/results'

/** The real Meta export beside the clone (../shared); its licence keeps it out of the repository. */
const META_EXPORT = join(
  import.meta.dirname,
  '../../../shared/fixtures/ad-exports/meta-ads_campaigns_EUR.csv',
)

/** How long a poll waits for the app to write and recompute (the machine may be busy). */
const SETTLE = { timeout: 15_000 }

/** The UI language the figures are formatted in. */
const LANGUAGE = 'en'

/** What the test expects, worked out from the file, the demo agency and the shared checker. */
type Scenario = {
  /** The month the export is booked to: the month its period starts in. */
  month: string
  /** A mid-month day of the month after: the day the PM checks the month's numbers. */
  today: string
  file: ParsedExport
  client: Client
  plan: ImportPlan
  /** The month's open findings once the file is imported. */
  open: Finding[]
}

function isDecrease(finding: Finding): boolean {
  return finding.kind === 'unexplained-decrease'
}

/** The demo agency's rows of a client with an import plan written over them, as the app stores it. */
function afterImport(rows: readonly MetricMonth[], plan: ImportPlan): ResultRow[] {
  const written = plan.months.filter((month) => month.action !== 'unchanged')
  const replaced = new Set(written.map((month) => month.existingId))
  return [
    ...rows.filter((row) => !replaced.has(row.id)),
    ...written.map((month, index) => ({
      ...month.input,
      id: month.existingId ?? `imported-${index}`,
      updatedAt: '9999-12-31T00:00:00.000Z',
      deletedAt: null,
    })),
  ]
}

function openFindings(agency: DemoAgency, client: Client, rows: readonly ResultRow[], month: string) {
  const findings = verifyPeriod({
    client,
    rows,
    budgets: agency.budgetMonths,
    commentaries: agency.commentaries,
    period: month,
  })
  const acknowledgements = periodAcknowledgements(agency.commentaries, {
    clientId: client.id,
    periodKind: 'month',
    period: month,
  })
  return periodStatus(findings, acknowledgements).open
}

/**
 * Reads the export, books it to its start month, and picks the demo client in the file's
 * currency whose month, once the file is in, has a decrease to explain and another finding to
 * acknowledge — preferably exactly one of each.
 */
function scenario(bytes: Uint8Array): Scenario {
  const read = readExport(bytes)
  if (!read.ok) throw new Error(`The Meta export does not read: ${read.error.code}`)
  const file = read.export
  const starts = file.rows.map((row) => row.period?.from ?? '').sort()
  const month = monthOfDate(starts[0] ?? '')
  const today = `${addMonths(month, 1)}-15`
  const currency = file.rows[0]?.currency ?? ''
  const agency = generateDemoAgency({ seed: DEMO_SEED, today })
  const candidates = agency.clients
    .filter((client) => client.currency === currency && client.archivedAt === null)
    .map((client) => {
      const rows = agency.metricMonths.filter((row) => row.clientId === client.id)
      const plan = planImport(file.rows, rows, {
        clientId: client.id,
        currency: client.currency,
        bookToMonth: month,
        customAggregation: Object.fromEntries(client.customKpis.map((kpi) => [kpi.id, kpi.aggregation])),
      })
      return { client, plan, open: openFindings(agency, client, afterImport(rows, plan), month) }
    })
    .filter(({ plan, open }) => plan.hasChanges && open.some(isDecrease) && open.some((f) => !isDecrease(f)))
    .sort((a, b) => a.open.length - b.open.length)
  const chosen = candidates[0]
  if (!chosen)
    throw new Error(
      `No demo client in ${currency} has, after the import, a decrease and another finding in ${month}`,
    )
  return { month, today, file, ...chosen }
}

/** The text of a table cell under a column header (the primary metric's cell also carries its change). */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<string> {
  const headers = (await table.locator('thead th').allTextContents()).map((text) => text.trim())
  const index = headers.indexOf(header)
  if (index < 0) throw new Error(`No column “${header}” in ${headers.join(', ')}`)
  return ((await row.locator('td').nth(index).textContent()) ?? '').trim()
}

/** A figure as the Results tab prints it, followed by nothing or by its change. */
function startsWithFigure(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`)
}

const SPEND = STANDARD_METRIC_DEFINITIONS.find((d) => d.key === 'spend')
const IMPRESSIONS = STANDARD_METRIC_DEFINITIONS.find((d) => d.key === 'impressions')

describe('results, end to end', () => {
  test('imports a Meta export for a demo client, shows it in the grid and the results, verifies the month; all kept after a reload', async ({
    app,
  }) => {
    if (!existsSync(META_EXPORT)) {
      console.log(`Skipped: ${META_EXPORT} is absent (../shared/fixtures beside the clone).`)
      return
    }
    if (!SPEND || !IMPRESSIONS) throw new Error('The standard metric definitions lost spend or impressions')
    const bytes = readFileSync(META_EXPORT)
    const { month, today, file, client, plan, open } = scenario(new Uint8Array(bytes))
    const { page } = app
    const currency = client.currency
    const total = plan.months.find((planned) => planned.campaignName === null)
    const campaigns = plan.months.filter((planned) => planned.campaignName !== null)
    if (!total || campaigns.length === 0) throw new Error('The plan has no Meta total or no campaigns')
    const metaTotal = `${month}|meta|`
    const campaignRow = (name: string) => `${month}|meta|${IMPORTED_CAMPAIGN_PREFIX}${name}`
    const gridMoney = (minor: number | null) =>
      formatCellValue(minor, 'money', { language: LANGUAGE, currency })
    const gridCount = (value: number | null) =>
      formatCellValue(value, 'count', { language: LANGUAGE, currency })

    // Mid-month after the booked month, when its report is due: the demo agency is built for that day.
    await page.clock.install({ time: new Date(`${today}T09:30:00Z`) })
    await page.reload()
    await new FirstRun(page).loadDemo()
    await new AppShell(page).goTo('clients')
    const clients = new ClientsScreen(page)
    await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
    const clientPage = await clients.open(client.name)
    expect(await clientPage.name()).toBe(client.name)

    // Import: the export spans two months, so it is booked to the one it starts in.
    const data = new DataTab(page)
    await data.open()
    await data.rows.first().waitFor()
    const wizard = await data.importFile({
      name: 'meta-ads_campaigns_EUR.csv',
      mimeType: 'text/csv',
      buffer: bytes,
    })
    await wizard.preview.waitFor()
    expect(await wizard.count('rejected')).toBe(file.rows.length)
    await wizard.bookToStartMonth()
    expect(await page.getByTestId('import-book-month').inputValue()).toBe(formatMonth(month, LANGUAGE))
    await expect.poll(() => wizard.count('rejected'), SETTLE).toBe(0)
    expect(await wizard.count('create')).toBe(plan.counts.create)
    expect(await wizard.count('update')).toBe(plan.counts.update)
    await wizard.importButton.click()
    await page.getByTestId('import-preview').waitFor({ state: 'detached' })

    // The grid: the channel's total of the month, and each campaign under it.
    const gridShowsImport = async () => {
      await expect
        .poll(() => data.cellText(metaTotal, 'spend'), SETTLE)
        .toBe(gridMoney(total.input.spendMinor))
      expect(await data.cellText(metaTotal, 'impressions')).toBe(gridCount(total.input.impressions))
      await data.row(metaTotal).getByTestId('toggle-campaigns').click()
      for (const campaign of campaigns) {
        const id = campaignRow(campaign.campaignName ?? '')
        await expect.poll(() => data.cellText(id, 'spend'), SETTLE).toBe(gridMoney(campaign.input.spendMinor))
        expect(await data.cellText(id, 'impressions')).toBe(gridCount(campaign.input.impressions))
      }
    }
    await gridShowsImport()

    // The Results tab opens on the month just closed — the booked month — with Meta's figures.
    await clientPage.openTab('results')
    const results = new ResultsTab(page)
    await results.charts.first().waitFor()
    expect(lastCompleteMonth(today)).toBe(month)
    expect(await results.month()).toBe(month)
    const resultsShowImport = async () => {
      const channels = page.getByTestId('results-channel-table')
      const meta = page
        .getByTestId('results-channel-row')
        .filter({ has: page.getByText('Meta', { exact: true }) })
      await expect.poll(() => meta.count(), SETTLE).toBe(1)
      expect(await cellUnder(channels, meta, 'Spend')).toMatch(
        startsWithFigure(formatMetric(SPEND, total.input.spendMinor, currency, LANGUAGE)),
      )
      expect(await cellUnder(channels, meta, 'Impressions')).toMatch(
        startsWithFigure(formatMetric(IMPRESSIONS, total.input.impressions, currency, LANGUAGE)),
      )
      const table = page.getByTestId('results-campaign-table')
      for (const campaign of campaigns) {
        const row = page
          .getByTestId('results-campaign-row')
          .filter({ has: page.getByTitle(campaign.campaignName ?? '', { exact: true }) })
        await expect.poll(() => row.count(), SETTLE).toBe(1)
        expect(await cellUnder(table, row, 'Spend')).toMatch(
          startsWithFigure(formatMetric(SPEND, campaign.input.spendMinor, currency, LANGUAGE)),
        )
      }
    }
    await resultsShowImport()

    // The data check of the month: exactly the findings the checker finds in the imported data.
    await expect.poll(() => results.openCount(), SETTLE).toBe(open.length)
    const others = open.filter((finding) => !isDecrease(finding))
    const decreases = open.filter(isDecrease)
    const period = `${formatDate(file.rows[0]?.period?.from ?? '', LANGUAGE)} – ${formatDate(
      file.rows[0]?.period?.to ?? '',
      LANGUAGE,
    )}`
    const reason = `Checked against Meta Ads Manager: the campaigns of ${period} are booked to their start month.`

    // Acknowledge the other finding(s): a reason is required. One export's campaign rows are
    // neither duplicates of each other nor of the channel's total.
    const panel = await results.openVerification()
    await expect.poll(() => panel.findings.count(), SETTLE).toBe(open.length)
    expect(await panel.finding('duplicate').count()).toBe(0)
    for (const [index, other] of others.entries()) {
      const finding = panel
        .finding(other.kind, other.metric ?? undefined)
        .and(page.locator('[data-state="open"]'))
        .first()
      if (index === 0) {
        await panel.acknowledge(finding, '')
        await expect
          .poll(() => finding.getByTestId('acknowledge-reason').getAttribute('aria-invalid'), SETTLE)
          .toBe('true')
        await finding.getByTestId('acknowledge-reason').fill(reason)
        await finding.getByTestId('acknowledge-save').click()
      } else {
        await panel.acknowledge(finding, reason)
      }
      await expect.poll(() => results.openCount(), SETTLE).toBe(open.length - index - 1)
    }
    expect(
      await panel
        .finding(others[0]?.kind ?? '')
        .first()
        .getAttribute('data-state'),
    ).toBe('acknowledged')

    // Explain the decrease(s) in the month's commentary: cause and fix, both required.
    const first = decreases[0]
    await panel
      .finding('unexplained-decrease', first?.metric ?? undefined)
      .getByTestId('finding-fix-commentary')
      .click()
    const editor = new CommentaryEditor(page)
    await editor.root.waitFor()
    const cause = 'Meta campaigns now come from the Ads Manager export, which counts people per campaign.'
    const fix = 'Take the account-level figure from Ads Manager every month and enter it in the grid.'
    for (const decrease of decreases) {
      const row = editor.decrease(decrease.metric ?? '')
      expect(await row.getAttribute('data-state')).toBe('open')
      await row.getByTestId('decrease-cause').fill(cause)
      await editor.saved()
      expect(await row.getAttribute('data-state')).toBe('open')
      await row.getByTestId('decrease-fix').fill(fix)
      await editor.saved()
      await expect.poll(() => row.getAttribute('data-state'), SETTLE).toBe('explained')
    }
    await expect
      .poll(() => page.getByTestId('commentary-check-status').getAttribute('data-open'), SETTLE)
      .toBe('0')

    // Back on the Results tab the month is verified.
    const back = await editor.back()
    await expect.poll(() => back.openCount(), SETTLE).toBe(0)
    expect(await back.status.textContent()).toBe('Verified')
    const commentaryOf = async () =>
      (await readTable<Commentary>(page, 'commentaries')).find(
        (c) =>
          c.clientId === client.id && c.periodKind === 'month' && c.period === month && c.deletedAt === null,
      )
    await expect
      .poll(async () => (await commentaryOf())?.verifiedAt?.slice(0, 10) ?? null, SETTLE)
      .toBe(today)

    // Reload: the imported month, the acknowledgement, the explanation and the verified state stay.
    await page.reload()
    const reloaded = new ResultsTab(page)
    await reloaded.root.waitFor({ timeout: 20_000 })
    expect(await reloaded.month()).toBe(month)
    await expect.poll(() => reloaded.openCount(), SETTLE).toBe(0)
    expect(await reloaded.status.textContent()).toBe('Verified')
    await resultsShowImport()
    const again = await reloaded.openVerification()
    await again.root.getByTestId('verification-done').waitFor()
    expect(await again.root.getByTestId('verification-done').textContent()).toContain(
      `Verified ${formatDate(today, LANGUAGE)}`,
    )
    for (const other of others) {
      const finding = again.finding(other.kind, other.metric ?? undefined).first()
      expect(await finding.getAttribute('data-state')).toBe('acknowledged')
      expect(await finding.getByTestId('finding-acknowledgement').textContent()).toContain(reason)
    }
    expect(await again.finding('unexplained-decrease').count()).toBe(0)
    await again.close()
    const reopened = await reloaded.writeCommentary()
    for (const decrease of decreases) {
      const row = reopened.decrease(decrease.metric ?? '')
      expect(await row.getAttribute('data-state')).toBe('explained')
      expect(await row.getByTestId('decrease-cause').inputValue()).toBe(cause)
      expect(await row.getByTestId('decrease-fix').inputValue()).toBe(fix)
    }
    const stored = await commentaryOf()
    expect(stored?.acknowledgements.map((a) => a.reason)).toEqual(others.map(() => reason))
    expect(stored?.verifiedAt?.slice(0, 10)).toBe(today)

    await reopened.back()
    await data.open()
    await gridShowsImport()
  }, 180_000)
})
