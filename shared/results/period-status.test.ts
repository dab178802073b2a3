import { describe, expect, it } from 'vitest'
import { toFinding, type Finding } from './findings'
import {
  isWithinPeriod,
  periodAcknowledgements,
  periodStatus,
  type AcknowledgingCommentary,
} from './period-status'

const CLIENT = '00000000-0000-4000-8000-0000000000a1'
const OTHER = '00000000-0000-4000-8000-0000000000a2'

const october: Finding = toFinding(CLIENT, { kind: 'over-budget', month: '2026-10', metric: 'spend' })
const november: Finding = toFinding(CLIENT, { kind: 'outlier', month: '2026-11', metric: 'clicks' })
const decrease: Finding = toFinding(CLIENT, {
  kind: 'unexplained-decrease',
  month: '2026-10',
  metric: 'conversions',
})

const ack = (findingId: string, reason: string, at = '2026-11-03T09:00:00Z') => ({ findingId, reason, at })

function commentary(
  periodKind: AcknowledgingCommentary['periodKind'],
  period: string,
  acknowledgements: AcknowledgingCommentary['acknowledgements'],
  extra: Partial<AcknowledgingCommentary> = {},
): AcknowledgingCommentary {
  return { clientId: CLIENT, periodKind, period, acknowledgements, ...extra }
}

describe('isWithinPeriod', () => {
  it('puts months in their quarter and year, quarters in their year, and a period in itself', () => {
    const month = { periodKind: 'month', period: '2026-10' } as const
    const quarter = { periodKind: 'quarter', period: '2026-Q4' } as const
    const year = { periodKind: 'year', period: '2026' } as const
    expect(isWithinPeriod(month, month)).toBe(true)
    expect(isWithinPeriod(month, quarter)).toBe(true)
    expect(isWithinPeriod(month, year)).toBe(true)
    expect(isWithinPeriod(quarter, year)).toBe(true)
    expect(isWithinPeriod(month, { periodKind: 'quarter', period: '2026-Q3' })).toBe(false)
    expect(isWithinPeriod(quarter, month)).toBe(false)
    expect(isWithinPeriod(year, quarter)).toBe(false)
    expect(isWithinPeriod({ periodKind: 'month', period: 'garbage' }, year)).toBe(false)
  })
})

describe('periodAcknowledgements', () => {
  const commentaries = [
    commentary('month', '2026-10', [ack(october.id, 'Agreed extra spend for the sale')]),
    commentary('month', '2026-11', [ack(november.id, 'Launch week')]),
    commentary('quarter', '2026-Q4', [ack(decrease.id, 'Explained in the call')]),
    commentary('month', '2026-10', [ack(decrease.id, 'another client')], { clientId: OTHER }),
    commentary('month', '2026-10', [ack(decrease.id, 'deleted')], { deletedAt: '2026-11-04T00:00:00Z' }),
    commentary('month', '2026-09', undefined),
  ]

  it('counts the period’s own acknowledgements for a month, not those of its quarter', () => {
    expect(
      periodAcknowledgements(commentaries, { clientId: CLIENT, periodKind: 'month', period: '2026-10' }).map(
        (a) => a.reason,
      ),
    ).toEqual(['Agreed extra spend for the sale'])
  })

  it('counts the months’ acknowledgements for their quarter, besides the quarter’s own', () => {
    expect(
      periodAcknowledgements(commentaries, { clientId: CLIENT, periodKind: 'quarter', period: '2026-Q4' })
        .map((a) => a.reason)
        .sort(),
    ).toEqual(['Agreed extra spend for the sale', 'Explained in the call', 'Launch week'])
  })

  it('reads commentaries stored before acknowledgements existed as having none', () => {
    expect(
      periodAcknowledgements(commentaries, { clientId: CLIENT, periodKind: 'month', period: '2026-09' }),
    ).toEqual([])
  })
})

describe('periodStatus', () => {
  it('is verified only when every finding has an acknowledgement with a reason', () => {
    const findings = [october, decrease]
    const none = periodStatus(findings, [])
    expect(none).toMatchObject({ verified: false, acknowledged: 0 })
    expect(none.open).toEqual(findings)

    const one = periodStatus(findings, [ack(october.id, 'Agreed extra spend'), ack(decrease.id, '  ')])
    expect(one.open).toEqual([decrease])
    expect(one.acknowledged).toBe(1)
    expect(one.findings[0]?.acknowledgement?.reason).toBe('Agreed extra spend')

    const all = periodStatus(findings, [
      ack(october.id, 'Agreed extra spend'),
      ack(decrease.id, 'Season'),
      ack('stale-finding', 'fixed since'),
    ])
    expect(all).toMatchObject({ verified: true, acknowledged: 2, open: [] })
  })

  it('shows the latest acknowledgement of a finding', () => {
    const status = periodStatus(
      [october],
      [ack(october.id, 'second', '2026-11-05T10:00:00Z'), ack(october.id, 'first', '2026-11-03T10:00:00Z')],
    )
    expect(status.findings[0]?.acknowledgement?.reason).toBe('second')
  })

  it('is verified with nothing found', () => {
    expect(periodStatus([], []).verified).toBe(true)
  })
})
