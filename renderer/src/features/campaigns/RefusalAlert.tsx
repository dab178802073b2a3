/** The reason a lean-loop move was refused, kept on screen until dismissed. */
import { Alert, List, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Refusal } from './useStageMove'

/** An alert naming the missing approval and the unanswered questions. */
export function RefusalAlert({ refusal, onClose }: { refusal: Refusal | null; onClose: () => void }) {
  const { t } = useTranslation()
  if (!refusal) return null
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconLock size={16} />}
      title={refusal.title}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      role="alert"
      data-testid="stage-refusal"
      p="sm"
    >
      <Text size="sm">{refusal.reason}</Text>
      {refusal.questions.length ? (
        <List size="sm" mt={4} data-testid="stage-refusal-questions">
          {refusal.questions.map((question) => (
            <List.Item key={question}>{question}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  )
}
