/** Import problems in the UI language: every file error, rejected row and warning has a text. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportIssue } from '@shared/imports'
import { formatDate } from '@shared/format'
import { useLanguage } from '../../../lib/useLanguage'
import { formatFieldValue, metricKeyOfField } from './fields'

/** A function from an import issue to its sentence in the UI language (money in `currency`). */
export function useImportIssueText(currency: string): (issue: ImportIssue) => string {
  const { t } = useTranslation('data')
  const language = useLanguage()
  return useCallback(
    (issue: ImportIssue) => {
      switch (issue.code) {
        case 'no-data':
          return issue.note
            ? t(`issues.noData.${issue.reason}WithNote`, { note: issue.note })
            : t(`issues.noData.${issue.reason}`)
        case 'binary-file':
          return t('issues.binaryFile', { kind: t(`issues.binaryKinds.${issue.kind}`) })
        case 'undecodable':
          return t('issues.undecodable', { encoding: issue.encoding.toUpperCase() })
        case 'truncated':
          return issue.row === null ? t('issues.truncatedBytes') : t('issues.truncated', { row: issue.row })
        case 'unterminated-quote':
          return t('issues.unterminatedQuote', { row: issue.row })
        case 'header-not-found':
          return t('issues.headerNotFound')
        case 'mapping-incomplete':
          return t(issue.missing === 'metric' ? 'issues.mappingNoMetric' : 'issues.mappingNoChannel')
        case 'mapping-column-missing':
          return t('issues.mappingColumnMissing', { header: issue.header })
        case 'date-order-ambiguous':
          return t('issues.dateOrderAmbiguous', { column: issue.column, example: issue.example })
        case 'formula-injection':
          return t('issues.formulaInjection', { row: issue.row, column: issue.column, text: issue.text })
        case 'row-incomplete':
          return t('issues.rowIncomplete', { row: issue.row, column: issue.column })
        case 'text-too-long':
          return t('issues.textTooLong', {
            row: issue.row,
            column: issue.column,
            length: issue.length,
            max: issue.max,
          })
        case 'invalid-number':
          return t('issues.invalidNumber', { row: issue.row, column: issue.column, text: issue.text })
        case 'negative-value':
          return t('issues.negativeValue', { row: issue.row, column: issue.column, text: issue.text })
        case 'invalid-date':
          return t('issues.invalidDate', { row: issue.row, column: issue.column, text: issue.text })
        case 'no-period':
          return t('issues.noPeriod', { row: issue.row })
        case 'period-spans-months':
          return t('issues.periodSpansMonths', {
            row: issue.row,
            from: formatDate(issue.from, language),
            to: formatDate(issue.to, language),
          })
        case 'currency-mismatch':
          return t('issues.currencyMismatch', {
            row: issue.row,
            currency: issue.currency,
            expected: issue.expected,
          })
        case 'unknown-channel':
          return t('issues.unknownChannel', { row: issue.row, text: issue.text })
        case 'duplicate-row':
          return t('issues.duplicateRow', { row: issue.row, sameAs: issue.sameAs })
        case 'formula-neutralised':
          return t('issues.formulaNeutralised', { row: issue.row, column: issue.column, text: issue.text })
        case 'totals-mismatch':
          return t('issues.totalsMismatch', {
            row: issue.totalsRow,
            metric: t(`metrics.${metricKeyOfField(issue.metric)}`),
            expected: formatFieldValue(issue.metric, issue.expected, { language, currency }),
            actual: formatFieldValue(issue.metric, issue.actual, { language, currency }),
          })
        case 'totals-differ-from-account':
          return t('issues.totalsDifferFromAccount', {
            row: issue.totalsRow,
            accountRow: issue.accountRow,
            metric: t(`metrics.${metricKeyOfField(issue.metric)}`),
          })
        case 'currency-assumed':
          return t('issues.currencyAssumed', { currency: issue.currency })
        case 'decoded-as':
          return t('issues.decodedAs')
      }
    },
    [t, language, currency],
  )
}
