/** The tests (experiments) of a campaign, each with its own lean-loop stage; add and edit in a dialog. */
import { useState } from 'react'
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@shared/format'
import { LEAN_STAGES, type Campaign, type Experiment, type ExperimentInput } from '@shared/schemas'
import { experimentsRepository } from '../../../db/repositories'
import { experimentRulesSchema } from '../../../db/repositories/experiments'
import { ValidationError } from '../../../db/errors'
import { fieldErrors, validate, type FieldErrors } from '../../lib/field-errors'
import { StageBadge } from '../../components/badges'
import { EmptyLine, Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { FormActions } from '../../components/FormActions'

/** The campaign's tests. */
export function ExperimentsSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('campaigns')
  const language = useLanguage()
  const experiments = useLiveQuery(() => experimentsRepository.listForCampaign(campaign.id), [campaign.id])
  const [editing, setEditing] = useState<Experiment | 'new' | null>(null)
  const rows = [...(experiments ?? [])].sort(
    (a, b) =>
      LEAN_STAGES.indexOf(a.stage) - LEAN_STAGES.indexOf(b.stage) || a.createdAt.localeCompare(b.createdAt),
  )
  return (
    <Section
      title={t('tests.title')}
      testId="experiments"
      right={
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={12} />}
          onClick={() => setEditing('new')}
          data-testid="add-experiment"
        >
          {t('tests.add')}
        </Button>
      }
    >
      {rows.length === 0 ? <EmptyLine>{t('tests.empty')}</EmptyLine> : null}
      <Stack gap={0}>
        {rows.map((experiment) => (
          <UnstyledButton
            key={experiment.id}
            onClick={() => setEditing(experiment)}
            data-testid="experiment-row"
            py={8}
            style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text size="sm" fw={500} lh={1.35}>
                {experiment.hypothesis}
              </Text>
              <span style={{ flexShrink: 0 }}>
                <StageBadge stage={experiment.stage} />
              </span>
            </Group>
            <Text size="xs" c="dimmed" mt={2}>
              {[
                experiment.metric,
                experiment.startDate || experiment.endDate
                  ? [experiment.startDate, experiment.endDate]
                      .map((date) => (date ? formatDate(date, language) : '…'))
                      .join(' – ')
                  : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {experiment.learning || experiment.result ? (
              <Text size="xs" mt={2} lineClamp={2}>
                {experiment.learning || experiment.result}
              </Text>
            ) : null}
          </UnstyledButton>
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={<Text fw={600}>{editing === 'new' ? t('tests.titleNew') : t('tests.titleEdit')}</Text>}
        size="lg"
      >
        {editing !== null ? (
          <ExperimentForm
            key={editing === 'new' ? 'new' : editing.id}
            campaign={campaign}
            experiment={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Section>
  )
}

function ExperimentForm({
  campaign,
  experiment,
  onClose,
}: {
  campaign: Campaign
  experiment: Experiment | null
  onClose: () => void
}) {
  const { t } = useTranslation('campaigns')
  const { t: tApp } = useTranslation()
  const [values, setValues] = useState<ExperimentInput>(() => {
    if (!experiment)
      return {
        clientId: campaign.clientId,
        campaignId: campaign.id,
        hypothesis: '',
        metric: '',
        startDate: null,
        endDate: null,
        result: '',
        learning: '',
        stage: 'idea',
      }
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = experiment
    return input
  })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const set = <K extends keyof ExperimentInput>(key: K, value: ExperimentInput[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
  }
  const messageFor = (field: string) =>
    t(`tests.errors.${field}`, { defaultValue: t('tests.errors.generic') })

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const checked = validate(experimentRulesSchema, values)
    if (!checked.ok) {
      setErrors(fieldErrors(checked.issues, messageFor))
      setFailure(t('tests.fixErrors'))
      return
    }
    try {
      if (experiment) await experimentsRepository.update(experiment.id, checked.value)
      else await experimentsRepository.create(checked.value)
      notifications.show({ color: 'teal', message: t(experiment ? 'tests.saved' : 'tests.created') })
      onClose()
    } catch (error) {
      if (error instanceof ValidationError) setErrors(fieldErrors(error.issues, messageFor))
      setFailure(
        tApp('errors.unexpected', { message: error instanceof Error ? error.message : String(error) }),
      )
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="experiment-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" p="xs" data-testid="experiment-form-failure">
            {failure}
          </Alert>
        ) : null}
        <Textarea
          label={t('tests.hypothesis')}
          value={values.hypothesis}
          onChange={(event) => set('hypothesis', event.currentTarget.value)}
          error={errors.hypothesis}
          autosize
          minRows={2}
          withAsterisk
          data-autofocus
          data-testid="experiment-form-hypothesis"
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('tests.metric')}
            value={values.metric}
            onChange={(event) => set('metric', event.currentTarget.value)}
            data-testid="experiment-form-metric"
          />
          <Select
            label={t('tests.stage')}
            data={LEAN_STAGES.map((stage) => ({ value: stage, label: tApp(`stages.${stage}`) }))}
            value={values.stage}
            onChange={(value) => value && set('stage', value)}
            allowDeselect={false}
            data-testid="experiment-form-stage"
          />
          <TextInput
            type="date"
            label={t('tests.startDate')}
            value={values.startDate ?? ''}
            onChange={(event) => set('startDate', event.currentTarget.value || null)}
            error={errors.startDate}
          />
          <TextInput
            type="date"
            label={t('tests.endDate')}
            value={values.endDate ?? ''}
            onChange={(event) => set('endDate', event.currentTarget.value || null)}
            error={errors.endDate}
            data-testid="experiment-form-end"
          />
        </SimpleGrid>
        <Textarea
          label={t('tests.result')}
          value={values.result}
          onChange={(event) => set('result', event.currentTarget.value)}
          autosize
          minRows={1}
        />
        <Textarea
          label={t('tests.learning')}
          value={values.learning}
          onChange={(event) => set('learning', event.currentTarget.value)}
          autosize
          minRows={1}
        />
        <FormActions
          onCancel={onClose}
          submitLabel={experiment ? tApp('common.save') : tApp('common.create')}
          submitTestId="experiment-form-submit"
        />
      </Stack>
    </form>
  )
}
