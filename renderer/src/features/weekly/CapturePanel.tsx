/**
 * What the weekly captures for one client while it is on screen: notes (autosaved), decisions,
 * and action items — each an ordinary task of the client carrying the meeting's id, so it shows
 * up in the client's tasks and the assignee's week. A refused item keeps everything typed.
 */
import { useState } from 'react'
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@shared/format'
import type { TeamMember, WeeklyCard } from '@shared/schemas'
import { weekliesRepository } from '../../../db/repositories'
import { ValidationError } from '../../../db/errors'
import { Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { SaveStatusText } from './CardBits'
import { useAutosave } from './useAutosave'

type Props = {
  meetingId: string
  clientId: string
  card: WeeklyCard | undefined
  members: TeamMember[]
}

/** Notes, decisions and action items of one client; key it by client. */
export function CapturePanel({ meetingId, clientId, card, members }: Props) {
  return (
    <Stack gap="sm">
      <NotesField meetingId={meetingId} clientId={clientId} initial={card?.notes ?? ''} />
      <Decisions meetingId={meetingId} clientId={clientId} decisions={card?.decisions ?? []} />
      <ActionItems meetingId={meetingId} clientId={clientId} members={members} />
    </Stack>
  )
}

function NotesField({
  meetingId,
  clientId,
  initial,
}: {
  meetingId: string
  clientId: string
  initial: string
}) {
  const { t } = useTranslation('weekly')
  const [notes, setNotes] = useState(initial)
  const autosave = useAutosave((value: string) =>
    weekliesRepository.saveCapture(meetingId, clientId, { notes: value }),
  )
  return (
    <Section title={t('present.notes')} right={<SaveStatusText status={autosave.status} stored={false} />}>
      <Textarea
        value={notes}
        onChange={(event) => {
          setNotes(event.currentTarget.value)
          autosave.change(event.currentTarget.value)
        }}
        onBlur={() => void autosave.flush()}
        placeholder={t('present.notesPlaceholder')}
        aria-label={t('present.notes')}
        autosize
        minRows={3}
        maxRows={8}
        size="sm"
        data-testid="presenter-notes"
      />
      {autosave.status === 'error' ? (
        <Text size="xs" c="red.7" mt={4}>
          {t('present.saveFailed', { message: autosave.error ?? '' })}
        </Text>
      ) : null}
    </Section>
  )
}

function Decisions({
  meetingId,
  clientId,
  decisions,
}: {
  meetingId: string
  clientId: string
  decisions: string[]
}) {
  const { t } = useTranslation('weekly')
  const [draft, setDraft] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  // Each write changes the stored decisions, never the list this render shows.
  const write = async (apply: () => Promise<unknown>) => {
    try {
      await apply()
      setFailure(null)
      return true
    } catch (error) {
      setFailure(t('present.saveFailed', { message: error instanceof Error ? error.message : String(error) }))
      return false
    }
  }
  const add = async () => {
    const text = draft.trim()
    if (!text) return
    // Cleared at once, so the next decision can be typed while this one is written.
    setDraft('')
    if (!(await write(() => weekliesRepository.addDecision(meetingId, clientId, text))))
      setDraft((typing) => (typing === '' ? text : typing))
  }
  return (
    <Section title={t('present.decisions')}>
      <Stack gap={4}>
        {decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('present.noDecisions')}
          </Text>
        ) : null}
        {decisions.map((decision, index) => (
          <Group
            key={`${index}-${decision}`}
            justify="space-between"
            wrap="nowrap"
            gap="xs"
            data-testid="presenter-decision"
          >
            <Text size="sm">• {decision}</Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('present.removeDecision')}
              onClick={() =>
                void write(() =>
                  weekliesRepository.removeDecision(meetingId, clientId, { index, text: decision }),
                )
              }
            >
              <IconX size={12} />
            </ActionIcon>
          </Group>
        ))}
        <Group gap="xs" wrap="nowrap" mt={4}>
          <TextInput
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                void add()
              }
            }}
            placeholder={t('present.decisionPlaceholder')}
            aria-label={t('present.decisions')}
            style={{ flex: 1 }}
            data-testid="presenter-decision-input"
          />
          <Button variant="default" onClick={() => void add()} data-testid="presenter-add-decision">
            {t('present.addDecision')}
          </Button>
        </Group>
        {failure ? (
          <Text size="xs" c="red.7">
            {failure}
          </Text>
        ) : null}
      </Stack>
    </Section>
  )
}

type ActionDraft = { title: string; assigneeId: string | null; deadline: string; businessLogic: string }
const EMPTY_ACTION: ActionDraft = { title: '', assigneeId: null, deadline: '', businessLogic: '' }
const isBlank = (draft: ActionDraft) =>
  draft.title === '' && draft.assigneeId === null && draft.deadline === '' && draft.businessLogic === ''

function ActionItems({
  meetingId,
  clientId,
  members,
}: {
  meetingId: string
  clientId: string
  members: TeamMember[]
}) {
  const { t } = useTranslation('weekly')
  const language = useLanguage()
  const items = useLiveQuery(
    async () =>
      (await weekliesRepository.actionItems(meetingId)).filter((task) => task.clientId === clientId),
    [meetingId, clientId],
  )
  const [draft, setDraft] = useState<ActionDraft>(EMPTY_ACTION)
  const [errors, setErrors] = useState<Partial<Record<'title' | 'businessLogic', string>>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const names = new Map(members.map((member) => [member.id, member.name]))
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }))
    setErrors(({ [key as 'title']: _removed, ...rest }) => rest)
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const missing = {
      ...(draft.title.trim() ? {} : { title: t('present.actionTitleRequired') }),
      ...(draft.businessLogic.trim() ? {} : { businessLogic: t('present.actionWhyRequired') }),
    }
    setErrors(missing)
    if (Object.keys(missing).length) return
    const item = draft
    // Cleared at once, so the next item can be typed while this one is written.
    setDraft(EMPTY_ACTION)
    setSaving(true)
    try {
      const task = await weekliesRepository.addActionItem(meetingId, {
        clientId,
        title: item.title.trim(),
        assigneeIds: item.assigneeId ? [item.assigneeId] : [],
        deadline: item.deadline || null,
        businessLogic: item.businessLogic.trim(),
      })
      notifications.show({ color: 'teal', message: t('present.actionCreated', { title: task.title }) })
      setFailure(null)
    } catch (error) {
      // Not written: what was typed comes back (unless the next item is being typed).
      setDraft((typing) => (isBlank(typing) ? item : typing))
      const message =
        error instanceof ValidationError
          ? error.issues.map((issue) => issue.message).join('; ')
          : error instanceof Error
            ? error.message
            : String(error)
      setFailure(t('present.actionFailed', { message }))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Section title={t('present.actionItems')} testId="presenter-action-items">
      <Stack gap={4}>
        {items?.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('present.noActionItems')}
          </Text>
        ) : null}
        {items?.map((task) => (
          <div key={task.id} data-testid="presenter-action-item">
            <Text size="sm" fw={500}>
              {task.title}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                task.assigneeIds.map((id) => names.get(id) ?? '?').join(', '),
                task.deadline ? formatDate(task.deadline, language) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
        ))}
        <form onSubmit={(event) => void submit(event)} noValidate data-testid="presenter-action-form">
          <Stack gap={6} mt={6}>
            {failure ? (
              <Alert color="red" variant="light" p="xs" data-testid="presenter-action-failure">
                {failure}
              </Alert>
            ) : null}
            <TextInput
              label={t('present.actionTitle')}
              value={draft.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              error={errors.title}
              data-testid="presenter-action-title"
            />
            <SimpleGrid cols={2} spacing={6}>
              <Select
                label={t('present.assignee')}
                data={members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.name }))}
                value={draft.assigneeId}
                onChange={(value) => set('assigneeId', value)}
                searchable
                clearable
                data-testid="presenter-action-assignee"
              />
              <TextInput
                type="date"
                label={t('present.deadline')}
                value={draft.deadline}
                onChange={(event) => set('deadline', event.currentTarget.value)}
                data-testid="presenter-action-deadline"
              />
            </SimpleGrid>
            <TextInput
              label={t('present.why')}
              placeholder={t('present.whyPlaceholder')}
              value={draft.businessLogic}
              onChange={(event) => set('businessLogic', event.currentTarget.value)}
              error={errors.businessLogic}
              data-testid="presenter-action-why"
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                variant="light"
                leftSection={<IconPlus size={14} />}
                loading={saving}
                data-testid="presenter-add-action"
              >
                {t('present.addAction')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Section>
  )
}
