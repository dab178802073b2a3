/** Words for why a backup cannot be read or restored, in the UI language. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupProblem } from '@shared/backups'

/** A problem of reading a file in main, before its content could be checked. */
export type ReadProblem = { kind: 'unreadable' } | { kind: 'too-large'; limit: number } | { kind: 'none' }

/** Returns a function wording a problem; names the table, record and field where there is one. */
export function useProblemText(): (problem: BackupProblem | ReadProblem) => string {
  const { t } = useTranslation('backups')
  return useCallback(
    (problem) => {
      switch (problem.kind) {
        case 'invalid-record': {
          const params = { ...problem, id: problem.id ?? t('problems.noId') }
          return problem.field === ''
            ? t('problems.invalid-record-no-field', params)
            : t('problems.invalid-record', params)
        }
        case 'not-export':
          return t('problems.not-export', { path: problem.path === '' ? '/' : problem.path })
        default:
          return t(`problems.${problem.kind}`, problem)
      }
    },
    [t],
  )
}
