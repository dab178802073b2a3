/**
 * Logging a client meeting (any kind: a call, the monthly, a review, an ad-hoc talk) or editing a
 * meeting's header. Nothing is written while a field is wrong, and every value stays as typed.
 * An empty title becomes "<kind> — <client>".
 */
import { useState } from 'react'
import { Alert, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { isReviewKind } from '@shared/reviews'
import type { Meeting, MeetingKind } from '@shared/schemas'
import { clientsRepository, meetingsRepository, teamMembersRepository } from '../../../db/repositories'
import { EMPTY_REVIEW } from '../../../db/repositories/meetings'
import { ValidationError } from '../../../db/errors'
import { FormActions } from '../../components/FormActions'
import { fromLocalInput, toLocalInput } from '../communications/local-time'
import { CLIENT_MEETING_KINDS } from './kinds'

/** What the dialog does: log a new meeting, or edit one. */
export type MeetingFormTarget = { meeting: null; clientId?: string | null } | { meeting: Meeting }

/** The meeting dialog; `target` null keeps it closed. `onSaved` gets the saved meeting. */
export function MeetingFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: MeetingFormTarget | null
  onClose: () => void
  onSaved?: (meeting: Meeting) => void
}) {
  const { t } = useTranslation('meetings')
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={<Text fw={600}>{target?.meeting ? t('form.titleEdit') : t('form.titleNew')}</Text>}
      size="lg"
    >
      {target ? <MeetingForm target={target} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  )
}

/** The next quarter hour from now, where a meeting logged "now" most likely starts. */
function nextQuarterHour(): Date {
  const now = new Date()
  now.setSeconds(0, 0)
  now.setMinutes(Math.ceil(now.getMinutes() / 15) * 15)
  return now
}

type Values = {
  clientId: string
  kind: MeetingKind
  title: string
  startsAt: string
  attendeeIds: string[]
}

function MeetingForm({
  target,
  onClose,
  onSaved,
}: {
  target: MeetingFormTarget
  onClose: () => void
  onSaved: ((meeting: Meeting) => void) | undefined
}) {
  const { t } = useTranslation('meetings')
  const { t: tApp } = useTranslation()
  const editing = target.meeting
  // A meeting of several clients (or none, like the internal weekly) keeps its clients as they are.
  const singleClient = !editing || editing.clientIds.length === 1
  const [values, setValues] = useState<Values>(() => ({
    clientId: editing
      ? (editing.clientIds[0] ?? '')
      : ((target.meeting === null ? target.clientId : null) ?? ''),
    kind: editing?.kind ?? 'ad-hoc',
    title: editing?.title ?? '',
    startsAt: toLocalInput(editing ? new Date(editing.startsAt) : nextQuarterHour()),
    attendeeIds: editing?.attendeeIds ?? [],
  }))
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const options = useLiveQuery(async () => {
    const [clients, team] = await Promise.all([
      clientsRepository.listSorted(),
      teamMembersRepository.listSorted(),
    ])
    return { clients, team }
  }, [])

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
    setFailure(null)
  }
  const chooseClient = (clientId: string) => {
    // The client's owner usually attends: suggest them when nobody is chosen yet.
    const owner = options?.clients.find((client) => client.id === clientId)?.ownerId
    setValues((current) => ({
      ...current,
      clientId,
      attendeeIds: current.attendeeIds.length === 0 && owner ? [owner] : current.attendeeIds,
    }))
    setErrors(({ clientId: _removed, ...rest }) => rest)
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const next: typeof errors = {}
    if (singleClient && !values.clientId) next.clientId = t('form.errors.client')
    const startsAt = fromLocalInput(values.startsAt)
    if (!startsAt) next.startsAt = t('form.errors.startsAt')
    if (values.title.length > 200) next.title = t('form.errors.title')
    if (Object.keys(next).length > 0 || !startsAt) {
      setErrors(next)
      setFailure(t('form.fixErrors'))
      return
    }
    const clientName = options?.clients.find((client) => client.id === values.clientId)?.name ?? ''
    const title =
      values.title.trim() ||
      (clientName
        ? `${tApp(`meetingKinds.${values.kind}`)} — ${clientName}`
        : tApp(`meetingKinds.${values.kind}`))
    const clientIds = singleClient ? [values.clientId] : (editing?.clientIds ?? [])
    setSaving(true)
    try {
      const fields = {
        kind: values.kind,
        title,
        startsAt,
        clientIds,
        attendeeIds: values.attendeeIds,
      }
      const saved = editing
        ? // The review is taken as stored: answers autosaved since the dialog opened are kept.
          await meetingsRepository.update(editing.id, (stored) => ({
            ...fields,
            review: stored.review ?? (isReviewKind(values.kind) ? EMPTY_REVIEW : null),
          }))
        : await meetingsRepository.create({
            ...fields,
            agenda: [],
            notes: '',
            decisions: [],
            recordingUrl: '',
            weeklyCards: [],
            parkedTopics: [],
            showAndTell: '',
            touchpointId: null,
            finishedAt: null,
            review: isReviewKind(values.kind) ? EMPTY_REVIEW : null,
          })
      notifications.show({ color: 'teal', message: t(editing ? 'form.saved' : 'form.created', { title }) })
      onClose()
      onSaved?.(saved)
    } catch (error) {
      setFailure(
        error instanceof ValidationError
          ? t('form.fixErrors')
          : t('form.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      )
    } finally {
      setSaving(false)
    }
  }

  const kinds: MeetingKind[] =
    editing && !(CLIENT_MEETING_KINDS as readonly string[]).includes(editing.kind)
      ? [editing.kind, ...CLIENT_MEETING_KINDS]
      : [...CLIENT_MEETING_KINDS]

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="meeting-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" p="xs" data-testid="meeting-form-failure">
            {failure}
          </Alert>
        ) : null}
        <SimpleGrid cols={2} spacing="sm">
          {singleClient ? (
            <Select
              label={t('form.client')}
              data={(options?.clients ?? []).map((client) => ({ value: client.id, label: client.name }))}
              value={values.clientId || null}
              onChange={(value) => chooseClient(value ?? '')}
              error={errors.clientId}
              searchable
              withAsterisk
              data-autofocus
              data-testid="meeting-form-client"
            />
          ) : null}
          <Select
            label={t('form.kind')}
            data={kinds.map((value) => ({ value, label: tApp(`meetingKinds.${value}`) }))}
            value={values.kind}
            onChange={(value) => value && set('kind', value)}
            allowDeselect={false}
            data-testid="meeting-form-kind"
          />
        </SimpleGrid>
        <TextInput
          label={t('form.title')}
          placeholder={t('form.titlePlaceholder')}
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
          data-testid="meeting-form-title"
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('form.startsAt')}
            value={values.startsAt}
            onChange={(event) => set('startsAt', event.currentTarget.value)}
            error={errors.startsAt}
            withAsterisk
            data-testid="meeting-form-starts-at"
          />
          <MultiSelect
            size="xs"
            label={t('form.attendees')}
            data={(options?.team ?? []).map((member) => ({ value: member.id, label: member.name }))}
            value={values.attendeeIds}
            onChange={(value) => set('attendeeIds', value)}
            searchable
            data-testid="meeting-form-attendees"
          />
        </SimpleGrid>
        <FormActions
          onCancel={onClose}
          submitLabel={editing ? tApp('common.save') : t('form.submit')}
          saving={saving}
          submitTestId="meeting-form-submit"
        />
      </Stack>
    </form>
  )
}
