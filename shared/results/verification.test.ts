import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Channel } from '../schemas/enums'
import { row, testClient } from './fixture-rows'
import { monthRange } from './months'
import type { ResultRow } from './rows'
import {
  findingSchema,
  isVerified,
  openFindings,
  verifyPeriod,
  type Finding,
  type FindingKind,
  type ResultBudget,
  type ResultCommentary,
  type VerificationInput,
} from './verification'

const V = '00000000-0000-4000-8000-0000000000e1'
const client = testClient(V, '2025-01-01')
const CAMPAIGNS = ['c1', 'c2', 'c3', 'c4', 'c5'].map((c) => `00000000-0000-4000-8000-0000000000${c}`)
const [C1 = '', C2 = '', C3 = '', C4 = '', C5 = ''] = CAMPAIGNS
const MONTH = '2025-10'

type Fixture = { rows: ResultRow[]; budgets: ResultBudget[]; commentaries: ResultCommentary[] }

/** A clean client: the same numbers every month, google-ads with five campaigns and a small meta. */
function cleanFixture(): Fixture {
  const rows = monthRange('2025-01', MONTH).flatMap((month) => [
    row(V, month, 'google-ads', {
      id: `ga-${month}`,
      updatedAt: `${month}-28T08:00:00Z`,
      spendMinor: 200_000,
      impressions: 100_000,
      clicks: 2_000,
      conversions: 100,
      conversionValueMinor: 500_000,
      leads: 40,
      engagements: 1_000,
    }),
    row(V, month, 'meta', {
      spendMinor: 10_000,
      impressions: 5_000,
      reach: 3_000,
      clicks: 100,
      conversions: 5,
      conversionValueMinor: 25_000,
      leads: 2,
      engagements: 50,
    }),
    ...CAMPAIGNS.map((campaignId) =>
      row(V, month, 'google-ads', {
        id: `${campaignId}-${month}`,
        updatedAt: `${month}-28T08:00:00Z`,
        campaignId,
        spendMinor: 20_000,
        impressions: 10_000,
        clicks: 200,
        conversions: 10,
        conversionValueMinor: 50_000,
        leads: 4,
        engagements: 100,
      }),
    ),
  ])
  const budgets = monthRange('2025-01', MONTH).map((month): ResultBudget => ({
    clientId: V,
    month,
    mediaPlanned: { amountMinor: 250_000, currency: 'EUR' },
    mediaSpent: { amountMinor: 210_000, currency: 'EUR' },
    workHoursPlanned: 20,
    workHoursUsed: 18,
    workFee: null,
  }))
  return { rows, budgets, commentaries: [] }
}

function verify(fixture: Fixture, period = MONTH, options: VerificationInput['options'] = {}): Finding[] {
  return verifyPeriod({ client, period, options, ...fixture })
}

function edit(fixture: Fixture, match: (r: ResultRow) => boolean, change: Partial<ResultRow>): void {
  fixture.rows = fixture.rows.map((r) => (match(r) ? { ...r, ...change } : r))
}
const at = (channel: Channel, campaignId: string | null) => (r: ResultRow) =>
  r.month === MONTH && r.channel === channel && r.campaignId === campaignId

/** Each planted problem and the findings it must produce (kind, channel, campaign, metric). */
const PLANTS: Record<
  string,
  { plant: (f: Fixture) => void; expect: [FindingKind, Channel | null, string | null, string | null][] }
> = {
  'missing channel': {
    plant: (f) => {
      f.rows = f.rows.filter((r) => !(r.month === MONTH && r.channel === 'meta'))
    },
    expect: [['missing-channel', 'meta', null, null]],
  },
  duplicate: {
    plant: (f) => {
      const original = f.rows.find(at('google-ads', C1))
      if (original) f.rows.push({ ...original, id: 'copy', updatedAt: '2025-10-01T00:00:00Z' })
    },
    expect: [['duplicate', 'google-ads', C1, null]],
  },
  'currency mismatch': {
    plant: (f) => edit(f, at('google-ads', C5), { currency: 'USD' }),
    expect: [['currency-mismatch', 'google-ads', C5, null]],
  },
  'impossible ratios': {
    plant: (f) => {
      edit(f, at('google-ads', C2), { clicks: 20_000 })
      edit(f, at('google-ads', C3), { conversions: 500 })
      edit(f, at('google-ads', C4), { reach: 20_000 })
    },
    expect: [
      ['impossible-ratio', 'google-ads', C2, 'clicks'],
      ['impossible-ratio', 'google-ads', C3, 'conversions'],
      ['impossible-ratio', 'google-ads', C4, 'reach'],
    ],
  },
  'over budget': {
    plant: (f) => {
      f.budgets = f.budgets.map((b) =>
        b.month === MONTH ? { ...b, mediaPlanned: { amountMinor: 150_000, currency: 'EUR' } } : b,
      )
    },
    expect: [['over-budget', null, null, 'spend']],
  },
  outlier: {
    plant: (f) => edit(f, at('google-ads', null), { conversions: 300 }),
    expect: [['outlier', null, null, 'conversions']],
  },
  'unexplained decrease': {
    plant: (f) => edit(f, at('google-ads', null), { engagements: 700 }),
    expect: [['unexplained-decrease', null, null, 'engagements']],
  },
}

const summary = (findings: readonly Finding[]) =>
  findings
    .map((f) => [f.kind, f.channel, f.campaignId, f.metric])
    .sort((a, b) => (String(a) < String(b) ? -1 : 1))

describe('the data checker', () => {
  it('finds nothing in a clean client', () => {
    expect(verify(cleanFixture())).toEqual([])
    expect(verify(cleanFixture(), '2025-Q3')).toEqual([])
    expect(verify(cleanFixture(), 'coop-Y1-Q3')).toEqual([])
  })

  for (const [name, { plant, expect: expected }] of Object.entries(PLANTS)) {
    it(`finds a planted ${name}, and nothing else`, () => {
      const fixture = cleanFixture()
      plant(fixture)
      const findings = verify(fixture)
      expect(summary(findings)).toEqual(
        summary(
          expected.map(
            ([kind, channel, campaignId, metric]) => ({ kind, channel, campaignId, metric }) as Finding,
          ),
        ),
      )
      for (const finding of findings) expect(findingSchema.parse(finding)).toEqual(finding)
    })
  }

  it('finds every planted problem in any combination', () => {
    fc.assert(
      fc.property(fc.subarray(Object.keys(PLANTS), { minLength: 1 }), (names) => {
        const fixture = cleanFixture()
        for (const name of names) PLANTS[name]?.plant(fixture)
        const expected = names.flatMap((name) => PLANTS[name]?.expect ?? [])
        expect(summary(verify(fixture))).toEqual(
          summary(
            expected.map(
              ([kind, channel, campaignId, metric]) => ({ kind, channel, campaignId, metric }) as Finding,
            ),
          ),
        )
      }),
      { numRuns: 40 },
    )
  })

  it('finds a month without rows, but not before the cooperation started', () => {
    const fixture = cleanFixture()
    fixture.rows = fixture.rows.filter((r) => r.month !== MONTH)
    expect(summary(verify(fixture))).toEqual([['missing-month', null, null, null]])
    expect(verify(cleanFixture(), '2024-12')).toEqual([])
    // 2025 also has November and December without data (not yet entered)
    expect(verify(cleanFixture(), '2025').map((f) => [f.kind, f.month])).toEqual([
      ['missing-month', '2025-11'],
      ['missing-month', '2025-12'],
    ])
  })

  it('tells imported campaigns apart by their platform name when finding duplicates', () => {
    const fixture = cleanFixture()
    const imported = (campaignName: string, spendMinor: number) =>
      row(V, MONTH, 'meta', { campaignName, spendMinor, source: 'import' })
    fixture.rows.push(imported('Spring sale', 6_000), imported('Brand awareness', 4_000))
    expect(verify(fixture)).toEqual([])
    fixture.rows.push({ ...imported('Spring sale', 6_000), id: 'again' })
    expect(summary(verify(fixture))).toEqual([['duplicate', 'meta', 'name:Spring sale', null]])
  })

  it('names an imported campaign with impossible counts by its platform name', () => {
    const fixture = cleanFixture()
    fixture.rows.push(
      row(V, MONTH, 'meta', { campaignName: 'Spring sale', impressions: 100, clicks: 150, source: 'import' }),
    )
    expect(summary(verify(fixture))).toEqual([['impossible-ratio', 'meta', 'name:Spring sale', 'clicks']])
  })

  it('ignores the currency of a row without money', () => {
    const fixture = cleanFixture()
    fixture.rows.push(row(V, MONTH, 'organic-social', { currency: 'USD', reach: 100 }))
    expect(summary(verify(fixture)).map(([kind]) => kind)).not.toContain('currency-mismatch')
  })

  it('flags a budget in another currency instead of comparing it', () => {
    const fixture = cleanFixture()
    fixture.budgets = fixture.budgets.map((b) =>
      b.month === MONTH ? { ...b, mediaPlanned: { amountMinor: 1, currency: 'USD' } } : b,
    )
    expect(summary(verify(fixture))).toEqual([['currency-mismatch', null, null, 'mediaBudget']])
  })

  it('counts a decrease as explained only with both a cause and a fix', () => {
    const fixture = cleanFixture()
    PLANTS['unexplained decrease']?.plant(fixture)
    const commentary = (
      cause: string,
      fix: string,
      periodKind: ResultCommentary['periodKind'] = 'month',
      period = MONTH,
    ): ResultCommentary => ({
      clientId: V,
      periodKind,
      period,
      summary: '',
      highlights: [],
      decreases: [{ id: '00000000-0000-4000-8000-00000000de01', metric: 'engagements', cause, fix }],
      nextSteps: [],
      proposal: null,
    })
    fixture.commentaries = [commentary('Fewer posts while the designer was away', '  ')]
    expect(summary(verify(fixture))).toEqual([['unexplained-decrease', null, null, 'engagements']])
    fixture.commentaries = [
      commentary('Fewer posts while the designer was away', 'Two extra posts a week in November'),
    ]
    expect(verify(fixture)).toEqual([])
    // an explanation in another month's commentary does not count …
    fixture.commentaries = [commentary('x', 'y', 'month', '2025-09')]
    expect(verify(fixture)).toHaveLength(1)
    // … one in the verified quarter's commentary does
    fixture.commentaries = [commentary('x', 'y', 'quarter', '2025-Q4')]
    expect(verify(fixture, '2025-Q4').filter((f) => f.kind === 'unexplained-decrease')).toEqual([])
  })

  it('uses a configurable decrease threshold', () => {
    const fixture = cleanFixture()
    edit(fixture, at('google-ads', null), { leads: 33 }) // 35 against 42: −16.7 %
    expect(verify(fixture)).toEqual([])
    expect(summary(verify(fixture, MONTH, { decreaseThreshold: 0.15 }))).toEqual([
      ['unexplained-decrease', null, null, 'leads'],
    ])
  })

  it('keeps a finding’s id when its numbers change, so an acknowledgement stays', () => {
    const fixture = cleanFixture()
    PLANTS['over budget']?.plant(fixture)
    const [first] = verify(fixture)
    fixture.budgets = fixture.budgets.map((b) =>
      b.month === MONTH ? { ...b, mediaPlanned: { amountMinor: 180_000, currency: 'EUR' } } : b,
    )
    const [second] = verify(fixture)
    expect(second?.id).toBe(first?.id)
    expect(second?.details).toEqual({ spendMinor: 210_000, budgetMinor: 180_000, currency: 'EUR' })
  })
})

describe('isVerified', () => {
  const fixture = cleanFixture()
  PLANTS['over budget']?.plant(fixture)
  PLANTS.outlier?.plant(fixture)
  const findings = verify(fixture)

  it('is verified only when every finding is acknowledged with a reason', () => {
    const [a, b] = findings
    expect(findings).toHaveLength(2)
    expect(isVerified(findings, [])).toBe(false)
    expect(
      isVerified(findings, [{ findingId: a?.id ?? '', reason: 'Agreed extra spend for the sale' }]),
    ).toBe(false)
    expect(
      isVerified(findings, [
        { findingId: a?.id ?? '', reason: 'Agreed extra spend for the sale' },
        { findingId: b?.id ?? '', reason: '   ' },
      ]),
    ).toBe(false)
    const acknowledgements = [
      { findingId: a?.id ?? '', reason: 'Agreed extra spend for the sale' },
      { findingId: b?.id ?? '', reason: 'Black Friday came early' },
      { findingId: 'stale-finding', reason: 'fixed since' },
    ]
    expect(isVerified(findings, acknowledgements)).toBe(true)
    expect(openFindings(findings, acknowledgements.slice(1))).toEqual([a])
  })

  it('is verified with nothing found', () => {
    expect(isVerified([], [])).toBe(true)
  })
})
