/**
 * Create or edit a client's budget for one month. Money is typed as decimals in the client's
 * locale and stored as integer minor units in the client's currency; every problem is shown on
 * its field and nothing is written until all are fixed (the repository enforces the same rules).
 */
import { useState } from 'react'
import { Alert, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { formatMonth } from '@shared/format'
import { monthSchema, type BudgetMonth, type BudgetMonthInput, type Client } from '@shared/schemas'
import { budgetMonthsRepository } from '../../../db/repositories'
import { budgetMonthRulesSchema } from '../../../db/repositories/budget-months'
import { ValidationError } from '../../../db/errors'
import { validate } from '../../lib/field-errors'
import { useLanguage } from '../../lib/useLanguage'
import {
  formatDecimalForInput,
  formatMinorForInput,
  parseDecimal,
  toMinorUnits,
} from '../../lib/decimal-input'
import { FormActions } from '../../components/FormActions'

type Field = 'month' | 'mediaPlanned' | 'mediaSpent' | 'workHoursPlanned' | 'workHoursUsed' | 'workFee'
type Values = Record<Field, string>
type Errors = Partial<Record<Field, string>>

const TEST_IDS: Record<Field, string> = {
  month: 'budget-form-month',
  mediaPlanned: 'budget-form-media-planned',
  mediaSpent: 'budget-form-media-spent',
  workHoursPlanned: 'budget-form-hours-planned',
  workHoursUsed: 'budget-form-hours-used',
  workFee: 'budget-form-fee',
}

function initialValues(client: Client, month: string, budget: BudgetMonth | undefined): Values {
  const money = (amountMinor: number) => formatMinorForInput(amountMinor, client.currency, client.language)
  if (!budget)
    return { month, mediaPlanned: '', mediaSpent: '', workHoursPlanned: '', workHoursUsed: '', workFee: '' }
  return {
    month: budget.month,
    mediaPlanned: money(budget.mediaPlanned.amountMinor),
    mediaSpent: money(budget.mediaSpent.amountMinor),
    workHoursPlanned: formatDecimalForInput(budget.workHoursPlanned, client.language),
    workHoursUsed: formatDecimalForInput(budget.workHoursUsed, client.language),
    workFee: budget.workFee ? money(budget.workFee.amountMinor) : '',
  }
}

/** The budget-month dialog. `month` is the month it opens on; its stored budget is edited if any. */
export function BudgetMonthForm({
  client,
  month,
  budget,
  opened,
  onClose,
}: {
  client: Client
  month: string
  budget: BudgetMonth | undefined
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        <Text fw={600}>
          {t(budget ? 'budgets.form.titleEdit' : 'budgets.form.titleNew', {
            month: formatMonth(month, language),
          })}
        </Text>
      }
    >
      {opened ? (
        <BudgetForm
          key={`${month}-${budget?.id ?? 'new'}`}
          client={client}
          month={month}
          budget={budget}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  )
}

function BudgetForm({
  client,
  month,
  budget,
  onDone,
}: {
  client: Client
  month: string
  budget: BudgetMonth | undefined
  onDone: () => void
}) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  const [values, setValues] = useState<Values>(() => initialValues(client, month, budget))
  const [errors, setErrors] = useState<Errors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const currency = client.currency

  const set = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors(({ [field]: _removed, ...rest }) => rest)
  }

  /** Reads the typed values; returns the budget, or the message of each bad field. */
  const read = (): { ok: true; value: BudgetMonthInput } | { ok: false; errors: Errors } => {
    const found: Errors = {}
    const amount = (field: Field, optional = false): number | null => {
      const parsed = parseDecimal(values[field], client.language)
      if (parsed.kind === 'empty') {
        if (!optional) found[field] = t('budgets.errors.required')
        return null
      }
      if (parsed.kind === 'invalid') found[field] = t('budgets.errors.number')
      else if (parsed.value < 0) found[field] = t('budgets.errors.negative')
      else return parsed.value
      return null
    }
    if (!monthSchema.safeParse(values.month).success) found.month = t('budgets.errors.month')
    const mediaPlanned = amount('mediaPlanned')
    const mediaSpent = amount('mediaSpent')
    const hoursPlanned = amount('workHoursPlanned')
    const hoursUsed = amount('workHoursUsed')
    const fee = amount('workFee', true)
    if (Object.keys(found).length > 0) return { ok: false, errors: found }
    const money = (value: number | null) => ({ amountMinor: toMinorUnits(value ?? 0, currency), currency })
    const input: BudgetMonthInput = {
      clientId: client.id,
      month: values.month,
      mediaPlanned: money(mediaPlanned),
      mediaSpent: money(mediaSpent),
      workHoursPlanned: hoursPlanned ?? 0,
      workHoursUsed: hoursUsed ?? 0,
      workFee: fee === null ? null : money(fee),
    }
    const checked = validate(budgetMonthRulesSchema, input)
    if (checked.ok) return { ok: true, value: checked.value }
    return { ok: false, errors: issuesToErrors(checked.issues) }
  }

  const issuesToErrors = (issues: { path: string }[]): Errors => {
    const found: Errors = {}
    for (const issue of issues) {
      const field = (issue.path.split('.')[0] ?? '') as Field
      if (field in TEST_IDS && !found[field]) found[field] = t('budgets.errors.invalid')
    }
    return found
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const result = read()
    if (!result.ok) {
      setErrors(result.errors)
      setFailure(t('budgets.form.fixErrors'))
      return
    }
    setSaving(true)
    try {
      const saved = await budgetMonthsRepository.upsert(result.value)
      notifications.show({
        color: 'teal',
        message: t('budgets.form.saved', { month: formatMonth(saved.month, language) }),
      })
      onDone()
    } catch (error) {
      if (error instanceof ValidationError) {
        setErrors(issuesToErrors(error.issues))
        setFailure(t('budgets.form.fixErrors'))
      } else
        setFailure(
          t('budgets.form.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        )
    } finally {
      setSaving(false)
    }
  }

  const input = (field: Field, label: string, unit: string, extra: { description?: string } = {}) => (
    <TextInput
      label={label}
      value={values[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={errors[field]}
      inputMode="decimal"
      rightSection={
        <Text size="xs" c="dimmed">
          {unit}
        </Text>
      }
      rightSectionWidth={44}
      data-testid={TEST_IDS[field]}
      {...extra}
    />
  )

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="budget-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" p="xs" data-testid="budget-form-failure">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          type="month"
          label={t('budgets.form.month')}
          value={values.month}
          onChange={(event) => set('month', event.currentTarget.value)}
          error={errors.month}
          disabled={budget !== undefined}
          data-testid={TEST_IDS.month}
          w={200}
        />
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" mt={4}>
          {t('budgets.media')}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          {input('mediaPlanned', t('budgets.form.mediaPlanned'), currency)}
          {input('mediaSpent', t('budgets.form.mediaSpent'), currency)}
        </SimpleGrid>
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" mt={4}>
          {t('budgets.work')}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          {input('workHoursPlanned', t('budgets.form.hoursPlanned'), t('units.h'))}
          {input('workHoursUsed', t('budgets.form.hoursUsed'), t('units.h'))}
          {input('workFee', t('budgets.form.fee'), currency, { description: t('budgets.form.feeHint') })}
        </SimpleGrid>
        <FormActions
          onCancel={onDone}
          submitLabel={t('app:common.save')}
          saving={saving}
          submitTestId="budget-form-submit"
        />
      </Stack>
    </form>
  )
}
