/**
 * The steps of a restore or a merge: read the file (main), check it fully (nothing is written
 * yet), show what it holds, then — on confirmation — back the current data up and write the
 * file's records in one transaction. Any failure leaves the database as it was and says why.
 */
import { useCallback, useState } from 'react'
import type { BackupProblem, BackupSource } from '@shared/backups'
import { totalRecords } from '@shared/backups'
import { db } from '../../../db/db'
import {
  countRecords,
  mergeIntoDatabase,
  prepareBackup,
  replaceDatabase,
  type MergeReport,
  type PreparedBackup,
} from '../../../db/backup'
import { cadence } from '../../lib/bridge'
import { backUpNow } from './backup-controller'
import type { ReadProblem } from './useProblemText'

/** Replace everything, or merge into what is there. */
export type RestoreMode = 'replace' | 'merge'

/** Where the flow is. */
export type RestoreStep =
  | { step: 'closed' }
  | { step: 'reading'; mode: RestoreMode }
  | { step: 'problem'; mode: RestoreMode; name: string | null; problem: BackupProblem | ReadProblem }
  | { step: 'ready'; mode: RestoreMode; name: string; takenAt: string | null; prepared: PreparedBackup }
  | { step: 'writing'; mode: RestoreMode; name: string; takenAt: string | null; prepared: PreparedBackup }
  | {
      step: 'failed'
      mode: RestoreMode
      name: string
      takenAt: string | null
      prepared: PreparedBackup
      message: string
      safety: boolean
    }

/** What a finished restore or merge did. */
export type RestoreDone = { mode: 'replace'; records: number } | { mode: 'merge'; report: MergeReport }

/** Reads and checks a backup; resolves to the step to show (null when the dialog was cancelled). */
export async function readAndPrepare(source: BackupSource, mode: RestoreMode): Promise<RestoreStep | null> {
  const read = await cadence.readBackup({ source })
  if (!read.ok) return { step: 'problem', mode, name: null, problem: { kind: 'unreadable' } }
  if (!read.data.read) {
    if (read.data.reason === 'cancelled') return null
    const problem: ReadProblem =
      read.data.reason === 'too-large' ? { kind: 'too-large', limit: 0 } : { kind: read.data.reason }
    return { step: 'problem', mode, name: null, problem }
  }
  const { name, takenAt, text } = read.data
  const prepared = await prepareBackup(text)
  if (!prepared.ok) return { step: 'problem', mode, name, problem: prepared.problem }
  return { step: 'ready', mode, name, takenAt, prepared: prepared.value }
}

/** Writes a checked backup: a safety backup of non-empty data first, then one transaction. */
export async function applyPrepared(prepared: PreparedBackup, mode: RestoreMode): Promise<RestoreDone> {
  if (totalRecords(await countRecords(db)) > 0) {
    try {
      await backUpNow('before-restore')
    } catch (error) {
      throw new SafetyBackupError(error instanceof Error ? error.message : String(error))
    }
  }
  if (mode === 'replace') {
    await replaceDatabase(db, prepared.records)
    return { mode, records: prepared.summary.records }
  }
  return { mode, report: await mergeIntoDatabase(db, prepared.records) }
}

/** The backup of the current data failed, so nothing was replaced. */
export class SafetyBackupError extends Error {
  override name = 'SafetyBackupError'
}

/** The flow as React state. */
export function useRestoreFlow(onDone: (done: RestoreDone) => void) {
  const [state, setState] = useState<RestoreStep>({ step: 'closed' })

  const open = useCallback(async (source: BackupSource, mode: RestoreMode) => {
    setState({ step: 'reading', mode })
    try {
      setState((await readAndPrepare(source, mode)) ?? { step: 'closed' })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      setState({ step: 'problem', mode, name: null, problem: { kind: 'import-failed', message } })
    }
  }, [])

  const confirm = useCallback(async () => {
    if (state.step !== 'ready' && state.step !== 'failed') return
    const { mode, name, takenAt, prepared } = state
    setState({ step: 'writing', mode, name, takenAt, prepared })
    try {
      const done = await applyPrepared(prepared, mode)
      setState({ step: 'closed' })
      onDone(done)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      setState({
        step: 'failed',
        mode,
        name,
        takenAt,
        prepared,
        message,
        safety: error instanceof SafetyBackupError,
      })
    }
  }, [state, onDone])

  const close = useCallback(() => setState({ step: 'closed' }), [])

  return { state, open, confirm, close }
}
