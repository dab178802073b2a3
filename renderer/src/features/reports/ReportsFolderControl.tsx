/** The reports folder — the default `<Documents>/Cadence Reports` or one the PM chose — and changing it (main's folder dialog). */
import { useEffect, useState } from 'react'
import { Button, Menu, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFolder, IconFolderCog, IconFolderOpen, IconRestore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ReportsFolder } from '@shared/ipc'
import { cadence } from '../../lib/bridge'

/** The folder button of the Reports screen's header. */
export function ReportsFolderControl() {
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

  const fail = (message: string) =>
    notifications.show({ color: 'red', message: t('folder.failed', { message }) })
  const choose = async () => {
    const result = await cadence.chooseReportsFolder()
    if (!result.ok) return fail(result.error.message)
    setFolder(result.data)
    if (result.data.changed)
      notifications.show({ color: 'teal', message: t('folder.changed', { folder: result.data.folder }) })
  }
  const reset = async () => {
    const result = await cadence.resetReportsFolder()
    if (!result.ok) return fail(result.error.message)
    setFolder(result.data)
  }
  const open = async () => {
    const result = await cadence.openReportsFolder()
    if (!result.ok) fail(result.error.message)
  }

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
