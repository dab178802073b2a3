/**
 * Create and edit a campaign: name, channels, dates, media budget in the client's currency,
 * owner, and the schedule milestones agreed with the client. Validates with the same rules the
 * repository enforces (end not before start, budget never negative) and writes nothing while a
 * field is wrong. A new campaign starts as an idea with a draft brief.
 */
import { useEffect, useState } from 'react'
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { v4 as uuid } from 'uuid'
import {
  CHANNELS,
  MILESTONE_KINDS,
  type CampaignInput,
  type Milestone,
  type MilestoneKind,
} from '@shared/schemas'
import { campaignsRepository, clientsRepository, teamMembersRepository } from '../../../db/repositories'
import { campaignRulesSchema } from '../../../db/repositories/campaigns'
import { ValidationError } from '../../../db/errors'
import { fieldErrors, validate, type FieldErrors } from '../../lib/field-errors'
import { fromMajor, toMajor } from '../../lib/decimal-input'
import { FormActions } from '../../components/FormActions'

type Props = {
  opened: boolean
  onClose: () => void
  /** The campaign to edit; null creates one. */
  campaignId: string | null
  /** The client a new campaign belongs to; null lets the PM choose. */
  clientId: string | null
  onCreated?: (id: string) => void
}

/** The campaign dialog. */
export function CampaignFormModal({ opened, onClose, campaignId, clientId, onCreated }: Props) {
  const { t } = useTranslation('campaigns')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{campaignId ? t('form.titleEdit') : t('form.titleNew')}</Text>}
      size="lg"
    >
      {opened ? (
        <CampaignForm
          key={campaignId ?? 'new'}
          campaignId={campaignId}
          clientId={clientId}
          onClose={onClose}
          {...(onCreated ? { onCreated } : {})}
        />
      ) : null}
    </Modal>
  )
}

function emptyCampaign(clientId: string): CampaignInput {
  return {
    clientId,
    name: '',
    channels: [],
    startDate: null,
    endDate: null,
    mediaBudget: null,
    stage: 'idea',
    ownerId: null,
    milestones: [],
    notes: '',
  }
}

function CampaignForm({
  campaignId,
  clientId,
  onClose,
  onCreated,
}: {
  campaignId: string | null
  clientId: string | null
  onClose: () => void
  onCreated?: (id: string) => void
}) {
  const { t } = useTranslation('campaigns')
  const { t: tApp } = useTranslation()
  const [values, setValues] = useState<CampaignInput>(() => emptyCampaign(clientId ?? ''))
  // The budget as typed, so "-5" or "" survive until validation.
  const [budgetText, setBudgetText] = useState<number | string>('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const lookups = useLiveQuery(async () => {
    const [clients, team] = await Promise.all([clientsRepository.listSorted(), teamMembersRepository.list()])
    return { clients, team }
  }, [])
  const client = lookups?.clients.find((candidate) => candidate.id === values.clientId)
  const currency = client?.currency ?? 'EUR'

  useEffect(() => {
    if (!campaignId) return
    void campaignsRepository.get(campaignId).then((campaign) => {
      if (!campaign) return
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = campaign
      setValues(input)
      setBudgetText(toMajor(campaign.mediaBudget))
    })
  }, [campaignId])

  const set = <K extends keyof CampaignInput>(key: K, value: CampaignInput[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
  }
  const setMilestone = (id: string, patch: Partial<Milestone>) => {
    set(
      'milestones',
      values.milestones.map((milestone) => (milestone.id === id ? { ...milestone, ...patch } : milestone)),
    )
  }

  const messageFor = (field: string) => t(`form.errors.${field}`, { defaultValue: t('form.errors.generic') })
  const showIssues = (issues: { path: string; message: string }[]) => {
    setErrors(fieldErrors(issues, messageFor))
    setFailure(t('form.fixErrors'))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const candidate = { ...values, mediaBudget: fromMajor(budgetText, currency) }
    const checked = validate(campaignRulesSchema, candidate)
    if (!checked.ok) return showIssues(checked.issues)
    setSaving(true)
    try {
      const saved = campaignId
        ? await campaignsRepository.update(campaignId, checked.value)
        : await campaignsRepository.create(checked.value)
      notifications.show({
        color: 'teal',
        message: t(campaignId ? 'form.saved' : 'form.created', { name: saved.name }),
      })
      onClose()
      if (!campaignId) onCreated?.(saved.id)
    } catch (error) {
      if (error instanceof ValidationError) showIssues(error.issues)
      else
        setFailure(t('form.saveFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setSaving(false)
    }
  }

  const channelOptions = CHANNELS.map((channel) => ({ value: channel, label: tApp(`channels.${channel}`) }))
  const kindOptions = MILESTONE_KINDS.map((kind) => ({ value: kind, label: t(`milestones.${kind}`) }))

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="campaign-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" data-testid="campaign-form-failure" p="xs">
            {failure}
          </Alert>
        ) : null}
        {clientId === null && !campaignId ? (
          <Select
            label={t('form.client')}
            data={(lookups?.clients ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={values.clientId || null}
            onChange={(value) => set('clientId', value ?? '')}
            error={errors.clientId}
            searchable
            withAsterisk
            data-testid="campaign-form-client"
          />
        ) : null}
        <TextInput
          label={t('form.name')}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errors.name}
          data-autofocus
          withAsterisk
          data-testid="campaign-form-name"
        />
        <MultiSelect
          label={t('form.channels')}
          data={channelOptions}
          value={values.channels}
          onChange={(value) => set('channels', value)}
          error={errors.channels}
          data-testid="campaign-form-channels"
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="date"
            label={t('form.startDate')}
            value={values.startDate ?? ''}
            onChange={(event) => set('startDate', event.currentTarget.value || null)}
            error={errors.startDate}
            data-testid="campaign-form-start"
          />
          <TextInput
            type="date"
            label={t('form.endDate')}
            value={values.endDate ?? ''}
            onChange={(event) => set('endDate', event.currentTarget.value || null)}
            error={errors.endDate}
            data-testid="campaign-form-end"
          />
          <NumberInput
            label={t('form.mediaBudget', { currency })}
            value={budgetText}
            onChange={(value) => {
              setBudgetText(value)
              setErrors(({ mediaBudget: _removed, ...rest }) => rest)
            }}
            error={errors.mediaBudget}
            decimalScale={2}
            thousandSeparator=" "
            hideControls
            data-testid="campaign-form-budget"
          />
          <Select
            label={t('form.owner')}
            placeholder={t('form.noOwner')}
            data={(lookups?.team ?? []).map((member) => ({ value: member.id, label: member.name }))}
            value={values.ownerId}
            onChange={(value) => set('ownerId', value)}
            clearable
            searchable
            data-testid="campaign-form-owner"
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Group justify="space-between">
            <div>
              <Text size="sm" fw={500}>
                {t('form.schedule')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('form.scheduleHint')}
              </Text>
            </div>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} />}
              data-testid="campaign-form-add-milestone"
              onClick={() =>
                set('milestones', [
                  ...values.milestones,
                  {
                    id: uuid(),
                    kind: nextKind(values.milestones),
                    label: '',
                    date: values.startDate ?? '',
                    doneAt: null,
                  },
                ])
              }
            >
              {t('form.addMilestone')}
            </Button>
          </Group>
          {values.milestones.map((milestone, index) => (
            <Group key={milestone.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="milestone-row">
              <Select
                aria-label={t('form.milestoneKind')}
                data={kindOptions}
                value={milestone.kind}
                onChange={(value) => value && setMilestone(milestone.id, { kind: value })}
                allowDeselect={false}
                w={170}
              />
              <TextInput
                aria-label={t('form.milestoneLabel')}
                placeholder={t(`milestones.${milestone.kind}`)}
                value={milestone.label}
                onChange={(event) => setMilestone(milestone.id, { label: event.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <TextInput
                type="date"
                aria-label={t('form.milestoneDate')}
                value={milestone.date}
                onChange={(event) => setMilestone(milestone.id, { date: event.currentTarget.value })}
                error={errors.milestones && !/^\d{4}-\d{2}-\d{2}$/.test(milestone.date) ? true : undefined}
                w={150}
                data-testid={`milestone-date-${index}`}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={6}
                aria-label={t('form.removeMilestone')}
                onClick={() =>
                  set(
                    'milestones',
                    values.milestones.filter((m) => m.id !== milestone.id),
                  )
                }
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
          {errors.milestones ? (
            <Text size="xs" c="red" data-testid="campaign-form-milestones-error">
              {errors.milestones}
            </Text>
          ) : null}
        </Stack>
        <Textarea
          label={t('form.notes')}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={5}
        />
        <FormActions
          onCancel={onClose}
          submitLabel={campaignId ? tApp('common.save') : tApp('common.create')}
          saving={saving}
          submitTestId="campaign-form-submit"
        />
      </Stack>
    </form>
  )
}

/** The next milestone kind a schedule usually needs, in the order they happen. */
function nextKind(milestones: readonly Milestone[]): MilestoneKind {
  const used = new Set(milestones.map((milestone) => milestone.kind))
  return MILESTONE_KINDS.find((kind) => !used.has(kind)) ?? 'proofing'
}
