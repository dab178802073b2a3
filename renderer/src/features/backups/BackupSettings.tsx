/**
 * Settings' backup sections: the last backup (time, size, what it held), the folder with
 * "Change…" and "Open folder", "Back up now"; then restoring a backup of the folder, "Export all
 * data", "Import" (replace) and "Import into" (merge a colleague's export).
 */
import { useCallback, useEffect, useState } from 'react'
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconFolder, IconUpload } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatBytes, type BackupInfo } from '@shared/backups'
import { INTL_LOCALE, formatInstant, formatNumber } from '@shared/format'
import { settingsRepository } from '../../../db/repositories'
import { Section } from '../../components/Section'
import { cadence } from '../../lib/bridge'
import { useAppStore } from '../../store'
import { backUpNow, exportAll, refreshBackupStatus, useBackupState } from './backup-controller'
import { RestoreDialog } from './RestoreDialog'
import { useRestoreFlow, type RestoreDone } from './useRestoreFlow'

type Listed = { name: string; takenAt: string; bytes: number }

/** How many backups of the folder are listed before "Show all". */
const LISTED = 5

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** A notification for a finished restore or merge. */
export function useRestoreDoneNotice() {
  const { t } = useTranslation('backups')
  const language = useAppStore((state) => state.language)
  return useCallback(
    (done: RestoreDone) => {
      if (done.mode === 'replace') {
        const total = formatNumber(done.records, language)
        notifications.show({ color: 'teal', message: t('preview.restored', { count: done.records, total }) })
        return
      }
      const { added, replaced, unchanged, conflicts } = done.report
      notifications.show({
        color: conflicts > 0 ? 'orange' : 'teal',
        autoClose: conflicts > 0 ? false : 6000,
        message: [
          t('preview.merged', { added, replaced, unchanged }),
          conflicts > 0 ? t('preview.conflicts', { count: conflicts }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      })
    },
    [t, language],
  )
}

/**
 * The two backup sections of Settings; `betweenSections` goes between them (Settings puts the
 * reports folder there, beside the backups folder).
 */
export function BackupSettings({ betweenSections }: { betweenSections?: React.ReactNode }) {
  const { t } = useTranslation('backups')
  const language = useAppStore((state) => state.language)
  const backup = useBackupState()
  const settings = useLiveQuery(() => settingsRepository.get(), [])
  const [listed, setListed] = useState<Listed[] | null>(null)
  const [showAll, setShowAll] = useState(false)
  const notice = useRestoreDoneNotice()
  const refreshList = useCallback(async () => {
    const result = await cadence.listBackups()
    if (result.ok) setListed(result.data.backups)
  }, [])
  const flow = useRestoreFlow(
    useCallback(
      (done: RestoreDone) => {
        notice(done)
        void refreshList()
      },
      [notice, refreshList],
    ),
  )

  useEffect(() => {
    void refreshBackupStatus().catch(() => undefined)
    void cadence.listBackups().then((result) => result.ok && setListed(result.data.backups))
  }, [])

  const fail = (key: string, error: unknown) =>
    notifications.show({ color: 'red', message: t(key, { message: messageOf(error) }) })

  const backUp = async () => {
    try {
      const info = await backUpNow('manual')
      if (info === null) notifications.show({ message: t('settings.nothingToBackUp') })
      else notifications.show({ color: 'teal', message: t('settings.backedUp', { name: info.name }) })
      await refreshList()
    } catch (error) {
      fail('settings.backupFailed', error)
    }
  }

  const chooseFolder = async () => {
    const result = await cadence.chooseBackupFolder()
    if (!result.ok) return fail('settings.backupFailed', new Error(result.error.message))
    if (result.data.changed) {
      notifications.show({
        color: 'teal',
        message: t('settings.folderChanged', { folder: result.data.folder }),
      })
      await refreshBackupStatus()
      await refreshList()
    } else if (result.data.reason === 'not-writable') {
      notifications.show({ color: 'red', message: t('settings.folderNotWritable') })
    }
  }

  const exportData = async () => {
    try {
      const result = await cadence.exportAllData({ text: await exportAll() })
      if (!result.ok) throw new Error(result.error.message)
      if (result.data.saved)
        notifications.show({ color: 'teal', message: t('transfer.exported', { path: result.data.path }) })
    } catch (error) {
      fail('transfer.exportFailed', error)
    }
  }

  const shown = listed === null ? [] : showAll ? listed : listed.slice(0, LISTED)
  const minutes = settings?.backup.intervalMinutes ?? 15

  return (
    <>
      <Section
        title={t('settings.title')}
        testId="backup-settings"
        right={
          <Button
            size="xs"
            onClick={() => void backUp()}
            loading={backup.running !== null}
            data-testid="backup-now"
          >
            {t('settings.backUpNow')}
          </Button>
        }
      >
        <Stack gap="sm">
          <Group gap="xs" align="baseline" wrap="nowrap">
            <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
              {t('settings.lastBackup')}
            </Text>
            <LastBackup info={backup.last} language={language} />
          </Group>
          <Group gap="xs" align="center" wrap="nowrap">
            <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
              {t('settings.folder')}
            </Text>
            <Text
              size="sm"
              ff="monospace"
              truncate="start"
              style={{ flex: 1, minWidth: 0 }}
              data-testid="backup-folder"
            >
              {/* Isolated left-to-right, so the start-truncation keeps the path's slashes in place. */}
              <span dir="ltr">{backup.folder ?? '…'}</span>
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => void chooseFolder()}
              data-testid="backup-change-folder"
            >
              {t('settings.changeFolder')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFolder size={14} />}
              onClick={() => void cadence.openBackupFolder()}
              data-testid="backup-open-folder"
            >
              {t('settings.openFolder')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('settings.policy', { minutes })}
          </Text>
        </Stack>
      </Section>
      {betweenSections}

      <Section title={t('transfer.title')} testId="backup-transfer">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('transfer.intro')}
          </Text>
          <Stack gap={4}>
            <Text size="xs" fw={600}>
              {t('transfer.backupsInFolder')}
            </Text>
            {listed !== null && listed.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('transfer.noBackups')}
              </Text>
            ) : (
              <Table verticalSpacing={4} horizontalSpacing="xs" data-testid="backup-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <Text size="xs" c="dimmed" fw={500}>
                        {t('transfer.taken')}
                      </Text>
                    </Table.Th>
                    <Table.Th w={110}>
                      <Text size="xs" c="dimmed" fw={500} ta="right">
                        {t('transfer.size')}
                      </Text>
                    </Table.Th>
                    <Table.Th w={110} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((entry) => (
                    <Table.Tr key={entry.name} data-testid="backup-row">
                      <Table.Td>
                        <Text size="sm" className="tabular" title={entry.name}>
                          {formatInstant(entry.takenAt, language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" className="tabular" ta="right">
                          {formatBytes(entry.bytes, INTL_LOCALE[language])}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => void flow.open({ kind: 'folder', name: entry.name }, 'replace')}
                          data-testid="backup-row-restore"
                        >
                          {t('transfer.restore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {listed !== null && listed.length > LISTED && !showAll ? (
              <Anchor size="xs" component="button" onClick={() => setShowAll(true)} ta="left">
                {t('transfer.showAll', { total: listed.length })}
              </Anchor>
            ) : null}
          </Stack>
          <Stack gap="xs">
            <TransferAction
              label={t('transfer.exportAll')}
              help={t('transfer.exportHelp')}
              icon={<IconDownload size={14} />}
              onClick={() => void exportData()}
              testId="backup-export"
            />
            <TransferAction
              label={t('transfer.importReplace')}
              help={t('transfer.importReplaceHelp')}
              icon={<IconUpload size={14} />}
              onClick={() => void flow.open({ kind: 'file' }, 'replace')}
              testId="backup-import"
            />
            <TransferAction
              label={t('transfer.importMerge')}
              help={t('transfer.importMergeHelp')}
              icon={<IconUpload size={14} />}
              onClick={() => void flow.open({ kind: 'file' }, 'merge')}
              testId="backup-import-into"
            />
          </Stack>
        </Stack>
      </Section>
      <RestoreDialog state={flow.state} onConfirm={() => void flow.confirm()} onClose={flow.close} />
    </>
  )
}

/** One transfer action: a button with a line saying what it does. */
function TransferAction({
  label,
  help,
  icon,
  onClick,
  testId,
}: {
  label: string
  help: string
  icon: React.ReactNode
  onClick: () => void
  testId: string
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Button
        size="xs"
        variant="default"
        leftSection={icon}
        onClick={onClick}
        w={200}
        style={{ flexShrink: 0 }}
        data-testid={testId}
      >
        {label}
      </Button>
      <Text size="xs" c="dimmed">
        {help}
      </Text>
    </Group>
  )
}

/** The last backup: when, how big, what it held and why it was made. */
function LastBackup({
  info,
  language,
}: {
  info: BackupInfo | null
  language: ReturnType<typeof useAppStore.getState>['language']
}) {
  const { t } = useTranslation('backups')
  if (info === null)
    return (
      <Text size="sm" c="dimmed" data-testid="backup-last">
        {t('settings.noBackup')}
      </Text>
    )
  const counts = info.rowCounts
  const line = [
    `${t('preview.clients')}: ${formatNumber(counts.clients ?? 0, language)}`,
    `${t('preview.metricMonths')}: ${formatNumber(counts.metricMonths ?? 0, language)}`,
    `${t('preview.meetings')}: ${formatNumber(counts.meetings ?? 0, language)}`,
  ].join(' · ')
  return (
    <Stack gap={2} data-testid="backup-last">
      <Group gap="xs">
        <Text size="sm" className="tabular">
          {formatInstant(info.takenAt, language)} · {formatBytes(info.bytes, INTL_LOCALE[language])}
        </Text>
        <Badge size="xs" variant="light" color="gray">
          {t(`settings.reasons.${info.reason}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" className="tabular">
        {line}
      </Text>
    </Stack>
  )
}
