/**
 * A plain HTML rendition of an annual report input, for the bench that compares react-pdf with
 * Chromium's print-to-PDF: the same content — cover, key figures against last year and the
 * baseline, month-by-month charts (SVG from the same shared/charts geometry) and table, best
 * months and records, channels, commentary, the year's work and lean loop, the review and next
 * year's proposal with its timeline and creatives — in the same bundled font. Not a second
 * design of the report: only enough of one that Chromium does comparable work.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { trendGeometry } from '@shared/charts/trend'
import { INTL_LOCALE } from '@shared/format'
import type { AnnualReportInput } from '@shared/reports/report-input'

const FONTS = join(import.meta.dirname, '../../../electron/reports/fonts')

function fontFace(file: string, weight: number): string {
  const data = readFileSync(join(FONTS, file)).toString('base64')
  return `@font-face { font-family: Inter; font-weight: ${weight}; src: url(data:font/ttf;base64,${data}) format('truetype'); }`
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

/** The HTML document of an annual report input. */
export function annualReportHtml(input: AnnualReportInput): string {
  const locale = INTL_LOCALE[input.language]
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'always',
  })
  const value = (v: number | null | undefined) => (v === null || v === undefined ? '—' : number.format(v))
  const change = (v: number | null | undefined) => (v === null || v === undefined ? '—' : percent.format(v))
  const { model } = input
  const figure = new Map(model.kpis.map((f) => [f.key, f]))
  const label = (key: string) => model.metrics.find((m) => m.key === key)?.label ?? key

  const tiles = input.selection.tiles
    .map((key) => {
      const f = figure.get(key)
      return `<div class="tile"><div class="muted">${escape(label(key))}</div><div class="big">${value(f?.value)}</div>
        <div class="muted">vs last year ${change(f?.previous.change.relative)} · vs start ${change(f?.baseline?.change.relative)}</div></div>`
    })
    .join('')

  const charts = input.selection.charts
    .map((key) => {
      const geometry = trendGeometry({
        months: model.months.map((m) => m.month),
        values: model.months.map((m) => m.values[key] ?? null),
        lastYear: input.previousMonths.map((m) => m.values[key] ?? null),
        box: { width: 240, height: 120, margin: { top: 8, right: 8, bottom: 18, left: 36 } },
        reference: figure.get(key)?.baseline?.value ?? null,
      })
      const ticks = geometry.ticks
        .map(
          (t) => `<text x="2" y="${t.position + 3}" font-size="7">${escape(number.format(t.value))}</text>`,
        )
        .join('')
      return `<figure><figcaption>${escape(label(key))}</figcaption><svg width="240" height="120" viewBox="0 0 240 120">
        ${ticks}<path d="${geometry.lastYear?.path ?? ''}" fill="none" stroke="#adb5bd" stroke-width="1"/>
        <path d="${geometry.current.path}" fill="none" stroke="${input.client.color}" stroke-width="1.6"/></svg></figure>`
    })
    .join('')

  const monthRows = model.months
    .map(
      (m) =>
        `<tr><td>${m.month}</td>${input.selection.charts.map((key) => `<td class="num">${value(m.values[key])}</td>`).join('')}</tr>`,
    )
    .join('')

  const channelRows = model.channels
    .map(
      (c) =>
        `<tr><td>${c.channel}</td>${input.selection.columns
          .map((key) => {
            const f = c.figures.find((x) => x.key === key)
            return `<td class="num">${value(f?.value)} <span class="muted">${change(f?.previous.change.relative)}</span></td>`
          })
          .join('')}</tr>`,
    )
    .join('')

  const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`
  const commentary = input.commentary
    ? `<h2>Summary</h2><p>${escape(input.commentary.summary)}</p>${list(input.commentary.highlights)}
       ${input.commentary.decreases.map((d) => `<p><b>${escape(d.metric)}</b>: ${escape(d.cause)} — ${escape(d.fix)}</p>`).join('')}
       ${list(input.commentary.nextSteps)}`
    : ''
  const experiments = [...input.leanLoop.learned, ...input.leanLoop.running, ...input.leanLoop.next]
    .map(
      (e) =>
        `<tr><td>${escape(e.hypothesis)}</td><td>${escape(e.result)}</td><td>${escape(e.learning)}</td></tr>`,
    )
    .join('')
  const proposal = input.proposal
  const timeline = proposal
    ? proposal.items
        .map((item) => {
          const start = Math.max(0, monthOffset(proposal.from, item.startMonth))
          const end = Math.min(11, monthOffset(proposal.from, item.endMonth))
          return `<div class="bar-row"><span>${escape(item.title)}</span><div class="bar" style="margin-left:${(start / 12) * 100}%;width:${((end - start + 1) / 12) * 100}%"></div></div>`
        })
        .join('') + proposal.creativeImages.map((src) => `<img class="creative" src="${src}">`).join('')
    : ''

  return `<!doctype html><html lang="${input.language}"><head><meta charset="utf-8"><style>
  ${fontFace('Inter-Regular.ttf', 400)} ${fontFace('Inter-Bold.ttf', 700)}
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: Inter; font-size: 9pt; color: #212529; }
  .cover { height: 240mm; page-break-after: always; border-top: 8mm solid ${input.client.color}; padding-top: 40mm; }
  .cover h1 { font-size: 28pt; margin: 0; } .muted { color: #868e96; font-size: 7.5pt; }
  .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; } .tile { border: 1px solid #dee2e6; border-radius: 4px; padding: 6px; }
  .big { font-size: 15pt; font-weight: 700; } figure { display: inline-block; margin: 4px; } figcaption { font-weight: 700; }
  table { width: 100%; border-collapse: collapse; } thead { display: table-header-group; } td, th { border-bottom: 1px solid #e9ecef; padding: 3px 4px; text-align: left; }
  .num { text-align: right; font-variant-numeric: tabular-nums; } h2 { font-size: 13pt; border-bottom: 2px solid ${input.client.color}; }
  .bar-row { display: flex; gap: 6px; align-items: center; } .bar-row span { width: 30%; } .bar { height: 8px; background: ${input.agency.color}; border-radius: 2px; }
  .creative { max-width: 45%; margin: 4px; } footer { position: fixed; bottom: 0; font-size: 7pt; color: #868e96; }
  </style></head><body>
  <footer>${escape(input.client.name)} · ${escape(input.period.key)}${input.draft ? ' · Draft' : ''}</footer>
  <section class="cover">${input.agency.logoDataUrl ? `<img src="${input.agency.logoDataUrl}" height="40">` : ''}
    <div class="muted">${escape(input.agency.name)}</div><h1>${escape(input.client.name)}</h1><p>Annual report ${escape(input.period.key)}</p>
    ${input.client.logoDataUrl ? `<img src="${input.client.logoDataUrl}" height="60">` : ''}</section>
  <h2>Where we started, where we are</h2><div class="tiles">${tiles}</div>
  <h2>Month by month</h2>${charts}
  <table><thead><tr><th>Month</th>${input.selection.charts.map((k) => `<th>${escape(label(k))}</th>`).join('')}</tr></thead><tbody>${monthRows}</tbody></table>
  <h2>Best months and records</h2>${list(model.bestMonths.map((b) => `${label(b.key)}: ${b.month} ${number.format(b.value)}`))}
  ${list(model.records.map((r) => `${label(r.key)}: ${r.month} ${number.format(r.value)} (was ${number.format(r.previousRecord.value)})`))}
  <h2>Channels</h2><table><thead><tr><th>Channel</th>${input.selection.columns.map((k) => `<th>${escape(label(k))}</th>`).join('')}</tr></thead><tbody>${channelRows}</tbody></table>
  ${commentary}
  <h2>What we did</h2>${list(input.work.campaignsLaunched.map((c) => `${c.name} ${c.date}`))}
  <h2>Tests and learnings</h2><table><tbody>${experiments}</tbody></table>
  ${input.review ? `<h2>Review</h2>${list(input.review.decisions)}<p>${escape(input.review.clientAnswers)}</p>${list(input.review.proposals.map((p) => p.text))}` : ''}
  <h2>Next year</h2>${timeline}
  </body></html>`
}

function monthOffset(from: string, month: string): number {
  const [fy = 0, fm = 1] = from.split('-').map(Number)
  const [y = 0, m = 1] = month.split('-').map(Number)
  return (y - fy) * 12 + (m - fm)
}
