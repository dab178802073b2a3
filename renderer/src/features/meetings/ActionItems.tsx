/**
 * A meeting's action items: tasks with the meeting as their origin, on the client's task list
 * like any other. Added here with a title, an assignee and a deadline; the business logic every
 * task needs (seed 003) says which meeting agreed on it. Ticked done here or anywhere else.
 */
import { useState } from 'react'
import { ActionIcon, Checkbox, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate, formatInstant } from '@shared/format'
import type { Client, Meeting } from '@shared/schemas'
import { meetingsRepository, tasksRepository, teamMembersRepository } from '../../../db/repositories'
import { ValidationError } from '../../../db/errors'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'

const EMPTY_TYPED = { title: '', deadline: '' }

/** The action items section's body. */
export function ActionItems({ meeting, clients }: { meeting: Meeting; clients: readonly Client[] }) {
  const { t } = useTranslation('meetings')
  const language = useLanguage()
  const today = todayIso()
  const data = useLiveQuery(async () => {
    const [items, team] = await Promise.all([
      meetingsRepository.listActionItems(meeting.id),
      teamMembersRepository.listSorted(),
    ])
    return { items, team, names: new Map(team.map((member) => [member.id, member.name])) }
  }, [meeting.id])
  // The new item's title and deadline, cleared and given back together.
  const [typed, setTyped] = useState(EMPTY_TYPED)
  const { title, deadline } = typed
  const [assigneeId, setAssigneeId] = useState<string | null>(meeting.attendeeIds[0] ?? null)
  const [clientId, setClientId] = useState<string | null>(
    meeting.clientIds.length === 1 ? (meeting.clientIds[0] ?? null) : null,
  )
  const [error, setError] = useState<{
    field: 'title' | 'clientId' | 'deadline' | 'form'
    message: string
  } | null>(null)
  const [saving, setSaving] = useState(false)

  if (meeting.clientIds.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('actions.noClient')}
      </Text>
    )

  const add = async () => {
    if (title.trim() === '') return setError({ field: 'title', message: t('actions.errors.title') })
    if (!clientId) return setError({ field: 'clientId', message: t('actions.errors.client') })
    if (deadline !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(deadline))
      return setError({ field: 'deadline', message: t('actions.errors.deadline') })
    const item = typed
    // Cleared at once, so the next item can be typed while this one is written.
    setTyped(EMPTY_TYPED)
    setError(null)
    setSaving(true)
    try {
      await meetingsRepository.addActionItem(meeting.id, {
        clientId,
        title: title.trim(),
        assigneeIds: assigneeId ? [assigneeId] : [],
        deadline: deadline || null,
        businessLogic: t('actions.businessLogic', {
          meeting: meeting.title,
          date: formatInstant(meeting.startsAt, language),
        }),
      })
    } catch (failure) {
      // Not written: what was typed comes back (unless the next item is being typed).
      setTyped((typing) => (typing.title === '' && typing.deadline === '' ? item : typing))
      setError({
        field: failure instanceof ValidationError && failure.issues[0]?.path === 'title' ? 'title' : 'form',
        message:
          failure instanceof ValidationError
            ? t('actions.errors.invalid')
            : t('actions.errors.failed', {
                message: failure instanceof Error ? failure.message : String(failure),
              }),
      })
    } finally {
      setSaving(false)
    }
  }
  const fieldError = (field: 'title' | 'clientId' | 'deadline') =>
    error?.field === field ? error.message : undefined

  return (
    <Stack gap="xs">
      {data?.items.length ? (
        <Stack gap={2} data-testid="action-items">
          {data.items.map((task) => {
            const overdue = task.status !== 'done' && task.deadline !== null && task.deadline < today
            return (
              <Group key={task.id} gap="sm" wrap="nowrap" py={4} data-testid="action-item">
                <Checkbox
                  checked={task.status === 'done'}
                  onChange={(event) => void tasksRepository.setDone(task.id, event.currentTarget.checked)}
                  aria-label={t('actions.done')}
                  data-testid="action-item-done"
                />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text
                    size="sm"
                    fw={500}
                    truncate
                    td={task.status === 'done' ? 'line-through' : undefined}
                    c={task.status === 'done' ? 'dimmed' : undefined}
                    data-testid="action-item-title"
                  >
                    {task.title}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {[
                      task.assigneeIds.map((id) => data.names.get(id) ?? '?').join(', ') ||
                        t('actions.unassigned'),
                      meeting.clientIds.length > 1 ? clients.find((c) => c.id === task.clientId)?.name : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </div>
                <Text
                  size="xs"
                  className="tabular"
                  c={overdue ? 'red' : 'dimmed'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {task.deadline ? formatDate(task.deadline, language) : ''}
                </Text>
              </Group>
            )
          })}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('actions.empty')}
        </Text>
      )}
      <Stack gap={6} pt={4} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Group gap={6} wrap="nowrap" align="flex-start" pt={6}>
          <TextInput
            value={title}
            onChange={(event) => {
              const value = event.currentTarget.value
              setTyped((current) => ({ ...current, title: value }))
              setError(null)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                void add()
              }
            }}
            placeholder={t('actions.titlePlaceholder')}
            error={fieldError('title')}
            style={{ flex: 1 }}
            aria-label={t('actions.title')}
            data-testid="action-item-new-title"
          />
          <Tooltip label={t('actions.add')}>
            <ActionIcon
              size={30}
              onClick={() => void add()}
              loading={saving}
              aria-label={t('actions.add')}
              data-testid="action-item-add"
            >
              <IconPlus size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {meeting.clientIds.length > 1 ? (
            <Select
              placeholder={t('actions.client')}
              data={clients.map((client) => ({ value: client.id, label: client.name }))}
              value={clientId}
              onChange={(value) => {
                setClientId(value)
                setError(null)
              }}
              error={fieldError('clientId')}
              aria-label={t('actions.client')}
              style={{ flex: 1 }}
              data-testid="action-item-new-client"
            />
          ) : null}
          <Select
            placeholder={t('actions.assignee')}
            data={(data?.team ?? []).map((member) => ({ value: member.id, label: member.name }))}
            value={assigneeId}
            onChange={setAssigneeId}
            clearable
            searchable
            aria-label={t('actions.assignee')}
            style={{ flex: 1 }}
            data-testid="action-item-new-assignee"
          />
          <TextInput
            type="date"
            value={deadline}
            onChange={(event) => {
              const value = event.currentTarget.value
              setTyped((current) => ({ ...current, deadline: value }))
              setError(null)
            }}
            error={fieldError('deadline')}
            aria-label={t('actions.deadline')}
            w={140}
            data-testid="action-item-new-deadline"
          />
        </Group>
        {error?.field === 'form' ? (
          <Text size="xs" c="red" data-testid="action-item-error">
            {error.message}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  )
}
