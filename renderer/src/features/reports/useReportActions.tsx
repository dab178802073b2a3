/**
 * Exporting from the UI: the notifications that say where a report went (with "Show in folder"),
 * and the open/reveal/sent actions of an exported report, each failure told in the UI language.
 */
import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { reportsRepository } from '../../../db/repositories'
import { cadence } from '../../lib/bridge'
import { MainCallError, type ExportOutcome } from './export-report'

/** The folder part of a path, for messages. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return cut > 0 ? path.slice(0, cut) : path
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Actions on exported reports, with their notifications. */
export function useReportActions() {
  const { t } = useTranslation('reports')

  const fail = (key: string, error: unknown) =>
    notifications.show({ color: 'red', message: t(key, { message: messageOf(error) }), autoClose: 8000 })

  const reveal = async (id: string) => {
    const result = await cadence.revealReport({ id })
    if (!result.ok) fail('screen.failed', new MainCallError(result.error))
  }

  const open = async (id: string) => {
    const result = await cadence.openReport({ id })
    if (!result.ok) fail('screen.failed', new MainCallError(result.error))
  }

  const setSent = async (id: string, sent: boolean) => {
    try {
      await reportsRepository.setSent(id, sent)
    } catch (error) {
      fail('screen.failed', error)
    }
  }

  /** Tells the PM where an export went, or that it failed. */
  const announce = (outcome: ExportOutcome) => {
    if (!outcome.saved) return
    if (outcome.afterError) fail('export.notOpened', new Error(outcome.afterError))
    notifications.show({
      color: 'teal',
      title: t('export.saved', { file: outcome.fileName }),
      autoClose: 6000,
      message: (
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {t('export.savedIn', { folder: folderOf(outcome.path) })}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => void reveal(outcome.id)}
            data-testid="export-reveal"
          >
            {t('export.reveal')}
          </Button>
        </Group>
      ),
    })
  }

  return { open, reveal, setSent, announce, fail }
}
