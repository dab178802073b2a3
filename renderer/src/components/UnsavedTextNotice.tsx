/**
 * What an autosave editor says while its text could not be stored: not saved, retrying, the text
 * stays here — with a button that copies it, so the PM can put it somewhere safe meanwhile.
 */
import { Button, CopyButton, Group, Text } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The notice; `text` is what the copy button copies. */
export function UnsavedTextNotice({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation('storage')
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId ?? 'unsaved-text-notice'}>
      <Text size="xs" c="red.7">
        {t('autosave.retrying')}
      </Text>
      <CopyButton value={text}>
        {({ copied, copy }) => (
          <Button
            size="compact-xs"
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
            onClick={copy}
            style={{ flexShrink: 0 }}
          >
            {copied ? t('autosave.copied') : t('autosave.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  )
}
