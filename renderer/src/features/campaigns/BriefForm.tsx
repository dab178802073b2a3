/**
 * A campaign's brief: goal, business logic, audience, KPIs with targets, budget, deadline,
 * deliverables, channels, materials and the open questions, each open or answered. The status
 * goes draft → clarifying → approved; approval is the repository's to grant (canApproveBrief),
 * and the readiness line says what still blocks it, so the PM never has to guess.
 */
import { useState } from 'react'
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { IconCheck, IconPlus, IconTrash } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { v4 as uuid } from 'uuid'
import { briefReadiness } from '@shared/brief-gate'
import { formatInstant } from '@shared/format'
import { CHANNELS, briefInputSchema, type Brief, type BriefInput, type BriefStatus } from '@shared/schemas'
import { briefsRepository } from '../../../db/repositories'
import { BriefApprovalError } from '../../../db/repositories/briefs'
import { ValidationError } from '../../../db/errors'
import { nowIso } from '../../../db/clock'
import { fieldErrors, validate, type FieldErrors } from '../../lib/field-errors'
import { useLanguage } from '../../lib/useLanguage'
import { BriefStatusBadge } from './BriefStatusBadge'
import { fromMajor, toMajor } from '../../lib/decimal-input'

type Draft = Omit<BriefInput, 'budget'> & { budget: number | string }

function toDraft(brief: Brief): Draft {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = brief
  return { ...input, budget: toMajor(brief.budget) }
}

/** The brief form of one campaign; `currency` is the client's. */
export function BriefForm({ brief, currency }: { brief: Brief; currency: string }) {
  const { t } = useTranslation('campaigns')
  const { t: tApp } = useTranslation()
  const language = useLanguage()
  const [values, setValues] = useState<Draft>(() => toDraft(brief))
  const [dirty, setDirty] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Follow the stored brief (a save, an approval) unless the PM is typing.
  const [shown, setShown] = useState(brief)
  if (shown !== brief && !dirty) {
    setShown(brief)
    setValues(toDraft(brief))
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
    setDirty(true)
  }

  const candidate = (): BriefInput => {
    const budget = fromMajor(values.budget, currency)
    return { ...values, budget, deliverables: values.deliverables, materials: values.materials }
  }
  const readiness = briefReadiness(candidate())

  const messageFor = (field: string) =>
    t(`brief.errors.${field}`, { defaultValue: t('brief.errors.generic') })
  const check = (): BriefInput | null => {
    const input = candidate()
    const checked = validate(briefInputSchema, input)
    const issues = checked.ok ? [] : checked.issues
    if (input.budget && input.budget.amountMinor < 0) issues.push({ path: 'budget', message: 'negative' })
    if (issues.length) {
      setErrors(fieldErrors(issues, messageFor))
      setFailure(t('brief.fixErrors'))
      return null
    }
    return checked.ok ? checked.value : null
  }

  const save = async (status?: BriefStatus): Promise<Brief | null> => {
    const input = check()
    if (!input) return null
    setBusy(true)
    try {
      const { status: _status, approvedAt: _approvedAt, ...content } = input
      const saved = await briefsRepository.update(brief.id, status ? { ...content, status } : content)
      setDirty(false)
      setFailure(null)
      return saved
    } catch (error) {
      if (error instanceof ValidationError) setErrors(fieldErrors(error.issues, messageFor))
      setFailure(t('brief.saveFailed', { message: error instanceof Error ? error.message : String(error) }))
      return null
    } finally {
      setBusy(false)
    }
  }

  const onSave = async (status?: BriefStatus) => {
    if (await save(status)) notifications.show({ color: 'teal', message: t('brief.saved') })
  }

  const approve = async () => {
    const saved = await save()
    if (!saved) return
    setBusy(true)
    try {
      await briefsRepository.approve(saved.id)
      notifications.show({ color: 'teal', message: t('brief.approved') })
    } catch (error) {
      if (error instanceof BriefApprovalError) setFailure(t('brief.notApproved'))
      else
        setFailure(t('brief.saveFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  const setQuestion = (id: string, patch: { question?: string; answer?: string }) => {
    set(
      'openQuestions',
      values.openQuestions.map((q) => {
        if (q.id !== id) return q
        const answer =
          patch.answer === undefined ? q.answer : patch.answer.trim() === '' ? null : patch.answer
        return {
          ...q,
          ...(patch.question === undefined ? {} : { question: patch.question }),
          answer,
          answeredAt: answer === null ? null : (q.answeredAt ?? nowIso()),
        }
      }),
    )
  }

  const channelOptions = CHANNELS.map((channel) => ({ value: channel, label: tApp(`channels.${channel}`) }))
  const missingText = readiness.missing.map((field) => t(`brief.fields.${field}`)).join(', ')

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void onSave()
      }}
      data-testid="brief-form"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <BriefStatusBadge status={brief.status} size="sm" />
            {brief.status === 'approved' && brief.approvedAt ? (
              <Text size="xs" c="dimmed">
                {t('brief.approvedOn', { date: formatInstant(brief.approvedAt, language) })}
              </Text>
            ) : null}
          </Group>
          <Text
            size="xs"
            c={readiness.clear ? 'teal.7' : 'orange.7'}
            data-testid="brief-readiness"
            style={{ textAlign: 'right' }}
          >
            {readiness.clear
              ? t('brief.ready')
              : [
                  readiness.missing.length ? t('brief.missing', { list: missingText }) : '',
                  readiness.openQuestions ? t('brief.openCount', { count: readiness.openQuestions }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
          </Text>
        </Group>
        {failure ? (
          <Alert color="red" variant="light" p="xs" data-testid="brief-failure">
            {failure}
          </Alert>
        ) : null}
        <Textarea
          label={t('brief.goal')}
          value={values.goal}
          onChange={(event) => set('goal', event.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="brief-goal"
        />
        <Textarea
          label={t('brief.businessLogic')}
          description={t('brief.businessLogicHint')}
          value={values.businessLogic}
          onChange={(event) => set('businessLogic', event.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="brief-business-logic"
        />
        <Textarea
          label={t('brief.audience')}
          value={values.audience}
          onChange={(event) => set('audience', event.currentTarget.value)}
          autosize
          minRows={1}
          data-testid="brief-audience"
        />
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('brief.kpis')}
            </Text>
            <Button
              variant="subtle"
              size="compact-xs"
              leftSection={<IconPlus size={12} />}
              onClick={() => set('kpis', [...values.kpis, { id: uuid(), name: '', target: null, unit: '' }])}
              data-testid="brief-add-kpi"
            >
              {t('brief.addKpi')}
            </Button>
          </Group>
          {values.kpis.map((kpi) => (
            <Group key={kpi.id} gap="xs" wrap="nowrap" data-testid="brief-kpi">
              <TextInput
                aria-label={t('brief.kpiName')}
                placeholder={t('brief.kpiName')}
                value={kpi.name}
                onChange={(event) => {
                  const name = event.currentTarget.value
                  set(
                    'kpis',
                    values.kpis.map((k) => (k.id === kpi.id ? { ...k, name } : k)),
                  )
                }}
                error={errors.kpis && kpi.name.trim() === '' ? true : undefined}
                style={{ flex: 1 }}
                data-testid="brief-kpi-name"
              />
              <NumberInput
                aria-label={t('brief.kpiTarget')}
                placeholder={t('brief.kpiTarget')}
                value={kpi.target ?? ''}
                onChange={(value) => {
                  const target = typeof value === 'number' ? value : null
                  set(
                    'kpis',
                    values.kpis.map((k) => (k.id === kpi.id ? { ...k, target } : k)),
                  )
                }}
                hideControls
                w={110}
                data-testid="brief-kpi-target"
              />
              <TextInput
                aria-label={t('brief.kpiUnit')}
                placeholder={t('brief.kpiUnit')}
                value={kpi.unit}
                onChange={(event) => {
                  const unit = event.currentTarget.value
                  set(
                    'kpis',
                    values.kpis.map((k) => (k.id === kpi.id ? { ...k, unit } : k)),
                  )
                }}
                w={80}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('brief.removeKpi')}
                onClick={() =>
                  set(
                    'kpis',
                    values.kpis.filter((k) => k.id !== kpi.id),
                  )
                }
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
          {errors.kpis ? (
            <Text size="xs" c="red">
              {errors.kpis}
            </Text>
          ) : null}
        </Stack>
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput
            label={t('brief.budget', { currency })}
            value={values.budget}
            onChange={(value) => set('budget', value)}
            error={errors.budget}
            decimalScale={2}
            thousandSeparator=" "
            hideControls
            data-testid="brief-budget"
          />
          <TextInput
            type="date"
            label={t('brief.deadline')}
            value={values.deadline ?? ''}
            onChange={(event) => set('deadline', event.currentTarget.value || null)}
            error={errors.deadline}
            data-testid="brief-deadline"
          />
        </SimpleGrid>
        <TagsInput
          label={t('brief.deliverables')}
          placeholder={t('brief.tagsHint')}
          value={values.deliverables}
          onChange={(value) => set('deliverables', value)}
          data-testid="brief-deliverables"
        />
        <MultiSelect
          label={t('brief.channels')}
          data={channelOptions}
          value={values.channels}
          onChange={(value) => set('channels', value)}
          data-testid="brief-channels"
        />
        <TagsInput
          label={t('brief.materials')}
          placeholder={t('brief.tagsHint')}
          value={values.materials}
          onChange={(value) => set('materials', value)}
          data-testid="brief-materials"
        />
        <Divider />
        <Stack gap={6}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('brief.questions')}
            </Text>
            <Button
              variant="subtle"
              size="compact-xs"
              leftSection={<IconPlus size={12} />}
              onClick={() =>
                set('openQuestions', [
                  ...values.openQuestions,
                  { id: uuid(), question: '', answer: null, answeredAt: null },
                ])
              }
              data-testid="brief-add-question"
            >
              {t('brief.addQuestion')}
            </Button>
          </Group>
          {values.openQuestions.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('brief.noQuestions')}
            </Text>
          ) : null}
          {values.openQuestions.map((q) => (
            <Stack
              key={q.id}
              gap={4}
              p="xs"
              data-testid="brief-question-row"
              data-answered={q.answer !== null}
              style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 6 }}
            >
              <Group gap="xs" wrap="nowrap">
                <Badge
                  size="xs"
                  variant="light"
                  color={q.answer === null ? 'orange' : 'teal'}
                  leftSection={q.answer === null ? undefined : <IconCheck size={10} />}
                  style={{ flexShrink: 0 }}
                >
                  {q.answer === null ? t('brief.open') : t('brief.answered')}
                </Badge>
                <TextInput
                  aria-label={t('brief.question')}
                  placeholder={t('brief.question')}
                  value={q.question}
                  onChange={(event) => setQuestion(q.id, { question: event.currentTarget.value })}
                  error={errors.openQuestions && q.question.trim() === '' ? true : undefined}
                  variant="unstyled"
                  fw={500}
                  style={{ flex: 1 }}
                  data-testid="brief-question"
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('brief.removeQuestion')}
                  onClick={() =>
                    set(
                      'openQuestions',
                      values.openQuestions.filter((x) => x.id !== q.id),
                    )
                  }
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
              <Textarea
                aria-label={t('brief.answer')}
                placeholder={t('brief.answerPlaceholder')}
                value={q.answer ?? ''}
                onChange={(event) => setQuestion(q.id, { answer: event.currentTarget.value })}
                autosize
                minRows={1}
                size="xs"
                data-testid="brief-answer"
              />
            </Stack>
          ))}
          {errors.openQuestions ? (
            <Text size="xs" c="red">
              {errors.openQuestions}
            </Text>
          ) : null}
        </Stack>
        <Group justify="flex-end" gap="xs" mt="xs">
          {brief.status === 'draft' ? (
            <Button
              variant="default"
              onClick={() => void onSave('clarifying')}
              disabled={busy}
              data-testid="brief-clarify"
            >
              {t('brief.clarify')}
            </Button>
          ) : null}
          <Button type="submit" variant="default" loading={busy} data-testid="brief-save">
            {t('brief.save')}
          </Button>
          {brief.status !== 'approved' || dirty ? (
            <Button
              color="teal"
              leftSection={<IconCheck size={14} />}
              onClick={() => void approve()}
              disabled={busy || !readiness.clear}
              data-testid="brief-approve"
            >
              {t('brief.approve')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  )
}
