/**
 * The meeting's recording link: saved when it is a web address (http or https), refused with a
 * message otherwise — the typed text stays so it can be fixed. Opens in the system browser.
 */
import { useState } from 'react'
import { ActionIcon, Group, TextInput, Tooltip } from '@mantine/core'
import { IconExternalLink } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { cadence } from '../../lib/bridge'

/** Whether a text is an http(s) address the schema accepts. */
export function isRecordingUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The recording link field. */
export function RecordingLink({
  value,
  onSave,
}: {
  value: string
  onSave: (url: string) => Promise<unknown>
}) {
  const { t } = useTranslation('meetings')
  const [text, setText] = useState(value)
  const [error, setError] = useState<string | null>(null)
  const commit = async () => {
    const url = text.trim()
    if (url === value) return
    if (url !== '' && !isRecordingUrl(url)) return setError(t('recording.invalid'))
    try {
      await onSave(url)
      setError(null)
    } catch {
      setError(t('recording.invalid'))
    }
  }
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <TextInput
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
          setError(null)
        }}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit()
        }}
        placeholder="https://"
        error={error}
        style={{ flex: 1 }}
        aria-label={t('recording.title')}
        data-testid="recording-url"
      />
      <Tooltip label={t('recording.open')}>
        <ActionIcon
          variant="default"
          size={30}
          disabled={!isRecordingUrl(value)}
          onClick={() => void cadence.openExternal({ url: value })}
          aria-label={t('recording.open')}
          data-testid="recording-open"
        >
          <IconExternalLink size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
