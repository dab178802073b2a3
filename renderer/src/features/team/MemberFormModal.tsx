/**
 * Create, edit or remove a team member. Validates with the schema the repository enforces;
 * each problem shows on its field and nothing is written until all are fixed.
 */
import { useState } from 'react'
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { TEAM_ROLES, teamMemberInputSchema, type TeamMember, type TeamMemberInput } from '@shared/schemas'
import { teamMembersRepository } from '../../../db/repositories'
import { ValidationError } from '../../../db/errors'
import { fieldErrors, validate, type FieldErrors } from '../../lib/field-errors'
import { useLanguage } from '../../lib/useLanguage'
import { formatDecimalForInput, parseDecimal } from '../../lib/decimal-input'

type Values = Omit<TeamMemberInput, 'weeklyCapacityHours'> & { weeklyCapacityHours: string }

/** The member dialog: `member` null creates, a member edits. */
export function MemberFormModal({
  opened,
  member,
  onClose,
}: {
  opened: boolean
  member: TeamMember | null
  onClose: () => void
}) {
  const { t } = useTranslation('planning')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{t(member ? 'team.form.titleEdit' : 'team.form.titleNew')}</Text>}
    >
      {opened ? <MemberForm key={member?.id ?? 'new'} member={member} onDone={onClose} /> : null}
    </Modal>
  )
}

function MemberForm({ member, onDone }: { member: TeamMember | null; onDone: () => void }) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  const [values, setValues] = useState<Values>(() =>
    member
      ? {
          name: member.name,
          role: member.role,
          email: member.email,
          weeklyCapacityHours: formatDecimalForInput(member.weeklyCapacityHours, language, 1),
          active: member.active,
        }
      : { name: '', role: 'account-manager', email: '', weeklyCapacityHours: '40', active: true },
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
  }
  const messageFor = (field: string) =>
    t(`team.form.errors.${field}`, { defaultValue: t('team.form.errors.generic') })
  const showIssues = (issues: { path: string; message: string }[]) => {
    setErrors(fieldErrors(issues, messageFor))
    setFailure(t('team.form.fixErrors'))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const hours = parseDecimal(values.weeklyCapacityHours, language)
    const checked = validate(teamMemberInputSchema, {
      ...values,
      weeklyCapacityHours: hours.kind === 'number' ? hours.value : Number.NaN,
    })
    if (!checked.ok) return showIssues(checked.issues)
    setSaving(true)
    try {
      const saved = member
        ? await teamMembersRepository.update(member.id, checked.value)
        : await teamMembersRepository.create(checked.value)
      notifications.show({ color: 'teal', message: t('team.form.saved', { name: saved.name }) })
      onDone()
    } catch (error) {
      if (error instanceof ValidationError) showIssues(error.issues)
      else
        setFailure(
          t('team.form.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        )
    } finally {
      setSaving(false)
    }
  }

  const remove = async () => {
    if (!member) return
    await teamMembersRepository.remove(member.id)
    notifications.show({ color: 'gray', message: t('team.form.removed', { name: member.name }) })
    onDone()
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="member-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" p="xs" data-testid="member-form-failure">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label={t('team.form.name')}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
          data-autofocus
          data-testid="member-form-name"
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('team.form.role')}
            data={TEAM_ROLES.map((role) => ({ value: role, label: t(`app:roles.${role}`) }))}
            value={values.role}
            onChange={(value) => value && set('role', value)}
            allowDeselect={false}
            data-testid="member-form-role"
          />
          <TextInput
            label={t('team.form.capacity')}
            value={values.weeklyCapacityHours}
            onChange={(event) => set('weeklyCapacityHours', event.currentTarget.value)}
            error={errors.weeklyCapacityHours}
            inputMode="decimal"
            rightSection={
              <Text size="xs" c="dimmed">
                {t('units.hPerWeek')}
              </Text>
            }
            rightSectionWidth={48}
            data-testid="member-form-capacity"
          />
        </SimpleGrid>
        <TextInput
          type="email"
          label={t('team.form.email')}
          value={values.email}
          onChange={(event) => set('email', event.currentTarget.value)}
          error={errors.email}
          data-testid="member-form-email"
        />
        <Switch
          label={t('team.form.active')}
          description={t('team.form.activeHint')}
          checked={values.active}
          onChange={(event) => set('active', event.currentTarget.checked)}
          data-testid="member-form-active"
        />
        <Group justify="space-between" mt="xs">
          {member ? (
            <Button
              variant="subtle"
              color="red"
              onClick={() => void remove()}
              data-testid="member-form-remove"
            >
              {t('team.form.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              {t('app:common.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="member-form-submit">
              {member ? t('app:common.save') : t('app:common.create')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
