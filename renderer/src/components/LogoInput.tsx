/** Picks a logo image: decoded, shrunk and re-encoded before it reaches the form. */
import { useState } from 'react'
import { Avatar, Button, FileButton, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ACCEPTED_IMAGE_TYPES } from '@shared/images'
import { readImageUpload } from '../lib/images'

/** A logo preview with choose and remove buttons; refusals are shown under it. */
export function LogoInput({
  value,
  onChange,
  label,
}: {
  value: string | null
  onChange: (dataUrl: string | null) => void
  label: string
}) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const choose = async (file: File | null) => {
    if (!file) return
    const result = await readImageUpload(file)
    if (result.ok) {
      setError(null)
      onChange(result.dataUrl)
    } else setError(t(`clientForm.logoErrors.${result.reason}`))
  }
  return (
    <Stack gap={4}>
      <Text size="xs" fw={500}>
        {label}
      </Text>
      <Group gap="sm">
        <Avatar src={value} size={40} radius={6} data-testid="logo-preview">
          {value ? null : '—'}
        </Avatar>
        <FileButton onChange={(file) => void choose(file)} accept={ACCEPTED_IMAGE_TYPES.join(',')}>
          {(props) => (
            <Button variant="default" {...props} data-testid="logo-choose">
              {t('clientForm.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {value ? (
          <Button variant="subtle" color="gray" onClick={() => onChange(null)}>
            {t('clientForm.removeLogo')}
          </Button>
        ) : null}
      </Group>
      {error ? (
        <Text size="xs" c="red.7" data-testid="logo-error">
          {error}
        </Text>
      ) : null}
    </Stack>
  )
}
