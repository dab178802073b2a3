/**
 * Logging an inbound client message in two keystrokes: mod+shift+L anywhere opens a compact
 * dialog with the client picker focused (pre-filled on a client's page), Enter saves. The reply
 * clock starts at "received at", which defaults to now. Nothing is written while a field is wrong.
 */
import { useState } from 'react'
import { Alert, Button, Group, Kbd, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { COMMUNICATION_CHANNELS, communicationInputSchema, type CommunicationInput } from '@shared/schemas'
import { clientsRepository, communicationsRepository, teamMembersRepository } from '../../../db/repositories'
import { ValidationError, type FieldIssue } from '../../../db/errors'
import { validate, type FieldErrors } from '../../lib/field-errors'
import { useAppStore } from '../../store'
import { fromLocalInput, toLocalInput } from './local-time'

/** The shortcut that opens the quick log, in @mantine/hooks notation. */
export const QUICK_LOG_HOTKEY = 'mod+shift+L'

/** The global shortcut and the quick-log dialog; mounted once in the app frame. */
export function QuickLog() {
  const { t } = useTranslation('work')
  const open = useAppStore((state) => state.quickLogOpen)
  const setOpen = useAppStore((state) => state.setQuickLogOpen)
  const location = useLocation()
  const routeClient = /^\/clients\/([^/]+)/.exec(location.pathname)?.[1] ?? null
  // Empty ignore-list: the shortcut works while typing in any field too.
  useHotkeys([[QUICK_LOG_HOTKEY, () => setOpen(true)]], [])
  return (
    <Modal
      opened={open}
      onClose={() => setOpen(false)}
      title={<Text fw={600}>{t('quickLog.title')}</Text>}
      size="md"
    >
      {open ? <QuickLogForm initialClientId={routeClient} onClose={() => setOpen(false)} /> : null}
    </Modal>
  )
}

/** A button that opens the quick log, showing its shortcut. */
export function QuickLogButton() {
  const { t } = useTranslation('work')
  const setOpen = useAppStore((state) => state.setQuickLogOpen)
  const mac = navigator.platform.toLowerCase().includes('mac')
  return (
    <Button
      variant="default"
      onClick={() => setOpen(true)}
      rightSection={
        <Kbd size="xs" fz={10}>
          {mac ? '⌘⇧L' : 'Ctrl+Shift+L'}
        </Kbd>
      }
      data-testid="open-quick-log"
    >
      {t('quickLog.open')}
    </Button>
  )
}

function QuickLogForm({ initialClientId, onClose }: { initialClientId: string | null; onClose: () => void }) {
  const { t } = useTranslation('work')
  const options = useLiveQuery(async () => {
    const [clients, team] = await Promise.all([clientsRepository.listSorted(), teamMembersRepository.list()])
    return { clients, team: team.filter((member) => member.active) }
  }, [])
  const [values, setValues] = useState({
    clientId: initialClientId ?? '',
    channel: 'email' as CommunicationInput['channel'],
    from: '',
    receivedAt: toLocalInput(new Date()),
    summary: '',
    handlerId: null as string | null,
  })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
  }
  const showIssues = (issues: readonly FieldIssue[]) => {
    const next: FieldErrors = {}
    for (const issue of issues) {
      const field = issue.path.split('.')[0] ?? ''
      next[field] ??= t(`quickLog.errors.${field}`, { defaultValue: t('quickLog.errors.generic') })
    }
    setErrors(next)
    setFailure(t('quickLog.fixErrors'))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const receivedAt = fromLocalInput(values.receivedAt)
    const client = options?.clients.find((candidate) => candidate.id === values.clientId)
    const input = {
      clientId: values.clientId,
      channel: values.channel,
      from: values.from,
      receivedAt: receivedAt ?? '',
      summary: values.summary,
      handlerId: values.handlerId ?? client?.ownerId ?? null,
      repliedAt: null,
      reply: null,
    }
    const checked = validate(communicationInputSchema, input)
    const future =
      receivedAt !== null && Date.parse(receivedAt) > Date.now() + 60_000
        ? [{ path: 'receivedAtFuture', message: 'future' }]
        : []
    if (!checked.ok || future.length > 0)
      return showIssues([...(checked.ok ? [] : checked.issues), ...future])
    setSaving(true)
    try {
      await communicationsRepository.create(checked.value)
      notifications.show({ color: 'teal', message: t('quickLog.saved', { client: client?.name ?? '' }) })
      onClose()
    } catch (error) {
      if (error instanceof ValidationError) showIssues(error.issues)
      else
        setFailure(
          t('quickLog.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        )
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="quick-log-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" p="xs" data-testid="quick-log-failure">
            {failure}
          </Alert>
        ) : null}
        <Select
          label={t('quickLog.client')}
          data={(options?.clients ?? []).map((client) => ({ value: client.id, label: client.name }))}
          value={values.clientId || null}
          onChange={(value) => set('clientId', value ?? '')}
          error={errors.clientId}
          searchable
          selectFirstOptionOnChange
          data-autofocus
          withAsterisk
          data-testid="quick-log-client"
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('quickLog.channel')}
            data={COMMUNICATION_CHANNELS.map((value) => ({
              value,
              label: t(`app:communicationChannels.${value}`),
            }))}
            value={values.channel}
            onChange={(value) => value && set('channel', value)}
            allowDeselect={false}
            data-testid="quick-log-channel"
          />
          <TextInput
            type="datetime-local"
            label={t('quickLog.receivedAt')}
            value={values.receivedAt}
            onChange={(event) => {
              set('receivedAt', event.currentTarget.value)
              setErrors(({ receivedAtFuture: _removed, ...rest }) => rest)
            }}
            error={errors.receivedAt ?? errors.receivedAtFuture}
            data-testid="quick-log-received-at"
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('quickLog.from')}
            value={values.from}
            onChange={(event) => set('from', event.currentTarget.value)}
            error={errors.from}
            withAsterisk
            data-testid="quick-log-from"
          />
          <Select
            label={t('quickLog.handler')}
            placeholder={t('quickLog.handlerDefault')}
            data={(options?.team ?? []).map((member) => ({ value: member.id, label: member.name }))}
            value={values.handlerId}
            onChange={(value) => set('handlerId', value)}
            clearable
            searchable
            data-testid="quick-log-handler"
          />
        </SimpleGrid>
        <TextInput
          label={t('quickLog.summary')}
          value={values.summary}
          onChange={(event) => set('summary', event.currentTarget.value)}
          error={errors.summary}
          withAsterisk
          data-testid="quick-log-summary"
        />
        <Group justify="space-between" gap="xs" mt="xs">
          <Text size="xs" c="dimmed">
            {t('quickLog.enterSaves')}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('app:common.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="quick-log-submit">
              {t('quickLog.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
