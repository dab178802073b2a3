/**
 * The database's health above every screen: shown while writes are failing (a full disk, a
 * closed database) or another window is in the way, gone by itself once a write succeeds. What
 * exactly was not saved is said where it was typed; this line says why, and what to do.
 */
import { Alert, Button, Group, Text } from '@mantine/core'
import { IconDatabaseExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { STORAGE_MESSAGE_KEYS, useStorageHealth } from '../lib/storage-messages'

/** The storage alert; renders nothing while the database is healthy. */
export function StorageAlert() {
  const { t } = useTranslation('storage')
  const { failure } = useStorageHealth()
  // A single failed transaction is reported where it happened; the banner is for lasting trouble.
  if (failure === null || failure === 'transaction') return null
  const key = STORAGE_MESSAGE_KEYS[failure]
  const canReload = failure === 'version-change' || failure === 'closed'
  return (
    <Alert
      color={failure === 'blocked' || failure === 'version-change' ? 'orange' : 'red'}
      variant="light"
      radius={0}
      py={8}
      icon={<IconDatabaseExclamation size={18} />}
      role="alert"
      data-testid="storage-alert"
      data-kind={failure}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t(`title.${key}`)}
          </Text>{' '}
          — {t(`failure.${key}`)}
        </Text>
        {canReload ? (
          <Button size="compact-sm" variant="default" onClick={() => window.location.reload()}>
            {t('reload')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  )
}
