/** The UI-language text of a refused cell value. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { CellError } from '@shared/data-entry'
import { decimalSeparatorOf } from '@shared/data-entry'
import { useLanguage } from '../../lib/useLanguage'

/** A function from a cell error (and the typed text) to a sentence. */
export function useCellErrorText(): (error: CellError, text: string) => string {
  const { t } = useTranslation('data')
  const language = useLanguage()
  return useCallback(
    (error: CellError, text: string) => {
      switch (error.code) {
        case 'not-a-number':
          return t('cellErrors.notANumber', { text, mark: decimalSeparatorOf(language) })
        case 'negative':
          return t('cellErrors.negative', { text })
        case 'percent-not-allowed':
          return t('cellErrors.percent', { text })
        case 'currency-mismatch':
          return t('cellErrors.currency', { currency: error.currency, expected: error.expected })
      }
    },
    [t, language],
  )
}
