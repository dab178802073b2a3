/**
 * The editor of a Monday or Friday client mail. The draft is written from the data in the
 * client's language and follows the data until the PM edits it; from the first edit on, the
 * edited fields are kept (per touchpoint, across screens and restarts) until the mail is marked
 * as sent or the PM regenerates the draft.
 */
import { useState } from 'react'
import { Alert, Button, Grid, Group, Paper, Popover, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconClipboardCopy, IconDownload, IconExternalLink, IconRefresh, IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { defaultRecipients } from '@shared/mails/outbox'
import { formatInstant } from '@shared/format'
import type { Client } from '@shared/schemas'
import { clientMailsRepository, MailAlreadySentError, type MailContext } from '../../../db/repositories'
import { ValidationError } from '../../../db/errors'
import { useAppStore } from '../../store'
import { useLanguage } from '../../lib/useLanguage'
import { MailFacts, OverdueSource, SummarySource } from './MailSources'
import { MailPage } from './MailPage'
import { RecipientsInput } from './RecipientsInput'
import { useGeneratedDraft } from './useGeneratedDraft'
import { useMailActions } from './useMailActions'

type FieldErrors = { subject?: string; body?: string }

/** Props of the editor. */
export type MailEditorProps = {
  context: MailContext & { client: Client }
  today: string
  /** Called once the mail was logged as sent. */
  onSent: () => void
}

/** The editable draft with its actions, and what it was written from. */
export function MailEditor({ context, today, onSent }: MailEditorProps) {
  const { t } = useTranslation('outbox')
  const language = useLanguage()
  const { touchpoint, client, owner } = context
  const generated = useGeneratedDraft(context, today)
  const stored = useAppStore((state) => state.mailDrafts[touchpoint.id])
  const saveMailDraft = useAppStore((state) => state.saveMailDraft)
  const resetMailDraftText = useAppStore((state) => state.resetMailDraftText)
  const discardMailDraft = useAppStore((state) => state.discardMailDraft)
  const actions = useMailActions(client, owner)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  const [confirmOpen, setConfirmOpen] = useState(false)

  const basis = `${generated.draft.subject}\n${generated.draft.body}`
  const subject = stored?.subject ?? generated.draft.subject
  const body = stored?.body ?? generated.draft.body
  const to = stored?.to ?? defaultRecipients(client.contacts)
  const textEdited =
    (stored?.subject !== undefined && stored.subject !== generated.draft.subject) ||
    (stored?.body !== undefined && stored.body !== generated.draft.body)
  const dataChanged = textEdited && stored?.basis !== undefined && stored.basis !== basis
  const mail = { to, subject, body }

  const editText = (patch: { subject?: string; body?: string }) => {
    saveMailDraft(touchpoint.id, { ...patch, basis: stored?.basis ?? basis })
    setErrors((current) => ({
      ...current,
      ...Object.fromEntries(Object.keys(patch).map((key) => [key, undefined])),
    }))
  }

  const regenerate = () => {
    resetMailDraftText(touchpoint.id)
    setConfirmOpen(false)
    setErrors({})
  }

  const markSent = async () => {
    setSending(true)
    try {
      await clientMailsRepository.markSent({ touchpointId: touchpoint.id, subject, body })
      discardMailDraft(touchpoint.id)
      onSent()
    } catch (error) {
      if (error instanceof ValidationError) {
        const byField: FieldErrors = {}
        for (const issue of error.issues)
          if (issue.path === 'subject') byField.subject = t('subjectRequired')
          else if (issue.path === 'body') byField.body = t('bodyRequired')
        setErrors(byField)
        if (!byField.subject && !byField.body) notifications.show({ color: 'red', message: error.message })
      } else if (error instanceof MailAlreadySentError) {
        notifications.show({ color: 'orange', message: t('alreadySent') })
      } else {
        notifications.show({
          color: 'red',
          message: t('sendFailed', { message: error instanceof Error ? error.message : String(error) }),
        })
      }
    } finally {
      setSending(false)
    }
  }

  const regenerateButton = (
    <Button
      variant="default"
      leftSection={<IconRefresh size={14} />}
      onClick={() => (textEdited ? setConfirmOpen((open) => !open) : regenerate())}
      data-testid="mail-regenerate"
    >
      {t('actions.regenerate')}
    </Button>
  )

  const headerActions = (
    <>
      <Text size="xs" c="dimmed" data-testid="mail-draft-state" style={{ whiteSpace: 'nowrap' }}>
        {stored ? t('draftKept', { time: formatInstant(stored.updatedAt, language) }) : t('draftLive')}
      </Text>
      <Popover opened={confirmOpen} onChange={setConfirmOpen} position="bottom-end" withArrow trapFocus>
        <Popover.Target>{regenerateButton}</Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" w={280}>
            <Text size="sm">{t('regenerateConfirm')}</Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setConfirmOpen(false)}>
                {t('regenerateKeep')}
              </Button>
              <Button color="red" onClick={regenerate} data-testid="mail-regenerate-confirm" data-autofocus>
                {t('regenerateReplace')}
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </>
  )

  return (
    <MailPage client={client} touchpoint={touchpoint} actions={headerActions}>
      <Grid gap="md" p="lg" data-testid="mail-editor">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {touchpoint.status !== 'due' ? (
              <Alert color="gray" variant="light" py={8} data-testid="mail-closed-note">
                {touchpoint.status === 'skipped'
                  ? t('skippedNote', { reason: touchpoint.skipReason ?? '' })
                  : t('closedManuallyNote')}
              </Alert>
            ) : null}
            {dataChanged ? (
              <Alert color="yellow" variant="light" py={8} data-testid="mail-data-changed">
                <Text size="sm">{t('dataChanged')}</Text>
              </Alert>
            ) : null}
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <RecipientsInput
                  value={to}
                  onChange={(next) => saveMailDraft(touchpoint.id, { to: next })}
                  contacts={client.contacts}
                  clientName={client.name}
                />
                <TextInput
                  label={t('fields.subject')}
                  value={subject}
                  onChange={(event) => editText({ subject: event.currentTarget.value })}
                  error={errors.subject}
                  data-testid="mail-subject"
                />
                <Textarea
                  label={t('fields.body')}
                  value={body}
                  onChange={(event) => editText({ body: event.currentTarget.value })}
                  autosize
                  minRows={14}
                  size="sm"
                  error={errors.body}
                  spellCheck
                  lang={client.language}
                  styles={{ input: { lineHeight: 1.6, paddingBlock: 10 } }}
                  data-testid="mail-body"
                />
                <Group justify="space-between" gap="xs" pt={4}>
                  <Group gap="xs">
                    <Button
                      variant="default"
                      leftSection={<IconClipboardCopy size={14} />}
                      onClick={() => void actions.copy(mail)}
                      data-testid="mail-copy"
                    >
                      {t('actions.copy')}
                    </Button>
                    <Button
                      variant="default"
                      leftSection={<IconExternalLink size={14} />}
                      onClick={() => void actions.openInMailApp(mail)}
                      data-testid="mail-open"
                    >
                      {t('actions.openInMailApp')}
                    </Button>
                    <Button
                      variant="default"
                      leftSection={<IconDownload size={14} />}
                      onClick={() => void actions.saveEml(mail)}
                      data-testid="mail-save-eml"
                    >
                      {t('actions.saveEml')}
                    </Button>
                  </Group>
                  <Button
                    leftSection={<IconSend size={14} />}
                    loading={sending}
                    onClick={() => void markSent()}
                    data-testid="mail-mark-sent"
                  >
                    {t('actions.markSent')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <MailFacts client={client} touchpoint={touchpoint} today={today} />
            {generated.summary ? <SummarySource pick={generated.summary} client={client} /> : null}
            {touchpoint.kind === 'monday-plan-mail' ? (
              <OverdueSource
                tasks={context.tasks}
                clientId={client.id}
                draftDay={generated.draftDay}
                today={today}
              />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </MailPage>
  )
}
