// Captures a client's Data tab with the demo agency: the metric grid (light and dark), the
// import preview of a real Meta export, the mapping step of an unknown CSV, and the targets.
import { existsSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { join } from 'node:path'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { DataTab } from '../e2e/pages/data'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')
const META_EXPORT = join(
  import.meta.dirname,
  '../../../shared/fixtures/ad-exports/meta-ads_campaigns_EUR.csv',
)

test('captures the metric grid, the import preview and the targets', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  await new AppShell(page).goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  await page.locator('.mantine-Notification-closeButton').click()
  await page.locator('.mantine-Notification-root').waitFor({ state: 'detached' })

  // A client that started recently, so the baseline months show near the top, with a custom KPI.
  const names = await clients.names()
  await clients.open(names.find((name) => name.includes('Струма')) ?? names[0] ?? '')
  const data = new DataTab(page)
  await data.open()
  await data.rows.first().waitFor()
  await page.getByTestId('toggle-all-campaigns').click()
  await page.locator('[data-testid="grid-row"][data-baseline]').first().waitFor()
  const firstRow = (await data.rows.nth(1).getAttribute('data-row-id')) ?? ''
  await data.cell(firstRow, 'clicks').click()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(OUT, 'data-grid.png') })

  // Dark, scrolled to the right: the derived metrics, computed live, beside the frozen columns.
  await page.emulateMedia({ colorScheme: 'dark' })
  await data.grid.evaluate((element) => element.scrollTo({ left: element.scrollWidth }))
  await settle(page)
  await page.screenshot({ path: join(OUT, 'data-grid-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })
  await data.grid.evaluate((element) => element.scrollTo({ left: 0 }))
  await settle(page)

  if (existsSync(META_EXPORT)) {
    const wizard = await data.importFile({
      name: 'meta-ads_campaigns_EUR.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(META_EXPORT),
    })
    await wizard.preview.waitFor()
    await wizard.bookToStartMonth()
    await expect.poll(() => wizard.count('create')).toBeGreaterThan(0)
    await settleModal(page)
    await page.screenshot({ path: join(OUT, 'data-import-preview.png') })
    await wizard.close()
  } else {
    console.log(`Skipped the import preview: ${META_EXPORT} is absent.`)
  }

  await data.importFile({
    name: 'kuukausiraportti.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Kuukausiraportti 2026\nKuukausi;Kanava;Kulut;Näytöt;Klikkaukset;Liidit\n2026-08;Google Ads;1 204,50;18 220;1 310;42\n2026-08;Meta;880,00;40 112;902;18\n2026-09;Google Ads;1 190,10;17 904;1 287;39\n',
    ),
  })
  await page.getByTestId('import-mapping').waitFor()
  await settleModal(page)
  await page.screenshot({ path: join(OUT, 'data-import-mapping.png') })
  await page.keyboard.press('Escape')
  await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' })

  await data.view('targets')
  await page.getByTestId('targets-editor').waitFor()
  await settle(page)
  await page.screenshot({ path: join(OUT, 'data-targets.png') })
  await data.view('kpis')
  await page.getByTestId('kpis-editor').waitFor()
  await settle(page)
  await page.screenshot({ path: join(OUT, 'data-kpis.png') })
})

/** Waits until no CSS transition or animation is running (a colour-scheme switch fades). */
async function settle(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length))
    .toBe(0)
}

async function settleModal(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator('.mantine-Modal-content')
        .evaluate((element) => getComputedStyle(element).opacity + getComputedStyle(element).transform),
    )
    .toMatch(/^1(none|matrix\(1, 0, 0, 1, 0, 0\))$/)
}
