/**
 * A checker finding as a sentence: the i18n key (in the `results` namespace) and the values it
 * is filled with. The numbers come from the finding's details, formatted like everywhere else
 * in the app; details a finding lacks read as an em dash rather than failing.
 */
import type { Channel } from '@shared/schemas'
import type { Finding } from '@shared/results/findings'

/** How the parts of a sentence are written. */
export type FindingFormatters = {
  metric: (key: string) => string
  value: (key: string, value: number | null) => string
  channel: (channel: Channel) => string
  campaign: (campaignId: string) => string
  month: (month: string) => string
  money: (amountMinor: number, currency: string) => string
  change: (relative: number | null) => string
  share: (share: number | null) => string
  count: (value: number | null) => string
}

/** An i18n key and its values. */
export type FindingMessage = { key: string; values: Record<string, string> }

function numberOf(details: Finding['details'], name: string): number | null {
  const value = details[name]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function textOf(details: Finding['details'], name: string): string | null {
  const value = details[name]
  return typeof value === 'string' ? value : null
}

function abs(value: number | null): number | null {
  return value === null ? null : Math.abs(value)
}

/** Who a finding is about: the channel, and the campaign when there is one. */
export function findingSubject(finding: Finding, format: FindingFormatters): FindingMessage | string {
  const channel = finding.channel === null ? '' : format.channel(finding.channel)
  if (finding.campaignId === null) return channel
  return {
    key: 'verification.campaignOf',
    values: { channel, campaign: format.campaign(finding.campaignId) },
  }
}

/** The sentence of a finding. */
export function findingMessage(finding: Finding, format: FindingFormatters, subject: string): FindingMessage {
  const { details } = finding
  const month = format.month(finding.month)
  const metricKey = finding.metric ?? ''
  switch (finding.kind) {
    case 'missing-month':
      return { key: 'verification.messages.missing-month', values: { month } }
    case 'missing-channel': {
      const lastSeen = textOf(details, 'lastSeen')
      return lastSeen
        ? {
            key: 'verification.messages.missing-channel',
            values: { channel: subject, month, lastSeen: format.month(lastSeen) },
          }
        : { key: 'verification.messages.missing-channel-unknown', values: { channel: subject, month } }
    }
    case 'duplicate':
      return {
        key: 'verification.messages.duplicate',
        values: { subject, month, count: format.count(numberOf(details, 'count')) },
      }
    case 'currency-mismatch': {
      const values = {
        subject,
        month,
        currency: textOf(details, 'currency') ?? '—',
        expected: textOf(details, 'expected') ?? '—',
      }
      return finding.metric === 'mediaBudget'
        ? { key: 'verification.messages.currency-mismatch-budget', values }
        : { key: 'verification.messages.currency-mismatch', values }
    }
    case 'impossible-ratio': {
      const rule = textOf(details, 'rule') ?? 'clicks-above-impressions'
      return {
        key: `verification.messages.impossible-ratio.${rule}`,
        values: {
          subject,
          value: format.count(numberOf(details, 'value')),
          limit: format.count(numberOf(details, 'limit')),
        },
      }
    }
    case 'over-budget': {
      const spend = numberOf(details, 'spendMinor')
      const budget = numberOf(details, 'budgetMinor')
      const currency = textOf(details, 'currency') ?? ''
      return {
        key: 'verification.messages.over-budget',
        values: {
          spend: spend === null ? '—' : format.money(spend, currency),
          budget: budget === null ? '—' : format.money(budget, currency),
          share: format.share(spend !== null && budget !== null && budget > 0 ? spend / budget : null),
        },
      }
    }
    case 'outlier':
      return {
        key: 'verification.messages.outlier',
        values: {
          metric: format.metric(metricKey),
          month,
          value: format.value(metricKey, numberOf(details, 'value')),
          median: format.value(metricKey, numberOf(details, 'median')),
        },
      }
    case 'unexplained-decrease':
      return {
        key: 'verification.messages.unexplained-decrease',
        values: {
          metric: format.metric(metricKey),
          month,
          // "fell 30 %": the verb carries the sign.
          change: format.share(abs(numberOf(details, 'relative'))),
          previous: format.value(metricKey, numberOf(details, 'previous')),
          value: format.value(metricKey, numberOf(details, 'value')),
        },
      }
  }
}

/** Where a finding is fixed: decreases in the commentary, budgets on the Budgets tab, the rest in the data. */
export function findingFix(finding: Finding): 'commentary' | 'budget' | 'data' {
  if (finding.kind === 'unexplained-decrease') return 'commentary'
  if (finding.kind === 'over-budget' || finding.metric === 'mediaBudget') return 'budget'
  return 'data'
}
