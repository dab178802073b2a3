/** The restore / import-into dialog: what the file holds or what is wrong with it, then confirm. */
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { BackupContents } from './BackupContents'
import { useProblemText } from './useProblemText'
import type { RestoreStep } from './useRestoreFlow'

/** The dialog for a flow state (closed when the flow is). */
export function RestoreDialog({
  state,
  onConfirm,
  onClose,
}: {
  state: RestoreStep
  onConfirm: () => void
  onClose: () => void
}) {
  const { t } = useTranslation('backups')
  const problemText = useProblemText()
  const opened = state.step !== 'closed'
  const mode = state.step === 'closed' ? 'replace' : state.mode
  const busy = state.step === 'writing'
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => undefined : onClose}
      title={mode === 'replace' ? t('preview.titleRestore') : t('preview.titleMerge')}
      size="lg"
      data-testid="restore-dialog"
    >
      {state.step === 'reading' ? (
        <Group gap="sm" py="md">
          <Loader size="sm" />
          <Text size="sm">{t('preview.reading')}</Text>
        </Group>
      ) : null}
      {state.step === 'problem' ? (
        <Stack gap="md">
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} />}
            title={t('preview.badFile')}
            data-testid="restore-problem"
          >
            <Stack gap={4}>
              {state.name ? (
                <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                  {state.name}
                </Text>
              ) : null}
              <Text size="sm">{problemText(state.problem)}</Text>
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('preview.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : null}
      {state.step === 'ready' || state.step === 'writing' || state.step === 'failed' ? (
        <Stack gap="md">
          <BackupContents summary={state.prepared.summary} name={state.name} />
          <Alert
            color={mode === 'replace' ? 'orange' : 'blue'}
            variant="light"
            icon={mode === 'replace' ? <IconAlertTriangle size={18} /> : <IconInfoCircle size={18} />}
          >
            <Text size="sm">{mode === 'replace' ? t('preview.replaceWarning') : t('preview.mergeNote')}</Text>
          </Alert>
          {state.step === 'failed' ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="restore-failed">
              <Text size="sm">
                {state.safety
                  ? t('preview.safetyBackupFailed', { message: state.message })
                  : t('preview.failed', { message: state.message })}
              </Text>
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('preview.cancel')}
            </Button>
            <Button
              color={mode === 'replace' ? 'orange' : undefined}
              onClick={onConfirm}
              loading={busy}
              data-autofocus
              data-testid="restore-confirm"
            >
              {mode === 'replace' ? t('preview.restore') : t('preview.merge')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
