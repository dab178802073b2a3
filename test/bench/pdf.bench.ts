// PDF rendering, measured in one run and written to the "PDF" section of test/bench/RESULTS.md:
// 1. the annual report of the largest demo client through renderReportPdf (react-pdf) against
//    the same content printed by Chromium from HTML (page.pdf(), what printToPDF does);
// 2. a batch of 40 monthly reports through the worker pool against 40 single exports.
// Prints ratios; asserts nothing about time (run: `npm run bench`).
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDemoAgency } from '@shared/demo'
import { buildAnnualReportInput, buildMonthlyReportInput, type ReportInput } from '@shared/reports'
import { demoReportSources } from '@shared/reports/demo-sources'
import { addMonths, lastCompleteMonth } from '@shared/results/months'
import { renderReportPdf } from '../../electron/reports/render'
import { createRenderPool, defaultPoolSize } from '../../electron/report-export/render-pool'
import { buildRenderWorker } from '../support/render-worker-build'
import { BUILT_RENDER_WORKER } from '../e2e/harness/ipc-bridge'
import { CHROMIUM_ARGS } from '../e2e/harness/launch'
import { annualReportHtml } from './support/annual-html'
import { machineFacts, runDate, writeResultsSection } from './support/results-file'
import { formatMs, formatRatio, markdownTable, median, repeat, timed } from './support/timing'

const TODAY = '2026-11-23'
const NOW = '2026-11-23T09:00:00.000Z'
const REPEATS = 3
const BATCH = 40
/** Fresh workers cost seconds each: a sample of them stands for the whole batch. */
const COLD_SAMPLE = 5
const agency = generateDemoAgency({ seed: 2026, today: TODAY })

/** The demo client with the most data: metric rows, campaigns and meetings. */
const largest = agency.clients
  .map((client) => ({
    client,
    size:
      agency.metricMonths.filter((r) => r.clientId === client.id).length +
      agency.campaigns.filter((c) => c.clientId === client.id).length,
  }))
  .reduce((a, b) => (b.size > a.size ? b : a))

const lines: string[] = []
let browser: Browser | null = null
afterAll(async () => {
  await browser?.close()
})

const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-GB')} KiB`

describe('PDF rendering', () => {
  it('renders the annual report with react-pdf and with Chromium from HTML', async () => {
    const year = String(Number(lastCompleteMonth(TODAY).slice(0, 4)) - 1)
    const input = buildAnnualReportInput(demoReportSources(agency, largest.client.id), year, {
      today: TODAY,
      now: NOW,
    })
    const html = annualReportHtml(input)

    const reactCold = await timed(() => renderReportPdf(input))
    const reactWarm = await repeat(REPEATS, () => renderReportPdf(input))

    const launch = await timed(() =>
      chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true }),
    )
    browser = launch.value
    const context = await browser.newContext()
    const print = async () => {
      const page = await context.newPage()
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      await page.close()
      return pdf
    }
    const chromiumCold = await timed(print)
    const chromiumWarm = await repeat(REPEATS, print)
    expect(reactCold.value.byteLength).toBeGreaterThan(0)
    expect(chromiumCold.value.byteLength).toBeGreaterThan(0)

    lines.push(
      `### Annual report ${year} of the largest demo client (${largest.client.name}, ${largest.size} rows and campaigns)`,
      '',
      markdownTable(
        ['', 'first render', `median of next ${REPEATS}`, 'PDF size'],
        [
          [
            'react-pdf (renderReportPdf, this process)',
            formatMs(reactCold.ms),
            formatMs(median(reactWarm)),
            kib(reactCold.value.byteLength),
          ],
          [
            'Chromium page.pdf() from HTML',
            formatMs(chromiumCold.ms),
            formatMs(median(chromiumWarm)),
            kib(chromiumCold.value.byteLength),
          ],
          [
            'react-pdf / Chromium',
            formatRatio(reactCold.ms, chromiumCold.ms),
            formatRatio(median(reactWarm), median(chromiumWarm)),
            '',
          ],
        ],
      ),
      '',
      `Chromium's launch (${formatMs(launch.ms)}) is not in its figures; in the app the print would run in a window already open.`,
      `The HTML rendition (test/bench/support/annual-html.ts) carries the same content in the same font, not the same design.`,
      '',
    )
  })

  it('renders 40 monthly reports through the worker pool and one by one', async () => {
    const workerFile = existsSync(BUILT_RENDER_WORKER)
      ? BUILT_RENDER_WORKER
      : await buildRenderWorker('bench-worker')
    const last = lastCompleteMonth(TODAY)
    const inputs: ReportInput[] = []
    for (let back = 0; inputs.length < BATCH; back += 1) {
      for (const client of agency.clients) {
        if (inputs.length === BATCH) break
        inputs.push(
          buildMonthlyReportInput(demoReportSources(agency, client.id), addMonths(last, -back), {
            today: TODAY,
            now: NOW,
          }),
        )
      }
    }
    const size = Math.max(2, defaultPoolSize())

    // One warm worker, 40 exports one after another (as 40 clicks would run).
    const single = createRenderPool({ workerFile, size: 1 })
    await single.run(inputs[0])
    const oneByOne = await timed(async () => {
      for (const input of inputs) await single.run(input)
    })
    await single.close()

    // The batch: all 40 queued at once on a pool of `size` workers, started cold.
    const pool = createRenderPool({ workerFile, size })
    const batch = await timed(() => Promise.all(inputs.map((input) => pool.run(input))))
    const stats = pool.stats()
    await pool.close()

    // A fresh worker per report: what a render without a pool (or a cold utility process) pays.
    const cold = await timed(async () => {
      for (const input of inputs.slice(0, COLD_SAMPLE)) {
        const once = createRenderPool({ workerFile, size: 1 })
        await once.run(input)
        await once.close()
      }
    })
    expect(batch.value).toHaveLength(BATCH)

    lines.push(
      `### ${BATCH} monthly reports (the demo clients' last months)`,
      '',
      markdownTable(
        ['', 'total', 'per report', 'vs the batch'],
        [
          [
            `batch: pool of ${size} workers, all queued at once`,
            formatMs(batch.ms),
            formatMs(batch.ms / BATCH),
            '1.0×',
          ],
          [
            'one by one on one warm worker',
            formatMs(oneByOne.ms),
            formatMs(oneByOne.ms / BATCH),
            formatRatio(oneByOne.ms, batch.ms),
          ],
          [
            `one by one, a fresh worker each (${COLD_SAMPLE} timed, total estimated)`,
            `≈ ${formatMs((cold.ms / COLD_SAMPLE) * BATCH)}`,
            formatMs(cold.ms / COLD_SAMPLE),
            formatRatio((cold.ms / COLD_SAMPLE) * BATCH, batch.ms),
          ],
        ],
      ),
      '',
      `The batch's pool started ${stats.spawned} workers and recycled ${stats.recycled} for memory.`,
      '',
    )
  })

  it('writes the PDF section of RESULTS.md', async () => {
    const body = [
      `## PDF (${runDate()})`,
      '',
      'Command: `npm run bench` (test/bench/pdf.bench.ts). Machine: ' + machineFacts(),
      '',
      ...lines,
    ].join('\n')
    console.log(body)
    await writeResultsSection('pdf', body)
  })
})
