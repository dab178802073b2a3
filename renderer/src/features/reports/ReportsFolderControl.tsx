/** The reports folder in the Reports screen's header: a menu with the path, open, change and reset. */
import { Button, Menu, Text } from '@mantine/core'
import { IconFolder, IconFolderCog, IconFolderOpen, IconRestore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useReportsFolder } from './useReportsFolder'

/** The folder button of the Reports screen's header. */
export function ReportsFolderControl() {
  const { t } = useTranslation('reports')
  const { folder, choose, reset, open } = useReportsFolder()

  return (
    <Menu position="bottom-end" withinPortal width={320}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFolder size={14} />}
          data-testid="reports-folder"
          data-folder={folder?.folder ?? ''}
        >
          {t('folder.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('folder.label')}
          {folder?.isDefault ? ` (${t('folder.isDefault')})` : ''}
        </Menu.Label>
        <Text size="xs" px="sm" pb={6} style={{ wordBreak: 'break-all' }} data-testid="reports-folder-path">
          {folder?.folder ?? '…'}
        </Text>
        <Menu.Divider />
        <Menu.Item leftSection={<IconFolderOpen size={14} />} onClick={() => void open()}>
          {t('batch.openFolder')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFolderCog size={14} />}
          onClick={() => void choose()}
          data-testid="reports-folder-change"
        >
          {t('folder.change')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconRestore size={14} />}
          disabled={folder?.isDefault ?? true}
          onClick={() => void reset()}
        >
          {t('folder.reset')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
