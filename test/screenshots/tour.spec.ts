// A design review tour with the demo agency: every main screen in light, the busiest ones also in
// dark and in Finnish (long words), at a fixed Monday so the pictures compare across refreshes.
// Run: npx electron-vite build && npx vitest run --project screenshots test/screenshots/tour.spec.ts
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, test } from '../e2e/harness/fixtures'
import { AppShell } from '../e2e/pages/app-shell'
import { ClientsScreen, FirstRun } from '../e2e/pages/clients'
import { demoClientsByFindings } from './demo-findings'

const OUT = join(import.meta.dirname, '../e2e/__screenshots__')
const TODAY = '2026-11-23'

/** Waits until no CSS transition or animation runs (modals fade, colour schemes fade). */
async function settle(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length))
    .toBe(0)
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target
  }, hash)
}

type Variant = { suffix: string; scheme: 'light' | 'dark' }

test('tours every main screen with the demo agency, light, dark and Finnish', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.clock.install({ time: new Date(`${TODAY}T09:30:00Z`) })
  await page.reload()
  await page.emulateMedia({ colorScheme: 'light' })
  await new FirstRun(page).loadDemo()
  const shell = new AppShell(page)
  await shell.goTo('clients')
  const clients = new ClientsScreen(page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
  await page.locator('.mantine-Notification-closeButton').click()
  await page.locator('.mantine-Notification-root').waitFor({ state: 'detached' })
  await clients.open(demoClientsByFindings(TODAY)[0] ?? '')
  const clientId = /#\/clients\/([^/]+)/.exec(page.url())?.[1] ?? ''
  // Back up once, so Settings shows a backup and its restore preview.
  await shell.goTo('settings')
  await page.getByTestId('backup-now').click()
  await page.getByTestId('backup-row-restore').first().waitFor({ timeout: 30_000 })
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 })

  const shoot = async (name: string, variant: Variant): Promise<void> => {
    await page.mouse.move(0, 0)
    await settle(page)
    await page.screenshot({ path: join(OUT, `tour-${name}${variant.suffix}.png`) })
  }

  const steps: Record<string, (variant: Variant) => Promise<void>> = {
    today: async (v) => {
      await go(page, '#/today')
      await page.getByTestId('today-screen').waitFor()
      await page.getByTestId('sla-clock').first().waitFor()
      await page.getByTestId('rhythm-coming-toggle').waitFor()
      await shoot('today', v)
    },
    clients: async (v) => {
      await go(page, '#/clients')
      await clients.rows.first().waitFor()
      await shoot('clients', v)
    },
    overview: async (v) => {
      await go(page, `#/clients/${clientId}/overview`)
      await page.getByTestId('overview-results').waitFor()
      await page.waitForLoadState('networkidle')
      await shoot('client-overview', v)
    },
    results: async (v) => {
      await go(page, `#/clients/${clientId}/results`)
      await page.getByTestId('kpi-tile').first().waitFor()
      await page.getByTestId('trend-chart').first().waitFor()
      await shoot('client-results', v)
      await page.getByTestId('results-channels').scrollIntoViewIfNeeded()
      await shoot('client-results-tables', v)
    },
    data: async (v) => {
      await go(page, `#/clients/${clientId}/data`)
      await page.getByTestId('grid-row').first().waitFor()
      await shoot('client-data', v)
    },
    budgets: async (v) => {
      await go(page, `#/clients/${clientId}/budgets`)
      await page.getByTestId('client-budgets').waitFor()
      await page.waitForLoadState('networkidle')
      await shoot('client-budgets', v)
    },
    commentary: async (v) => {
      await go(page, `#/clients/${clientId}/results`)
      await page.getByTestId('results-write-commentary').click()
      await page.getByTestId('commentary-screen').waitFor()
      await shoot('commentary-month', v)
      await go(page, `#/clients/${clientId}/results`)
      await page.getByTestId('results-commentary-menu').click()
      await page.getByTestId('results-commentary-year').click()
      await page.getByTestId('proposal-add').waitFor()
      await shoot('commentary-year', v)
      // The first pass plans next year, so the proposal's timeline is in the pictures.
      if (v.suffix === '') {
        const plan = [
          { title: 'Spring campaign for the new clinic', end: 'Apr 2026' },
          { title: 'Landing pages per treatment', end: 'Jun 2026' },
          { title: 'Reviews programme with the front desk', end: 'Dec 2026' },
        ]
        for (const item of plan) {
          await page.getByTestId('proposal-add').click()
          await page.getByTestId('proposal-title').last().fill(item.title)
          await page.getByTestId('proposal-end').last().click()
          await page.getByRole('option', { name: item.end, exact: true }).click()
        }
        await expect
          .poll(() => page.getByTestId('commentary-save-status').getAttribute('data-state'))
          .toBe('saved')
      }
      await page.getByTestId('proposal-timeline').scrollIntoViewIfNeeded()
      await shoot('commentary-year-proposal', v)
    },
    exportDialog: async (v) => {
      await go(page, `#/clients/${clientId}/overview`)
      await page.getByTestId('export-monthly-report').click()
      await page.getByTestId('export-finding').first().waitFor()
      await shoot('export-dialog', v)
      // The first pass exports, so the Reports screen has a report to list and preview.
      if (v.suffix === '') {
        await page.getByTestId('export-confirm').click()
        await page.getByTestId('export-dialog-body').waitFor({ state: 'detached', timeout: 60_000 })
        await page
          .locator('.mantine-Notification-root')
          .first()
          .waitFor({ state: 'detached', timeout: 15_000 })
          .catch(() => undefined)
      } else {
        await page.keyboard.press('Escape')
      }
      await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' })
    },
    reports: async (v) => {
      await go(page, '#/reports')
      await page.getByTestId('report-row').first().click()
      await expect
        .poll(() => page.getByTestId('report-preview').getAttribute('data-state'), { timeout: 30_000 })
        .toBe('ready')
      await shoot('reports', v)
    },
    settings: async (v) => {
      await go(page, '#/settings')
      await page.getByTestId('settings-screen').waitFor()
      await shoot('settings', v)
      await page.getByTestId('backup-settings').evaluate((s) => s.scrollIntoView({ block: 'start' }))
      await shoot('settings-backups', v)
      await page.getByTestId('backup-row-restore').first().click()
      await page.getByTestId('backup-contents').waitFor()
      await shoot('settings-restore-preview', v)
      await page.keyboard.press('Escape')
      await page.getByTestId('backup-contents').waitFor({ state: 'detached' })
    },
    meetings: async (v) => {
      await go(page, '#/meetings')
      await page.getByTestId('calendar-touchpoint').first().waitFor()
      await page.getByTestId('calendar-meeting').first().waitFor()
      await shoot('meetings-calendar', v)
    },
    review: async (v) => {
      await go(page, '#/meetings')
      const review = page.locator('[data-testid="calendar-touchpoint"][data-kind="quarterly-review"]')
      await page.getByTestId('calendar-touchpoint').first().waitFor()
      for (let step = 0; step < 4 && (await review.count()) === 0; step++) {
        await page.getByTestId('calendar-next').click()
        await page.getByTestId('calendar-touchpoint').first().waitFor()
      }
      await review.first().click()
      await page.getByTestId('meeting-screen').waitFor()
      await page.getByTestId('review-results').waitFor()
      await shoot('meeting-review', v)
      await page.getByTestId('proposal-new').scrollIntoViewIfNeeded()
      await shoot('meeting-review-proposals', v)
    },
    presenter: async (v) => {
      await go(page, '#/weekly')
      await page.getByTestId('weekly-client-row').first().waitFor()
      await shoot('weekly', v)
      await page.getByTestId('weekly-present').click()
      await page.getByTestId('presenter-client').waitFor()
      await shoot('presenter', v)
      await page.keyboard.press('Escape')
      await go(page, '#/weekly')
      await page.getByTestId('weekly-screen').waitFor()
    },
    work: async (v) => {
      await go(page, '#/inbox')
      await page.getByTestId('inbox-screen').waitFor()
      await page.waitForLoadState('networkidle')
      await shoot('inbox', v)
      await go(page, '#/tasks')
      await page.getByTestId('tasks-screen').waitFor()
      await page.getByTestId('task-title').first().waitFor()
      await shoot('tasks', v)
    },
  }

  const light: Variant = { suffix: '', scheme: 'light' }
  for (const step of Object.values(steps)) await step(light)

  const busiest = ['today', 'results', 'data', 'reports', 'review', 'presenter', 'commentary'] as const
  await page.emulateMedia({ colorScheme: 'dark' })
  for (const name of busiest) await steps[name]?.({ suffix: '-dark', scheme: 'dark' })

  await page.emulateMedia({ colorScheme: 'light' })
  await go(page, '#/settings')
  await page.getByTestId('settings-language').click()
  await page.getByRole('option', { name: /suomi|finnish/i }).click()
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fi')
  for (const name of [
    ...busiest,
    'clients',
    'settings',
    'meetings',
    'work',
    'exportDialog',
    'budgets',
    'overview',
  ])
    await steps[name]?.({ suffix: '-fi', scheme: 'light' })
}, 600_000)
