/**
 * Opens the database before any screen may touch it: a backup before a schema upgrade, then the
 * guard against silent loss — an empty database while main's marker says it held records gets
 * the restore offer instead of an empty app. After that the automatic backups start, and after an
 * app update one backup is made.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { HashRouter } from 'react-router'
import { looksWiped, totalRecords, type RecordCounts } from '@shared/backups'
import { db } from '../../../db/db'
import { countRecords, openWithUpgradeBackup, removeStagingLeftovers } from '../../../db/backup'
import { cadence } from '../../lib/bridge'
import {
  backUpNow,
  refreshBackupStatus,
  setExportAppVersion,
  startBackupSchedule,
  writeExport,
} from './backup-controller'
import { RestoreOffer } from './RestoreOffer'

type Phase =
  | { phase: 'opening' }
  | { phase: 'offer'; marker: RecordCounts }
  | { phase: 'ready' }
  | { phase: 'failed'; message: string }

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** What start-up found; run once per page load (React's strict mode mounts twice). */
let starting: Promise<Phase> | null = null

async function start(warn: (key: string, message: string) => void): Promise<Phase> {
  await removeStagingLeftovers().catch(() => undefined)
  const info = await cadence.getAppInfo()
  if (info.ok) setExportAppVersion(info.data.version)
  const opened = await openWithUpgradeBackup(
    db,
    (text) => writeExport('before-upgrade', text),
    () => ({ exportedAt: new Date().toISOString(), appVersion: info.ok ? info.data.version : '0.0.0' }),
  )
  if (opened.backupError !== null) warn('gate.upgradeBackupFailed', opened.backupError)
  const counts = await countRecords(db)
  let status
  try {
    status = await refreshBackupStatus()
  } catch (error) {
    // Backups must never keep the PM out of their data.
    warn('settings.backupFailed', messageOf(error))
    return { phase: 'ready' }
  }
  if (looksWiped(counts, status.marker)) return { phase: 'offer', marker: status.marker?.rowCounts ?? {} }
  if (status.appUpdated && totalRecords(counts) > 0)
    void backUpNow('after-update').catch((error: unknown) =>
      warn('gate.updateBackupFailed', messageOf(error)),
    )
  return { phase: 'ready' }
}

/** Renders `children` once the database is open and not unexpectedly empty. */
export function StartupGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('backups')
  const [state, setState] = useState<Phase>({ phase: 'opening' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const warn = (key: string, message: string) =>
      notifications.show({ color: 'orange', autoClose: false, message: t(key, { message }) })
    starting ??= start(warn)
    let current = true
    starting.then(
      (phase) => current && setState(phase),
      (error: unknown) => {
        starting = null
        if (current) setState({ phase: 'failed', message: messageOf(error) })
      },
    )
    return () => {
      current = false
    }
  }, [attempt, t])

  useEffect(() => {
    // Tells whoever drives the app (the e2e harness) that start-up is over and what it found.
    if (state.phase !== 'opening') document.documentElement.dataset.startup = state.phase
  }, [state.phase])

  useEffect(() => {
    if (state.phase !== 'ready') return
    return startBackupSchedule((message) =>
      notifications.show({ color: 'red', message: t('settings.backupFailed', { message }) }),
    )
  }, [state.phase, t])

  if (state.phase === 'ready') return children
  if (state.phase === 'offer')
    return (
      <RestoreOffer markerTotal={totalRecords(state.marker)} onDone={() => setState({ phase: 'ready' })} />
    )
  if (state.phase === 'failed')
    return (
      <Center h="100vh" p="xl">
        <Stack maw={480} gap="md">
          <Alert color="red" data-testid="startup-failed">
            {t('gate.openFailed', { message: state.message })}
          </Alert>
          <Button variant="default" onClick={() => setAttempt((n) => n + 1)} w="fit-content">
            {t('gate.retry')}
          </Button>
        </Stack>
      </Center>
    )
  return (
    <Center h="100vh" data-testid="startup-opening">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('gate.opening')}
        </Text>
      </Stack>
    </Center>
  )
}

/** The app's HashRouter behind the start-up gate. */
export function GatedHashRouter({ children }: { children: ReactNode }) {
  return (
    <StartupGate>
      <HashRouter>{children}</HashRouter>
    </StartupGate>
  )
}
