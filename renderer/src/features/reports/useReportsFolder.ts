/**
 * The reports folder — the default `<Documents>/Cadence Reports` or one the PM chose — as main
 * keeps it, with changing, resetting and opening it. The Reports screen's header menu and the
 * Settings section both use it, so the two always act the same way.
 */
import { useEffect, useState } from 'react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { ReportsFolder } from '@shared/ipc'
import { cadence } from '../../lib/bridge'

export type ReportsFolderState = {
  /** Null until main has answered. */
  folder: ReportsFolder | null
  choose: () => Promise<void>
  reset: () => Promise<void>
  open: () => Promise<void>
}

/** The reports folder and its actions; failures and a changed folder show a notification. */
export function useReportsFolder(): ReportsFolderState {
  const { t } = useTranslation('reports')
  const [folder, setFolder] = useState<ReportsFolder | null>(null)

  useEffect(() => {
    let cancelled = false
    void cadence.getReportsFolder().then((result) => {
      if (!cancelled && result.ok) setFolder(result.data)
    })
    return () => {
      cancelled = true
    }
  }, [])

  const fail = (message: string): void => {
    notifications.show({ color: 'red', message: t('folder.failed', { message }) })
  }

  return {
    folder,
    choose: async () => {
      const result = await cadence.chooseReportsFolder()
      if (!result.ok) {
        fail(result.error.message)
        return
      }
      setFolder(result.data)
      if (result.data.changed)
        notifications.show({ color: 'teal', message: t('folder.changed', { folder: result.data.folder }) })
    },
    reset: async () => {
      const result = await cadence.resetReportsFolder()
      if (result.ok) setFolder(result.data)
      else fail(result.error.message)
    },
    open: async () => {
      const result = await cadence.openReportsFolder()
      if (!result.ok) fail(result.error.message)
    },
  }
}
