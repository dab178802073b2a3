import { describe, expect, it } from 'vitest'
import { toFinding } from '@shared/results/findings'
import { findingFix, findingMessage, findingSubject, type FindingFormatters } from './finding-text'

const CLIENT = '00000000-0000-4000-8000-0000000000a1'
const CAMPAIGN = '00000000-0000-4000-8000-0000000000c1'

const format: FindingFormatters = {
  metric: (key) => `<${key}>`,
  value: (key, value) => (value === null ? '—' : `${key}=${value}`),
  channel: (channel) => channel.toUpperCase(),
  campaign: (id) => (id === CAMPAIGN ? 'Spring sale' : id),
  month: (month) => `m${month}`,
  money: (minor, currency) => `${minor / 100} ${currency}`,
  change: (relative) => (relative === null ? '—' : `${Math.round(relative * 100)}%`),
  share: (share) => (share === null ? '—' : `${Math.round(share * 100)}%`),
  count: (value) => (value === null ? '—' : String(value)),
}

describe('findingMessage', () => {
  it('writes a decrease with its metric, change and both values', () => {
    const finding = toFinding(CLIENT, {
      kind: 'unexplained-decrease',
      month: '2026-10',
      metric: 'conversions',
      details: { value: 30, previous: 50, relative: -0.4 },
    })
    expect(findingMessage(finding, format, '')).toEqual({
      key: 'verification.messages.unexplained-decrease',
      values: {
        metric: '<conversions>',
        month: 'm2026-10',
        change: '40%',
        previous: 'conversions=50',
        value: 'conversions=30',
      },
    })
    expect(findingFix(finding)).toBe('commentary')
  })

  it('writes over-budget spend with money and the share of the budget', () => {
    const finding = toFinding(CLIENT, {
      kind: 'over-budget',
      month: '2026-10',
      metric: 'spend',
      details: { spendMinor: 120_000, budgetMinor: 100_000, currency: 'EUR' },
    })
    expect(findingMessage(finding, format, '').values).toEqual({
      spend: '1200 EUR',
      budget: '1000 EUR',
      share: '120%',
    })
    expect(findingFix(finding)).toBe('budget')
  })

  it('picks the sentence of an impossible ratio by its rule, about the channel and campaign', () => {
    const finding = toFinding(CLIENT, {
      kind: 'impossible-ratio',
      month: '2026-10',
      channel: 'meta',
      campaignId: CAMPAIGN,
      metric: 'conversions',
      details: { rule: 'conversions-above-clicks', value: 12, limit: 10 },
    })
    const subject = findingSubject(finding, format)
    expect(subject).toEqual({
      key: 'verification.campaignOf',
      values: { channel: 'META', campaign: 'Spring sale' },
    })
    expect(findingMessage(finding, format, 'META / Spring sale')).toEqual({
      key: 'verification.messages.impossible-ratio.conversions-above-clicks',
      values: { subject: 'META / Spring sale', value: '12', limit: '10' },
    })
    expect(findingFix(finding)).toBe('data')
  })

  it('tells a budget in another currency from a row in one', () => {
    const budget = toFinding(CLIENT, {
      kind: 'currency-mismatch',
      month: '2026-10',
      metric: 'mediaBudget',
      details: { currency: 'USD', expected: 'EUR' },
    })
    expect(findingMessage(budget, format, '').key).toBe('verification.messages.currency-mismatch-budget')
    expect(findingFix(budget)).toBe('budget')
    const missing = toFinding(CLIENT, { kind: 'missing-channel', month: '2026-10', channel: 'seo' })
    expect(findingMessage(missing, format, 'SEO')).toEqual({
      key: 'verification.messages.missing-channel-unknown',
      values: { channel: 'SEO', month: 'm2026-10' },
    })
  })
})
