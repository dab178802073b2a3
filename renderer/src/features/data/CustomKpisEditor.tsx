/**
 * The client's own KPIs beyond the standard metrics: name, unit, whether more is better, and how
 * months combine into a quarter or year (sum, average, or the last month's level). Edited as a
 * small list and saved in one write; a row without a name or with a name used twice is marked
 * and nothing is written until it is fixed.
 */
import { useState } from 'react'
import { ActionIcon, Box, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { v4 as uuid } from 'uuid'
import type { Client, CustomKpi } from '@shared/schemas'
import { clientsRepository } from '../../../db/repositories'
import { EmptyLine } from '../../components/Section'

type Row = CustomKpi

/** The custom KPI list of one client. */
export function CustomKpisEditor({ client }: { client: Client }) {
  const { t } = useTranslation('data')
  const stored: Row[] = client.customKpis
  const [draft, setDraft] = useState<Row[] | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const rows = draft ?? stored
  const dirty = draft !== null

  const change = (id: string, patch: Partial<CustomKpi>) => {
    setDraft((current) => (current ?? stored).map((row) => (row.id === id ? { ...row, ...patch } : row)))
    setErrors(({ [id]: _removed, ...rest }) => rest)
  }

  const save = async () => {
    const found: Record<string, string> = {}
    const seen = new Set<string>()
    for (const row of rows) {
      const name = row.name.trim().toLocaleLowerCase()
      if (name === '') found[row.id] = t('kpis.errors.name')
      else if (seen.has(name)) found[row.id] = t('kpis.errors.duplicate')
      seen.add(name)
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setSaving(true)
    try {
      await clientsRepository.saveCustomKpis(
        client.id,
        rows.map((kpi) => ({ ...kpi, name: kpi.name.trim(), unit: kpi.unit.trim() })),
      )
      setDraft(null)
      notifications.show({ color: 'teal', message: t('kpis.saved') })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('kpis.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Box px="lg" py="md" maw={860} data-testid="kpis-editor">
      <Text size="sm" c="dimmed" mb="sm">
        {t('kpis.intro')}
      </Text>
      <Stack gap="xs">
        {rows.length === 0 ? (
          <EmptyLine>{t('kpis.empty')}</EmptyLine>
        ) : (
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpis.name')}</Table.Th>
                <Table.Th w={120}>{t('kpis.unit')}</Table.Th>
                <Table.Th w={170}>{t('kpis.direction')}</Table.Th>
                <Table.Th w={190}>{t('kpis.aggregation')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-testid="kpi-row" style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <TextInput
                      value={row.name}
                      onChange={(event) => change(row.id, { name: event.currentTarget.value })}
                      error={errors[row.id]}
                      aria-label={t('kpis.name')}
                      placeholder={t('kpis.namePlaceholder')}
                      data-testid="kpi-name"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      value={row.unit}
                      onChange={(event) => change(row.id, { unit: event.currentTarget.value })}
                      aria-label={t('kpis.unit')}
                      placeholder={t('kpis.unitPlaceholder')}
                      data-testid="kpi-unit"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      value={row.higherIsBetter ? 'higher' : 'lower'}
                      onChange={(value) => change(row.id, { higherIsBetter: value !== 'lower' })}
                      data={[
                        { value: 'higher', label: t('kpis.higher') },
                        { value: 'lower', label: t('kpis.lower') },
                      ]}
                      allowDeselect={false}
                      aria-label={t('kpis.direction')}
                      data-testid="kpi-direction"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      value={row.aggregation}
                      onChange={(value) => value && change(row.id, { aggregation: value })}
                      data={(['sum', 'average', 'last'] as const).map((value) => ({
                        value,
                        label: t(`kpis.aggregations.${value}`),
                      }))}
                      allowDeselect={false}
                      aria-label={t('kpis.aggregation')}
                      data-testid="kpi-aggregation"
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size={30}
                      onClick={() =>
                        setDraft((current) => (current ?? stored).filter((r) => r.id !== row.id))
                      }
                      aria-label={t('kpis.remove', { name: row.name })}
                      data-testid="kpi-remove"
                    >
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {dirty && rows.length < stored.length ? (
          <Text size="xs" c="dimmed">
            {t('kpis.removeNote')}
          </Text>
        ) : null}
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              setDraft((current) => [
                ...(current ?? stored),
                { id: uuid(), name: '', unit: '', higherIsBetter: true, aggregation: 'sum' },
              ])
            }
            data-testid="kpi-add"
          >
            {t('kpis.add')}
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
              data-testid="kpi-save"
            >
              {t('app:common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Box>
  )
}
