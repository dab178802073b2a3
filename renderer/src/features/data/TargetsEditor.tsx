/**
 * A compact editor of the client's targets per KPI and period (month, quarter, year): one line
 * to set a target, and the targets below, newest period first. Setting a target that exists
 * replaces its value; clicking a target loads it into the line to change it.
 */
import { useMemo, useState } from 'react'
import {
  ActionIcon,
  Box,
  Button,
  Group,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import {
  decimalSeparatorOf,
  formatCellValue,
  formatForEditing,
  nextPeriod,
  parseTargetText,
  periodChoices,
  targetKpis,
  type TargetKpi,
} from '@shared/data-entry'
import { formatMonth } from '@shared/format'
import type { Client, Language, PeriodKind, Target } from '@shared/schemas'
import { targetsRepository } from '../../../db/repositories'
import { EmptyLine } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { useCellErrorText } from './useCellErrorText'

/** A period key as people read it: "Oct 2026", "Q3 2026", "2026". */
export function formatPeriod(period: string, language: Language): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter) return `Q${quarter[2] ?? ''} ${quarter[1] ?? ''}`
  if (/^\d{4}-\d{2}$/.test(period)) return formatMonth(period, language)
  return period
}

/** The targets of one client. */
export function TargetsEditor({ client }: { client: Client }) {
  const { t } = useTranslation('data')
  const language = useLanguage()
  const errorText = useCellErrorText()
  const targets = useLiveQuery(() => targetsRepository.listForClient(client.id), [client.id])
  const kpis = useMemo(() => targetKpis(client.customKpis), [client.customKpis])
  const month = todayIso().slice(0, 7)
  // Start on the KPI the client is steered by: the one its latest target names.
  const [kpiKey, setKpiKey] = useState<string | null>(null)
  const [kind, setKind] = useState<PeriodKind>('month')
  const [period, setPeriod] = useState(nextPeriod('month', month))
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const latest = [...(targets ?? [])].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]
  const chosenKey = kpiKey ?? latest?.kpi ?? 'conversions'
  const kpi = kpis.find((candidate) => candidate.key === chosenKey)

  const kpiName = (target: TargetKpi | undefined, key: string) =>
    target
      ? target.source === 'custom'
        ? (target.label ?? key)
        : t(`metrics.${target.key}`)
      : t('targets.removedKpi')
  const unitOf = (target: TargetKpi | undefined) =>
    !target
      ? ''
      : target.kind === 'money'
        ? client.currency
        : target.kind === 'percent'
          ? '%'
          : target.kind === 'ratio'
            ? '×'
            : (target.unit ?? '')

  const changeKind = (next: PeriodKind) => {
    setKind(next)
    setPeriod(nextPeriod(next, month))
  }

  const save = async () => {
    if (!kpi) return
    const parsed = parseTargetText(value, kpi, {
      decimal: decimalSeparatorOf(language),
      currency: client.currency,
    })
    if (!parsed.ok) {
      setError(errorText(parsed.error, value))
      return
    }
    if (parsed.value === null) {
      setError(t('targets.valueRequired'))
      return
    }
    const typed = value
    // Cleared at once, so the next target's value can be typed while this one is written.
    setValue('')
    setError(null)
    setSaving(true)
    try {
      await targetsRepository.upsert({
        clientId: client.id,
        kpi: kpi.key,
        periodKind: kind,
        period,
        value: parsed.value,
      })
    } catch (caught) {
      // Not written: the value comes back (unless the next one is being typed).
      setValue((typing) => (typing === '' ? typed : typing))
      notifications.show({
        color: 'red',
        message: t('targets.saveFailed', {
          message: caught instanceof Error ? caught.message : String(caught),
        }),
      })
    } finally {
      setSaving(false)
    }
  }

  const load = (target: Target) => {
    const found = kpis.find((candidate) => candidate.key === target.kpi)
    if (!found) return
    setKpiKey(target.kpi)
    setKind(target.periodKind)
    setPeriod(target.period)
    const shown = found.kind === 'percent' ? target.value * 100 : target.value
    setValue(
      formatForEditing(shown, found.kind === 'money' ? 'money' : 'number', {
        language,
        currency: client.currency,
      }),
    )
    setError(null)
  }

  const order = new Map(kpis.map((candidate, index) => [candidate.key, index]))
  const sorted = [...(targets ?? [])].sort(
    (a, b) =>
      (a.period < b.period ? 1 : a.period > b.period ? -1 : 0) ||
      (order.get(a.kpi) ?? 99) - (order.get(b.kpi) ?? 99),
  )
  const group = (source: TargetKpi['source']) =>
    kpis
      .filter((candidate) => candidate.source === source)
      .map((candidate) => ({ value: candidate.key, label: kpiName(candidate, candidate.key) }))

  return (
    <Box px="lg" py="md" maw={860} data-testid="targets-editor">
      <Text size="sm" c="dimmed" mb="sm">
        {t('targets.intro')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <Group gap="xs" align="flex-start" wrap="nowrap" mb="md">
          <Select
            data={[
              { group: t('targets.groups.standard'), items: group('standard') },
              { group: t('targets.groups.derived'), items: group('derived') },
              ...(client.customKpis.length > 0
                ? [{ group: t('targets.groups.custom'), items: group('custom') }]
                : []),
            ]}
            value={chosenKey}
            onChange={(next) => next && setKpiKey(next)}
            allowDeselect={false}
            searchable
            w={200}
            aria-label={t('targets.kpi')}
            data-testid="target-kpi"
          />
          <SegmentedControl
            value={kind}
            onChange={(next) => changeKind(next)}
            data={(['month', 'quarter', 'year'] as const).map((option) => ({
              value: option,
              label: t(`targets.kinds.${option}`),
            }))}
            data-testid="target-kind"
          />
          <Select
            data={periodChoices(kind, month).map((option) => ({
              value: option,
              label: formatPeriod(option, language),
            }))}
            value={period}
            onChange={(next) => next && setPeriod(next)}
            allowDeselect={false}
            w={130}
            aria-label={t('targets.period')}
            data-testid="target-period"
          />
          <TextInput
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value)
              setError(null)
            }}
            error={error}
            inputMode="decimal"
            w={160}
            placeholder={t('targets.value')}
            aria-label={t('targets.value')}
            rightSection={
              <Text size="xs" c="dimmed">
                {unitOf(kpi)}
              </Text>
            }
            rightSectionWidth={44}
            styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
            data-testid="target-value"
          />
          <Button type="submit" loading={saving} data-testid="target-save">
            {t('targets.set')}
          </Button>
        </Group>
      </form>
      {targets === undefined ? null : sorted.length === 0 ? (
        <EmptyLine>{t('targets.empty')}</EmptyLine>
      ) : (
        <Table highlightOnHover verticalSpacing={4} data-testid="targets-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>{t('targets.period')}</Table.Th>
              <Table.Th>{t('targets.kpi')}</Table.Th>
              <Table.Th ta="right" w={180}>
                {t('targets.value')}
              </Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((target) => {
              const found = kpis.find((candidate) => candidate.key === target.kpi)
              const unit = unitOf(found)
              return (
                <Table.Tr
                  key={target.id}
                  className="clickable-row"
                  onClick={() => load(target)}
                  data-testid="target-row"
                >
                  <Table.Td className="tabular">{formatPeriod(target.period, language)}</Table.Td>
                  <Table.Td>{kpiName(found, target.kpi)}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {formatCellValue(target.value, found?.kind ?? 'number', {
                      language,
                      currency: client.currency,
                    })}
                    {unit && found?.kind !== 'percent' && found?.kind !== 'ratio' ? (
                      <Text span c="dimmed" size="xs" ml={4}>
                        {unit}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size={26}
                      onClick={(event) => {
                        event.stopPropagation()
                        void targetsRepository.remove(target.id)
                      }}
                      aria-label={t('targets.remove')}
                      data-testid="target-remove"
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Box>
  )
}
