/** The footer every form dialog ends with: Cancel on the left of the one submit button. */
import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Cancel and submit, right-aligned; the submit button shows `saving` as a spinner. */
export function FormActions({
  onCancel,
  submitLabel,
  saving = false,
  submitTestId,
}: {
  onCancel: () => void
  submitLabel: string
  saving?: boolean
  submitTestId: string
}) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end" gap="xs" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Group>
  )
}
