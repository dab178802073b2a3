/** How reports are named on screen: their kind and their period, in the UI language. */
import { useTranslation } from 'react-i18next'
import { formatMonth } from '@shared/format'
import type { ReportFile } from '@shared/schemas'
import { useLanguage } from '../../lib/useLanguage'
import { formatPeriod } from '../results/periods'

const WEEK_RE = /^(\d{4})-W(\d{2})$/
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

/** A report period key written out: "October 2026" ("Oct 2026" when short), "Q4 2026", "2026", "Week 43, 2026". */
export function usePeriodText(): (period: string, length?: 'long' | 'short') => string {
  const { t } = useTranslation('reports')
  const language = useLanguage()
  return (period, length = 'long') => {
    if (length === 'short' && MONTH_RE.test(period)) return formatMonth(period, language)
    const week = WEEK_RE.exec(period)
    if (week) return t('period.week', { week: String(Number(week[2])), year: week[1] ?? '' })
    return formatPeriod(period, language, (quarter, year) =>
      t('period.quarter', { quarter: String(quarter), year: String(year) }),
    )
  }
}

/** A report's title: "Monthly report · October 2026". */
export function useReportTitle(): (report: Pick<ReportFile, 'kind' | 'period'>) => string {
  const { t } = useTranslation('reports')
  const periodText = usePeriodText()
  return (report) => `${t(`kinds.${report.kind}`)} · ${periodText(report.period)}`
}
