/**
 * Marking the reply to a client message: a solution, or next steps with the date the client can
 * expect them (seed 003). The same reply rules as the repository; nothing written while wrong.
 */
import { useState } from 'react'
import { Alert, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { replySchema, type Communication, type Reply } from '@shared/schemas'
import { communicationsRepository } from '../../../db/repositories'
import { replyIssues } from '../../../db/repositories/communications'
import { ValidationError, type FieldIssue } from '../../../db/errors'
import type { FieldErrors } from '../../lib/field-errors'
import { fromLocalInput, toLocalInput } from './local-time'
import { FormActions } from '../../components/FormActions'

/** The reply dialog for `item`; null keeps it closed. */
export function ReplyDialog({ item, onClose }: { item: Communication | null; onClose: () => void }) {
  const { t } = useTranslation('work')
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={<Text fw={600}>{t('reply.title')}</Text>}
      size="md"
    >
      {item ? <ReplyForm key={item.id} item={item} onClose={onClose} /> : null}
    </Modal>
  )
}

function ReplyForm({ item, onClose }: { item: Communication; onClose: () => void }) {
  const { t } = useTranslation('work')
  const [kind, setKind] = useState<Reply['kind']>('solution')
  const [text, setText] = useState('')
  const [expectedDate, setExpectedDate] = useState('')
  const [repliedAt, setRepliedAt] = useState(() => toLocalInput(new Date()))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const showIssues = (issues: readonly FieldIssue[]) => {
    const next: FieldErrors = {}
    for (const issue of issues) {
      const field = issue.path.split('.')[0] ?? ''
      next[field] ??= t(`reply.errors.${field}`, { defaultValue: t('reply.errors.generic') })
    }
    setErrors(next)
    setFailure(t('reply.fixErrors'))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const reply = { kind, text, expectedDate: kind === 'next-steps' && expectedDate ? expectedDate : null }
    const at = fromLocalInput(repliedAt)
    const parsed = replySchema.safeParse(reply)
    const issues: FieldIssue[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        }))
    if (at === null) issues.push({ path: 'repliedAt', message: 'required' })
    else if (parsed.success)
      issues.push(...replyIssues({ receivedAt: item.receivedAt, repliedAt: at, reply: parsed.data }))
    if (issues.length > 0 || !parsed.success || at === null) return showIssues(issues)
    setSaving(true)
    try {
      await communicationsRepository.markReplied(item.id, parsed.data, at)
      notifications.show({ color: 'teal', message: t('reply.saved') })
      onClose()
    } catch (error) {
      if (error instanceof ValidationError) showIssues(error.issues)
      else
        setFailure(t('reply.saveFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="reply-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed" lineClamp={2}>
          {item.from} · {item.summary}
        </Text>
        {failure ? (
          <Alert color="red" variant="light" p="xs" data-testid="reply-failure">
            {failure}
          </Alert>
        ) : null}
        <SegmentedControl
          value={kind}
          onChange={(value) => {
            setKind(value === 'next-steps' ? 'next-steps' : 'solution')
            setErrors({})
          }}
          data={[
            { value: 'solution', label: t('reply.kinds.solution') },
            { value: 'next-steps', label: t('reply.kinds.next-steps') },
          ]}
          data-testid="reply-kind"
        />
        <Textarea
          label={kind === 'solution' ? t('reply.solutionText') : t('reply.nextStepsText')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value)
            setErrors(({ text: _removed, ...rest }) => rest)
          }}
          error={errors.text}
          autosize
          minRows={2}
          maxRows={5}
          data-autofocus
          withAsterisk
          data-testid="reply-text"
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('reply.repliedAt')}
            value={repliedAt}
            onChange={(event) => {
              setRepliedAt(event.currentTarget.value)
              setErrors(({ repliedAt: _removed, ...rest }) => rest)
            }}
            error={errors.repliedAt}
            data-testid="reply-replied-at"
          />
          {kind === 'next-steps' ? (
            <TextInput
              type="date"
              label={t('reply.expectedDate')}
              value={expectedDate}
              onChange={(event) => {
                setExpectedDate(event.currentTarget.value)
                setErrors(({ expectedDate: _removed, ...rest }) => rest)
              }}
              error={errors.expectedDate}
              withAsterisk
              data-testid="reply-expected-date"
            />
          ) : null}
        </SimpleGrid>
        <FormActions
          onCancel={onClose}
          submitLabel={t('reply.save')}
          saving={saving}
          submitTestId="reply-submit"
        />
      </Stack>
    </form>
  )
}
