/**
 * Settings' reports section: where exported PDF reports are written, with "Change…", "Reset to
 * default" and "Open folder" — the same folder and actions as the Reports screen's header menu.
 */
import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconFolder } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Section } from '../../components/Section'
import { useReportsFolder } from './useReportsFolder'

/** The reports folder row of Settings, laid out like the backups folder above it. */
export function ReportsFolderSettings() {
  const { t } = useTranslation('reports')
  const { folder, choose, reset, open } = useReportsFolder()

  return (
    <Section title={t('folder.settingsTitle')} testId="reports-folder-settings">
      <Stack gap="sm">
        <Group gap="xs" align="center" wrap="nowrap">
          <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
            {t('folder.folder')}
          </Text>
          <Text
            size="sm"
            ff="monospace"
            truncate="start"
            style={{ flex: 1, minWidth: 0 }}
            title={folder?.folder}
            data-testid="settings-reports-folder"
            data-default={folder ? String(folder.isDefault) : undefined}
          >
            {/* Isolated left-to-right, so the start-truncation keeps the path's slashes in place. */}
            <span dir="ltr">{folder?.folder ?? '…'}</span>
          </Text>
          {folder?.isDefault ? (
            <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
              {t('folder.isDefault')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs" pl={138}>
          <Button
            size="xs"
            variant="default"
            onClick={() => void choose()}
            data-testid="settings-reports-folder-change"
          >
            {t('folder.changeShort')}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={folder?.isDefault ?? true}
            onClick={() => void reset()}
            data-testid="settings-reports-folder-reset"
          >
            {t('folder.resetShort')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFolder size={14} />}
            onClick={() => void open()}
            data-testid="settings-reports-folder-open"
          >
            {t('folder.open')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('folder.help')}
        </Text>
      </Stack>
    </Section>
  )
}
