/**
 * Who is booked on a client and for how many hours a week (the capacity view sums these).
 * Edited as a small list and saved through the clients repository in one write; a bad row
 * (no person, the same person twice, hours outside 0–80) is marked and nothing is written.
 */
import { useState } from 'react'
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE } from '@shared/format'
import type { Client, TeamAllocation } from '@shared/schemas'
import { clientsRepository, teamMembersRepository } from '../../../db/repositories'
import { EmptyLine, Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { formatDecimalForInput, parseDecimal } from '../../lib/decimal-input'

type Row = { key: string; memberId: string | null; hours: string }
type RowErrors = { member?: string; hours?: string }

let nextKey = 0
const newKey = () => `row-${nextKey++}`

/** The allocation list of one client. */
export function AllocationsEditor({ client }: { client: Client }) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  const team = useLiveQuery(
    () => teamMembersRepository.listSorted({ locale: INTL_LOCALE[language] }),
    [language],
  )
  // null while not editing: the list then follows the stored allocations (edited elsewhere too).
  const [draft, setDraft] = useState<Row[] | null>(null)
  const [errors, setErrors] = useState<Record<string, RowErrors>>({})
  const [saving, setSaving] = useState(false)
  const stored: Row[] = client.teamAllocations.map((a, index) => ({
    key: `stored-${index}`,
    memberId: a.memberId,
    hours: formatDecimalForInput(a.hoursPerWeek, language, 1),
  }))
  const rows = draft ?? stored
  const dirty = draft !== null
  const edit = (next: (current: Row[]) => Row[]) => setDraft((current) => next(current ?? stored))

  const change = (key: string, patch: Partial<Row>) => {
    edit((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)))
    setErrors(({ [key]: _removed, ...rest }) => rest)
  }

  const save = async () => {
    const found: Record<string, RowErrors> = {}
    const seen = new Set<string>()
    const allocations: TeamAllocation[] = []
    for (const row of rows) {
      const rowErrors: RowErrors = {}
      if (!row.memberId) rowErrors.member = t('team.errors.member')
      else if (seen.has(row.memberId)) rowErrors.member = t('team.errors.duplicate')
      const hours = parseDecimal(row.hours, language)
      if (hours.kind !== 'number') rowErrors.hours = t('team.errors.hours')
      else if (hours.value < 0) rowErrors.hours = t('team.errors.negative')
      else if (hours.value > 80) rowErrors.hours = t('team.errors.max80')
      if (rowErrors.member || rowErrors.hours) found[row.key] = rowErrors
      else if (row.memberId && hours.kind === 'number')
        allocations.push({ memberId: row.memberId, hoursPerWeek: hours.value })
      if (row.memberId) seen.add(row.memberId)
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setSaving(true)
    try {
      await clientsRepository.update(client.id, { teamAllocations: allocations })
      setDraft(null)
      notifications.show({ color: 'teal', message: t('team.allocations.saved', { name: client.name }) })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('team.allocations.saveFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      })
    } finally {
      setSaving(false)
    }
  }

  const options = (team ?? []).map((member) => ({
    value: member.id,
    label: member.active ? member.name : `${member.name} (${t('team.inactive')})`,
  }))
  const total = rows.reduce((sum, row) => {
    const hours = parseDecimal(row.hours, language)
    return hours.kind === 'number' && hours.value > 0 ? sum + hours.value : sum
  }, 0)

  return (
    <Section
      title={t('team.allocations.title')}
      right={
        <Text size="xs" c="dimmed" className="tabular">
          {t('team.allocations.total', { hours: formatDecimalForInput(total, language, 1) })}
        </Text>
      }
      testId="allocations-editor"
    >
      <Stack gap={6}>
        {rows.length === 0 ? <EmptyLine>{t('team.allocations.empty')}</EmptyLine> : null}
        {rows.map((row) => (
          <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="allocation-row">
            <Select
              data={options}
              value={row.memberId}
              onChange={(value) => change(row.key, { memberId: value })}
              placeholder={t('team.allocations.pickMember')}
              searchable
              error={errors[row.key]?.member}
              aria-label={t('team.allocations.member')}
              style={{ flex: 1 }}
              data-testid="allocation-member"
            />
            <TextInput
              value={row.hours}
              onChange={(event) => change(row.key, { hours: event.currentTarget.value })}
              error={errors[row.key]?.hours}
              inputMode="decimal"
              w={130}
              rightSection={
                <Text size="xs" c="dimmed">
                  {t('units.hPerWeek')}
                </Text>
              }
              rightSectionWidth={48}
              aria-label={t('team.allocations.hours')}
              data-testid="allocation-hours"
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size={36}
              onClick={() => edit((current) => current.filter((r) => r.key !== row.key))}
              aria-label={t('team.allocations.remove')}
              data-testid="allocation-remove"
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between" mt={4}>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => edit((current) => [...current, { key: newKey(), memberId: null, hours: '' }])}
            data-testid="allocation-add"
          >
            {t('team.allocations.add')}
          </Button>
          <Group gap="xs">
            {dirty ? (
              <Button
                variant="default"
                size="compact-sm"
                onClick={() => {
                  setErrors({})
                  setDraft(null)
                }}
              >
                {t('app:common.cancel')}
              </Button>
            ) : null}
            <Button
              size="compact-sm"
              onClick={() => void save()}
              loading={saving}
              disabled={!dirty}
              data-testid="allocation-save"
            >
              {t('app:common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Section>
  )
}
