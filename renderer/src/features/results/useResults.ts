/**
 * Live results of one client: the data from the database, and — computed from it with the pure
 * models and checker of shared/results — a period's model and its data check.
 */
import { useEffect, useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { PeriodKind } from '@shared/schemas'
import { buildAnnualModel, buildMonthlyModel, buildQuarterlyModel } from '@shared/results/models'
import type { ModelInput } from '@shared/results/models'
import type { MetricDefinition } from '@shared/results/metrics'
import { periodAcknowledgements, periodStatus, type PeriodStatus } from '@shared/results/period-status'
import { verifyPeriod } from '@shared/results/verification'
import { commentariesRepository, resultsRepository } from '../../../db/repositories'
import type { ClientResultsData } from '../../../db/repositories/results'
import { useLanguage } from '../../lib/useLanguage'
import { formatPeriod, periodKindOf } from './periods'

/** The client's results data, live; undefined while loading, null when the client is gone. */
export function useClientResults(clientId: string): ClientResultsData | null | undefined {
  return useLiveQuery(() => resultsRepository.forClient(clientId), [clientId])
}

/** The model input of a client's data. */
export function modelInput(data: ClientResultsData): ModelInput {
  return { client: data.client, rows: data.rows, targets: data.targets, campaigns: data.campaigns }
}

/** A period's data check: its findings and which of them are still open. */
export type PeriodCheck = PeriodStatus & { periodKind: PeriodKind; period: string }

/** The data check of a calendar period (`2026-10`, `2026-Q4`, `2026`), or null for another key. */
export function checkPeriod(data: ClientResultsData, period: string): PeriodCheck | null {
  const periodKind = periodKindOf(period)
  if (!periodKind) return null
  const findings = verifyPeriod({
    client: data.client,
    rows: data.rows,
    budgets: data.budgets,
    commentaries: data.commentaries,
    period,
  })
  const acknowledgements = periodAcknowledgements(data.commentaries, {
    clientId: data.client.id,
    periodKind,
    period,
  })
  return { ...periodStatus(findings, acknowledgements), periodKind, period }
}

/** The data check of a period, recomputed when the data changes. */
export function usePeriodCheck(data: ClientResultsData | null | undefined, period: string | null) {
  return useMemo(() => (data && period ? checkPeriod(data, period) : null), [data, period])
}

/**
 * Keeps the stored `verifiedAt` of a period's commentary in step with its live check: data
 * edited or imported since (by the grid or an import) can open or close findings, and the
 * stamp should say so the next time anyone looks.
 */
export function useVerifiedStamp(
  data: ClientResultsData | null | undefined,
  check: PeriodCheck | null,
): void {
  const stored = data?.commentaries.find(
    (c) => c.periodKind === check?.periodKind && c.period === check.period,
  )
  const stale = stored !== undefined && check !== null && (stored.verifiedAt !== null) !== check.verified
  const clientId = data?.client.id
  useEffect(() => {
    if (!stale || !clientId || !check) return
    void commentariesRepository.recheck({ clientId, periodKind: check.periodKind, period: check.period })
  }, [stale, clientId, check])
}

/** The monthly model of a month, recomputed when the data changes; null without any data. */
export function useMonthlyModel(data: ClientResultsData | null | undefined, month: string) {
  return useMemo(
    () => (data && data.rows.length > 0 ? buildMonthlyModel(modelInput(data), month) : null),
    [data, month],
  )
}

/** The report model of a calendar period. */
export function buildPeriodModel(data: ClientResultsData, period: string) {
  const input = modelInput(data)
  switch (periodKindOf(period)) {
    case 'month':
      return buildMonthlyModel(input, period)
    case 'quarter':
      return buildQuarterlyModel(input, period)
    case 'year':
      return buildAnnualModel(input, period)
    default:
      return null
  }
}

/** A metric's name in the UI language (a custom KPI's own name). */
export function useMetricLabel(): (
  definition: Pick<MetricDefinition, 'key' | 'label'> | undefined,
) => string {
  const { t } = useTranslation('results')
  return (definition) => {
    if (!definition) return t('metrics.unknown')
    return definition.label ?? t(`metrics.${definition.key}`, { defaultValue: definition.key })
  }
}

/** A period key written out for titles ("October 2026", "Q4 2026", "2026"). */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation('results')
  const language = useLanguage()
  return (period) =>
    formatPeriod(period, language, (quarter, year) =>
      t('period.quarter', { quarter: String(quarter), year: String(year) }),
    )
}
