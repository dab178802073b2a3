/**
 * Scale: how the app behaves with the large demo agency (300 clients × 5 years) next to the
 * small one (12 clients × 3 years). In Chromium through the e2e harness, on the built app
 * (`npm run bench` builds first): loading the agency from Settings (generated and written in
 * the demo worker), opening Today, a client page and its Results tab, scrolling the client
 * list; in Node: generating each agency and building the annual report model of its largest
 * client. Prints a table with the ratios large/small and writes the "Scale" section of
 * test/bench/RESULTS.md. Timings are printed, never asserted.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { loadavg } from 'node:os'
import { afterAll, describe, it } from 'vitest'
import { DEMO_SIZES, generateDemoAgency, type DemoAgency, type DemoSize } from '@shared/demo'
import { buildAnnualModel } from '@shared/results/models'
import { DEMO_SEED } from '../../renderer/src/lib/useLoadDemo'
import { todayIso } from '../../renderer/src/lib/today'
import { AppShell } from '../e2e/pages/app-shell'
import { loadDemoFromSettings } from '../e2e/pages/demo'
import { browserVersion, closeBenchBrowser, launchBenchApp } from './support/app'
import { clickUntilReady, countInDom, scrollToBottom } from './support/page-metrics'
import { machineFacts, runDate, writeResultsSection } from './support/results-file'
import { formatMs, formatRatio, markdownTable, median, repeat, timed } from './support/timing'

const SIZES: readonly DemoSize[] = ['small', 'large']
/** Where the bench leaves its screenshots of the large agency (not committed). */
const SHOTS_DIR = join(import.meta.dirname, '__screenshots__')
const COMMAND = 'npm run bench (electron-vite build && vitest run --project bench)'

/** One measured step: its label and a time per size. */
type Row = { label: string; ms: Partial<Record<DemoSize, number>>; note?: string }

/** The client with the most metric rows, and the last calendar year it has data for. */
function largestClient(agency: DemoAgency): { name: string; id: string; year: string; rows: number } {
  const counts = new Map<string, number>()
  for (const row of agency.metricMonths) counts.set(row.clientId, (counts.get(row.clientId) ?? 0) + 1)
  const [id, rows] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  const client = agency.clients.find((c) => c.id === id)
  if (!client) throw new Error('the agency has no client with metric rows')
  const year = String(Number(todayIso().slice(0, 4)) - 1)
  return { name: client.name, id, year, rows }
}

/** Builds the annual model of the client in Node, five times; the median. */
function annualModelMs(agency: DemoAgency, clientId: string, year: string): number {
  const client = agency.clients.find((c) => c.id === clientId)
  if (!client) throw new Error(`no client ${clientId}`)
  const input = {
    client,
    rows: agency.metricMonths.filter((row) => row.clientId === clientId),
    targets: agency.targets.filter((target) => target.clientId === clientId),
    campaigns: agency.campaigns
      .filter((c) => c.clientId === clientId)
      .map((c) => ({ id: c.id, name: c.name })),
  }
  buildAnnualModel(input, year) // warm-up: the first run compiles the code
  const samples: number[] = []
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    buildAnnualModel(input, year)
    samples.push(performance.now() - start)
  }
  return median(samples)
}

const rows: Row[] = []
const facts: string[] = []
function record(label: string, size: DemoSize, ms: number, note?: string): void {
  let row = rows.find((r) => r.label === label)
  if (!row) {
    row = { label, ms: {}, ...(note ? { note } : {}) }
    rows.push(row)
  }
  row.ms[size] = ms
}

afterAll(closeBenchBrowser)

describe('scale', () => {
  for (const size of SIZES) {
    it(`measures the ${size} agency`, async () => {
      const today = todayIso()
      const generated = await timed(() =>
        Promise.resolve(generateDemoAgency({ seed: DEMO_SEED, today, size })),
      )
      const agency = generated.value
      const target = largestClient(agency)
      record('Generate the agency (Node)', size, generated.ms)
      record(
        `Annual report model of the largest client (Node, buildAnnualModel)`,
        size,
        annualModelMs(agency, target.id, target.year),
      )
      const records = Object.values(agency).reduce((n, v) => n + (Array.isArray(v) ? v.length : 1), 0)
      facts.push(
        `${size}: ${String(agency.clients.length)} clients, ${records.toLocaleString('en-GB')} records ` +
          `(${agency.metricMonths.length.toLocaleString('en-GB')} metric months, ` +
          `${agency.touchpoints.length.toLocaleString('en-GB')} touchpoints, ` +
          `${agency.meetings.length.toLocaleString('en-GB')} meetings, ${agency.tasks.length.toLocaleString('en-GB')} tasks, ` +
          `${agency.communications.length.toLocaleString('en-GB')} communications); largest client ` +
          `${String(target.rows)} metric rows, annual model of ${target.year}`,
      )

      const app = await launchBenchApp()
      const { page } = app
      try {
        if (facts.length === 1) facts.push(await browserVersion(app))
        const load = await timed(() => loadDemoFromSettings(page, size))
        record('Load the agency from Settings (generate + write, in the worker)', size, load.ms)

        const shell = new AppShell(page)
        await shell.goTo('clients')
        await page.getByTestId('client-row').first().waitFor({ timeout: 600_000 })

        // Today: the first opening also generates the rhythm around today (it writes touchpoints).
        const firstToday = await clickUntilReady(
          page,
          '[data-testid="nav-today"]',
          '[data-testid="today-columns"]',
        )
        record('Open Today, first time (incl. rhythm sync)', size, firstToday.settledMs)
        const again = await repeat(3, async () => {
          await clickUntilReady(page, '[data-testid="nav-clients"]', '[data-testid="client-row"]')
          return clickUntilReady(page, '[data-testid="nav-today"]', '[data-testid="today-columns"]')
        })
        record('Open Today again (median of 3)', size, median(again))
        if (size === 'large') {
          await mkdir(SHOTS_DIR, { recursive: true })
          await page.screenshot({ path: join(SHOTS_DIR, 'large-today.png') })
        }

        const clients = await clickUntilReady(
          page,
          '[data-testid="nav-clients"]',
          '[data-testid="client-row"]',
        )
        record('Open Clients', size, clients.settledMs)
        const rendered = await countInDom(page, '[data-testid="client-row"]')
        if (size === 'large') await page.screenshot({ path: join(SHOTS_DIR, 'large-clients.png') })
        const scroll = await scrollToBottom(page)
        record('Scroll Clients to the bottom (longest frame)', size, scroll.longestMs)
        facts.push(
          `${size}: Clients renders ${String(rendered)} of ${String(agency.clients.length)} rows; ` +
            `scrolling ${String(scroll.scrolledPx)} px took ${String(scroll.frames)} frames, ` +
            `${String(scroll.longFrames)} over 50 ms`,
        )

        await page.getByTestId('client-search').fill(target.name)
        await page.getByTestId('client-row').filter({ hasText: target.name }).first().waitFor()
        const clientPage = await clickUntilReady(
          page,
          '[data-testid="client-row"]',
          '[data-testid="overview-results"]',
        )
        record('Open the largest client’s page', size, clientPage.settledMs)
        const results = await clickUntilReady(
          page,
          '[data-testid="client-tab-results"]',
          '[data-testid="kpi-tile"]',
        )
        record('Open its Results tab', size, results.settledMs)
        await page
          .getByTestId('client-search')
          .fill('')
          .catch(() => undefined)
      } finally {
        await app.close()
      }
    })
  }

  it('writes the Scale section of RESULTS.md', async () => {
    const header = ['Step', ...SIZES, 'large / small']
    const table = markdownTable(
      header,
      rows.map((row) => [
        row.label,
        ...SIZES.map((size) => formatMs(row.ms[size] ?? Number.NaN)),
        formatRatio(row.ms.large ?? Number.NaN, row.ms.small ?? Number.NaN),
      ]),
    )
    const [one, five, fifteen] = loadavg()
    const body = [
      `## Scale (${runDate()})`,
      '',
      `Command: \`${COMMAND}\` — test/bench/scale.bench.ts.`,
      `Agencies: the demo generator's \`small\` (${String(DEMO_SIZES.small.clients)} clients × ${String(DEMO_SIZES.small.years)} years) and \`large\` (${String(DEMO_SIZES.large.clients)} clients × ${String(DEMO_SIZES.large.years)} years), seed ${String(DEMO_SEED)}.`,
      'Page steps run in Chromium through the e2e harness on the built app and are timed inside the page from the click until what the step shows is there and the DOM has been still for 500 ms (that quiet time is not counted); "(Node)" steps run in the bench process.',
      '',
      table,
      '',
      ...facts.map((fact) => `- ${fact}`),
      `- Machine: ${machineFacts()}`,
      `- Load average at the end: ${one?.toFixed(1) ?? '?'} / ${five?.toFixed(1) ?? '?'} / ${fifteen?.toFixed(1) ?? '?'} (1 / 5 / 15 min) — other work on the machine slows every step.`,
    ].join('\n')
    console.log(`\n${body}\n`)
    await writeResultsSection('scale', body)
  })
})
