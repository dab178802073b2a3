/**
 * Create and edit a client. The form validates with the same zod schema the repository
 * enforces, shows every problem next to its field, and writes nothing until all are fixed.
 */
import { useEffect, useState } from 'react'
import {
  Alert,
  ColorInput,
  Modal,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { clientInputSchema, type ClientInput } from '@shared/schemas'
import { clientsRepository, teamMembersRepository } from '../../db/repositories'
import { ValidationError } from '../../db/errors'
import { useAppStore } from '../store'
import { ContactsEditor } from './ContactsEditor'
import { LogoInput } from './LogoInput'
import { fieldErrors, validate, type FieldErrors } from '../lib/field-errors'
import { currencyOptions, languageOptions, localTimezone, timezoneOptions } from '../lib/options'
import { todayIso } from '../lib/today'
import { FormActions } from './FormActions'

function emptyClient(language: ClientInput['language']): ClientInput {
  return {
    name: '',
    industry: '',
    language,
    currency: 'EUR',
    timezone: localTimezone(),
    cooperationStart: todayIso(),
    ownerId: null,
    activityLevel: 'active',
    contacts: [],
    branding: { logoDataUrl: null, primaryColor: '#3b5bdb', secondaryColor: '#0ca678' },
    customKpis: [],
    teamAllocations: [],
    notes: '',
    archivedAt: null,
  }
}

/** The client dialog, open when the store says so. */
export function ClientFormModal() {
  const { t } = useTranslation()
  const dialog = useAppStore((state) => state.dialog)
  const close = useAppStore((state) => state.closeDialog)
  const clientId = dialog?.kind === 'client-form' ? dialog.clientId : undefined
  return (
    <Modal
      opened={dialog?.kind === 'client-form'}
      onClose={close}
      title={<Text fw={600}>{clientId ? t('clientForm.titleEdit') : t('clientForm.titleNew')}</Text>}
      size={720}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {dialog?.kind === 'client-form' ? (
        <ClientForm key={clientId ?? 'new'} clientId={clientId ?? null} />
      ) : null}
    </Modal>
  )
}

function ClientForm({ clientId }: { clientId: string | null }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const uiLanguage = useAppStore((state) => state.language)
  const close = useAppStore((state) => state.closeDialog)
  const [values, setValues] = useState<ClientInput>(() => emptyClient(uiLanguage))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const team = useLiveQuery(() => teamMembersRepository.list(), [])

  useEffect(() => {
    if (!clientId) return
    void clientsRepository.get(clientId).then((client) => {
      if (!client) return
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = client
      setValues(input)
    })
  }, [clientId])

  const set = <K extends keyof ClientInput>(key: K, value: ClientInput[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => path.split('.')[0] !== key)),
    )
  }
  const setColor = (key: 'primaryColor' | 'secondaryColor', value: string) => {
    setValues((current) => ({ ...current, branding: { ...current.branding, [key]: value } }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
  }

  const messageFor = (path: string) => {
    // contacts.0.email → contactEmail; a section's own error (contacts) has its own message.
    const [top, , leaf] = path.split('.')
    const key = top === 'contacts' && leaf ? `contact${leaf.charAt(0).toUpperCase()}${leaf.slice(1)}` : path
    return t(`clientForm.errors.${key}`, { defaultValue: t('clientForm.errors.generic') })
  }
  const showIssues = (issues: { path: string; message: string }[]) => {
    // Branding colours live one level down; show them on their own inputs.
    const flattened = issues.map((issue) =>
      issue.path.startsWith('branding.') ? { ...issue, path: issue.path.slice('branding.'.length) } : issue,
    )
    setErrors(fieldErrors(flattened, messageFor))
    setFailure(t('clientForm.fixErrors'))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const checked = validate(clientInputSchema, values)
    if (!checked.ok) return showIssues(checked.issues)
    setSaving(true)
    try {
      const saved = clientId
        ? await clientsRepository.update(clientId, checked.value)
        : await clientsRepository.createWithOnboarding(checked.value, {
            welcome: t('onboarding.welcome'),
            workshop: t('onboarding.workshop'),
          })
      notifications.show({
        color: 'teal',
        message: t(clientId ? 'clientForm.saved' : 'clientForm.created', { name: saved.name }),
      })
      close()
      if (!clientId) void navigate(`/clients/${saved.id}`)
    } catch (error) {
      if (error instanceof ValidationError) showIssues(error.issues)
      else
        setFailure(
          t('clientForm.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        )
    } finally {
      setSaving(false)
    }
  }

  const ownerOptions = (team ?? []).map((member) => ({ value: member.id, label: member.name }))

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="client-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" data-testid="client-form-failure" p="xs">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label={t('clientForm.name')}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errors.name}
          data-autofocus
          data-testid="client-form-name"
          withAsterisk
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('clientForm.industry')}
            value={values.industry}
            onChange={(event) => set('industry', event.currentTarget.value)}
            error={errors.industry}
            data-testid="client-form-industry"
          />
          <Select
            label={t('clientForm.owner')}
            placeholder={t('clientForm.noOwner')}
            data={ownerOptions}
            value={values.ownerId}
            onChange={(value) => set('ownerId', value)}
            clearable
            searchable
            data-testid="client-form-owner"
          />
          <Select
            label={t('clientForm.language')}
            data={languageOptions(uiLanguage)}
            value={values.language}
            onChange={(value) => value && set('language', value)}
            error={errors.language}
            allowDeselect={false}
            data-testid="client-form-language"
          />
          <Select
            label={t('clientForm.currency')}
            data={currencyOptions(uiLanguage)}
            value={values.currency}
            onChange={(value) => set('currency', value ?? '')}
            error={errors.currency}
            searchable
            data-testid="client-form-currency"
          />
          <Select
            label={t('clientForm.timezone')}
            data={timezoneOptions()}
            value={values.timezone}
            onChange={(value) => set('timezone', value ?? '')}
            error={errors.timezone}
            searchable
            limit={50}
            data-testid="client-form-timezone"
          />
          <TextInput
            type="date"
            label={t('clientForm.cooperationStart')}
            value={values.cooperationStart}
            onChange={(event) => set('cooperationStart', event.currentTarget.value)}
            error={errors.cooperationStart}
            data-testid="client-form-cooperation-start"
          />
          <ColorInput
            label={t('clientForm.primaryColor')}
            value={values.branding.primaryColor}
            onChange={(value) => setColor('primaryColor', value)}
            error={errors.primaryColor}
            format="hex"
          />
          <ColorInput
            label={t('clientForm.secondaryColor')}
            value={values.branding.secondaryColor}
            onChange={(value) => setColor('secondaryColor', value)}
            error={errors.secondaryColor}
            format="hex"
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="xs" fw={500}>
            {t('clientForm.activityLevel')}
          </Text>
          <SegmentedControl
            value={values.activityLevel}
            onChange={(value) => set('activityLevel', value)}
            data={[
              { value: 'active', label: t('activity.active') },
              { value: 'light', label: t('activity.light') },
            ]}
            data-testid="client-form-activity"
          />
        </Stack>
        <ContactsEditor
          contacts={values.contacts}
          onChange={(contacts) => set('contacts', contacts)}
          errors={errors}
        />
        <LogoInput
          label={t('clientForm.logo')}
          value={values.branding.logoDataUrl}
          onChange={(logoDataUrl) =>
            setValues((current) => ({ ...current, branding: { ...current.branding, logoDataUrl } }))
          }
        />
        <Textarea
          label={t('clientForm.notes')}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <FormActions
          onCancel={close}
          submitLabel={clientId ? t('common.save') : t('common.create')}
          saving={saving}
          submitTestId="client-form-submit"
        />
      </Stack>
    </form>
  )
}
