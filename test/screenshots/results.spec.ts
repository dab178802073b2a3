// Captures a client's Results tab (light and dark), its data check and the commentary editor with the demo agency.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { generateDemoAgency } from '@shared/demo'
import { lastCompleteMonth } from '@shared/results/months'
import { verifyPeriod } from '@shared/results/verification'
import { DEMO_SEED } from '../../renderer/src/lib/useLoadDemo'
import { todayIso } from '../../renderer/src/lib/today'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { ResultsTab } from '../e2e/pages/results'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')

/** The demo client with the most findings in its last complete month, so the pictures show the check at work. */
function clientWithFindings(): string {
  const today = todayIso()
  const agency = generateDemoAgency({ seed: DEMO_SEED, today })
  const counted = agency.clients.map((client) => ({
    name: client.name,
    decreases: verifyPeriod({
      client,
      rows: agency.metricMonths.filter((r) => r.clientId === client.id),
      budgets: agency.budgetMonths,
      commentaries: agency.commentaries,
      period: lastCompleteMonth(today),
    }).filter((f) => f.kind === 'unexplained-decrease').length,
  }))
  return counted.reduce((best, c) => (c.decreases > best.decreases ? c : best)).name
}

/** Waits for a drawer's or modal's opening transition to end. */
async function settled(page: Page, selector: string): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).opacity + getComputedStyle(element).transform),
    )
    .toMatch(/^1(none|matrix\(1, 0, 0, 1, 0, 0\))$/)
}

test('captures the results tab light and dark, the data check and the commentary editor', async ({ app }) => {
  const { page } = app
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  // The "demo loaded" toast would cover the pictures' corner.
  await page.locator('.mantine-Notification-closeButton').click()
  await page.locator('.mantine-Notification-root').waitFor({ state: 'detached' })

  const client = await clients.open(clientWithFindings())
  await client.openTab('results')
  const results = new ResultsTab(page)
  await results.charts.first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(OUT, 'results.png') })
  await page.getByTestId('results-channels').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUT, 'results-channels.png') })

  const panel = await results.openVerification()
  await settled(page, '.mantine-Drawer-content')
  // One finding acknowledged, the other still open, so both states are in the picture.
  const first = panel.findings.first()
  await panel.acknowledge(first, 'Agreed with the client: the sale moved to November.')
  await expect.poll(() => first.getAttribute('data-state')).toBe('acknowledged')
  await page.screenshot({ path: join(OUT, 'results-verification.png') })
  await page.keyboard.press('Escape')
  await page.getByTestId('verification-findings').waitFor({ state: 'detached' })

  const editor = await results.writeCommentary()
  await editor.decreases.first().waitFor()
  await page.screenshot({ path: join(OUT, 'results-commentary.png') })

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(OUT, 'results-commentary-dark.png') })
  const tab = await editor.back()
  await tab.charts.first().waitFor()
  await page.screenshot({ path: join(OUT, 'results-dark.png') })

  // The annual commentary with next year's proposal and its timeline.
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByTestId('results-commentary-menu').click()
  await page.getByTestId('results-commentary-year').click()
  await page.getByTestId('commentary-screen').waitFor()
  await page.getByTestId('proposal-add').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUT, 'results-commentary-year.png') })
  // A proposal item without a title is not saved, and says so.
  await page.getByTestId('proposal-add').click()
  await page.locator('[data-testid="commentary-save-status"][data-state="invalid"]').waitFor()
  await page.getByTestId('proposal-title').last().scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUT, 'results-commentary-errors.png') })
})
