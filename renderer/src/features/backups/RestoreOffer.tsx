/**
 * Shown instead of an empty app when the database was wiped: the latest backup with what it
 * holds, "Restore this backup", "Choose another file…" and — after a confirmation — "Start empty".
 */
import { useCallback, useEffect, useState } from 'react'
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconDatabaseExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BackupSource } from '@shared/backups'
import { formatNumber } from '@shared/format'
import { cadence } from '../../lib/bridge'
import { useAppStore } from '../../store'
import { useBackupState } from './backup-controller'
import { BackupContents } from './BackupContents'
import { useProblemText } from './useProblemText'
import { applyPrepared, readAndPrepare, type RestoreStep } from './useRestoreFlow'

/** The offer; `markerTotal` is how many records the marker says there were. */
export function RestoreOffer({ markerTotal, onDone }: { markerTotal: number; onDone: () => void }) {
  const { t } = useTranslation('backups')
  const language = useAppStore((state) => state.language)
  const problemText = useProblemText()
  const { folder } = useBackupState()
  const [candidate, setCandidate] = useState<RestoreStep>({ step: 'reading', mode: 'replace' })
  const [writing, setWriting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [confirmEmpty, setConfirmEmpty] = useState(false)

  const load = useCallback(async (source: BackupSource) => {
    setError(null)
    try {
      const next = await readAndPrepare(source, 'replace')
      if (next) setCandidate(next)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }, [])

  useEffect(() => {
    // The first state is already "reading": only the answer sets state.
    readAndPrepare({ kind: 'latest' }, 'replace').then(
      (next) => next && setCandidate(next),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    )
  }, [])

  const restore = async () => {
    if (candidate.step !== 'ready') return
    setWriting(true)
    setError(null)
    try {
      await applyPrepared(candidate.prepared, 'replace')
      notifications.show({
        color: 'teal',
        message: t('offer.restored', {
          count: candidate.prepared.summary.records,
          total: formatNumber(candidate.prepared.summary.records, language),
        }),
      })
      onDone()
    } catch (failure) {
      setError(t('preview.failed', { message: failure instanceof Error ? failure.message : String(failure) }))
    } finally {
      setWriting(false)
    }
  }

  const startEmpty = async () => {
    await cadence.resetBackupMarker()
    setConfirmEmpty(false)
    onDone()
  }

  const noBackup = candidate.step === 'problem' && candidate.problem.kind === 'none'

  return (
    <Center mih="100vh" p="xl" data-testid="restore-offer">
      <Paper withBorder p="xl" radius="md" maw={560} w="100%">
        <Stack gap="md">
          <ThemeIcon size={40} radius="md" variant="light" color="orange">
            <IconDatabaseExclamation size={22} />
          </ThemeIcon>
          <Title order={2} fz={20}>
            {t('offer.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('offer.body', { count: markerTotal, total: formatNumber(markerTotal, language) })}
          </Text>

          <Paper withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
            {candidate.step === 'reading' ? (
              <Group gap="sm">
                <Loader size="xs" />
                <Text size="sm">{t('offer.checking')}</Text>
              </Group>
            ) : null}
            {candidate.step === 'ready' ? (
              <Stack gap={6} data-testid="restore-offer-latest">
                <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
                  {t('offer.latest')}
                </Text>
                <BackupContents summary={candidate.prepared.summary} name={candidate.name} />
              </Stack>
            ) : null}
            {noBackup ? (
              <Text size="sm" data-testid="restore-offer-none">
                {t('offer.noBackup', { folder: folder ?? '' })}
              </Text>
            ) : null}
            {candidate.step === 'problem' && !noBackup ? (
              <Alert
                color="red"
                icon={<IconAlertTriangle size={18} />}
                title={t('preview.badFile')}
                data-testid="restore-problem"
              >
                <Text size="sm">{problemText(candidate.problem)}</Text>
              </Alert>
            ) : null}
          </Paper>

          {error ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />}>
              {error}
            </Alert>
          ) : null}

          <Group gap="xs">
            <Button
              onClick={() => void restore()}
              disabled={candidate.step !== 'ready'}
              loading={writing}
              data-testid="restore-offer-restore"
            >
              {t('offer.restoreLatest')}
            </Button>
            <Button
              variant="default"
              onClick={() => void load({ kind: 'file' })}
              disabled={writing}
              data-testid="restore-offer-choose"
            >
              {t('offer.chooseFile')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              ml="auto"
              onClick={() => setConfirmEmpty(true)}
              disabled={writing}
              data-testid="restore-offer-empty"
            >
              {t('offer.startEmpty')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Modal opened={confirmEmpty} onClose={() => setConfirmEmpty(false)} title={t('offer.confirmTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('offer.confirmBody')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirmEmpty(false)} data-autofocus>
              {t('preview.cancel')}
            </Button>
            <Button color="red" onClick={() => void startEmpty()} data-testid="restore-offer-empty-confirm">
              {t('offer.confirmStart')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Center>
  )
}
