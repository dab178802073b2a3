/**
 * What an import will write, before anything is written: counts, warnings, the months to create
 * or update (with the fields that change), the months that stay as they are, and every rejected
 * row with its reason. Rows whose period spans months (a campaign export for "11 Mar – 9 Apr")
 * can be booked to one month, the start month by default.
 */
import { useMemo } from 'react'
import { Alert, Badge, Button, Group, ScrollArea, Select, Stack, Switch, Table, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportPlan, ImportWarning, ParsedExport, PlannedMonth, RowRejection } from '@shared/imports'
import { formatDate, formatMonth } from '@shared/format'
import { monthRange } from '@shared/results/months'
import type { Client } from '@shared/schemas'
import { useLanguage } from '../../../lib/useLanguage'
import { formatFieldValue, metricKeyOfField, SOURCE_NAMES } from './fields'
import { useImportIssueText } from './useImportIssueText'

/** Rows of the plan shown at most; the rest are counted. */
const SHOWN_MONTHS = 300
const SHOWN_REJECTIONS = 200

const ACTION_COLOR = { create: 'teal', update: 'indigo', unchanged: 'gray' } as const

const VALUE_FIELDS = [
  'spendMinor',
  'impressions',
  'reach',
  'clicks',
  'conversions',
  'conversionValueMinor',
  'leads',
  'followers',
  'engagements',
] as const

/** The preview of an import. */
export function PreviewStep({
  client,
  fileName,
  parsed,
  plan,
  bookToMonth,
  savedMappingUsed,
  writeError,
  onBookTo,
  onMapByHand,
  onCancel,
  onImport,
}: {
  client: Client
  fileName: string
  parsed: ParsedExport
  plan: ImportPlan
  bookToMonth: string | null
  savedMappingUsed: boolean
  writeError: string | null
  onBookTo: (month: string | null) => Promise<void>
  onMapByHand: () => void
  onCancel: () => void
  onImport: () => void
}) {
  const { t } = useTranslation('data')
  const language = useLanguage()
  const issueText = useImportIssueText(client.currency)
  const money = { language, currency: client.currency }

  const rejected: RowRejection[] = useMemo(
    () => [...parsed.rejected, ...plan.rejected].sort((a, b) => a.row - b.row),
    [parsed.rejected, plan.rejected],
  )
  const warnings: ImportWarning[] = useMemo(() => {
    const seen = new Set<string>()
    return [...parsed.warnings, ...plan.warnings].filter((warning) => {
      const key = JSON.stringify(warning)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  }, [parsed.warnings, plan.warnings])

  // Rows covering several months: offer to book them to one month of the span.
  const spans = useMemo(() => {
    const found = [...parsed.rows]
      .map((row) => row.period)
      .filter((period): period is NonNullable<typeof period> => period !== null)
      .filter((period) => period.from.slice(0, 7) !== period.to.slice(0, 7))
    const first = found[0]
    if (!first) return null
    const from = found.reduce((min, period) => (period.from < min ? period.from : min), first.from)
    const to = found.reduce((max, period) => (period.to > max ? period.to : max), first.to)
    return { count: found.length, from, to, months: monthRange(from.slice(0, 7), to.slice(0, 7)) }
  }, [parsed.rows])

  const changing = plan.counts.create + plan.counts.update
  const months = plan.months
  const shown = months.slice(0, SHOWN_MONTHS)

  const describeMonth = (month: PlannedMonth): string => {
    if (month.action === 'update') {
      return month.changes
        .map((change) => {
          const name = change.field.startsWith('custom.')
            ? (client.customKpis.find((kpi) => `custom.${kpi.id}` === change.field)?.name ?? change.field)
            : t(`metrics.${metricKeyOfField(change.field)}`)
          const before = formatFieldValue(change.field, change.before, money)
          const after = formatFieldValue(change.field, change.after, money)
          return `${name} ${before} → ${after}`
        })
        .join(' · ')
    }
    if (month.action === 'unchanged') return t('import.preview.noChange')
    return VALUE_FIELDS.filter((field) => month.input[field] !== null)
      .map(
        (field) =>
          `${t(`metrics.${metricKeyOfField(field)}`)} ${formatFieldValue(field, month.input[field], money)}`,
      )
      .join(' · ')
  }

  return (
    <Stack gap="sm" data-testid="import-preview">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate>
            {fileName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('import.preview.read', {
              source: SOURCE_NAMES[parsed.source] ?? t('import.genericSource'),
              count: parsed.dataRowCount,
            })}
            {savedMappingUsed ? ` · ${t('import.preview.savedMapping')}` : ''}
          </Text>
        </div>
        <Group gap={6} wrap="nowrap" data-testid="import-counts">
          <Badge color="teal" data-testid="count-create">
            {t('import.preview.create', { count: plan.counts.create })}
          </Badge>
          <Badge color="indigo" data-testid="count-update">
            {t('import.preview.update', { count: plan.counts.update })}
          </Badge>
          <Badge color="gray" data-testid="count-unchanged">
            {t('import.preview.unchanged', { count: plan.counts.unchanged })}
          </Badge>
          <Badge color={rejected.length > 0 ? 'red' : 'gray'} data-testid="count-rejected">
            {t('import.preview.rejected', { count: rejected.length })}
          </Badge>
        </Group>
      </Group>

      {spans ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle size={16} />}
          p="xs"
          data-testid="import-spans"
        >
          <Stack gap={6}>
            <Text size="sm">
              {t('import.preview.spans', {
                count: spans.count,
                from: formatDate(spans.from, language),
                to: formatDate(spans.to, language),
              })}
            </Text>
            <Group gap="xs">
              <Switch
                checked={bookToMonth !== null}
                onChange={(event) =>
                  void onBookTo(event.currentTarget.checked ? (spans.months[0] ?? null) : null)
                }
                label={t('import.preview.bookTo')}
                data-testid="import-book-to"
              />
              <Select
                size="xs"
                w={150}
                data={spans.months.map((value) => ({ value, label: formatMonth(value, language) }))}
                value={bookToMonth ?? spans.months[0] ?? null}
                onChange={(value) => value && void onBookTo(value)}
                allowDeselect={false}
                disabled={bookToMonth === null}
                aria-label={t('import.preview.bookTo')}
                data-testid="import-book-month"
              />
            </Group>
          </Stack>
        </Alert>
      ) : null}

      {warnings.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={16} />}
          p="xs"
          data-testid="import-warnings"
        >
          <Stack gap={2}>
            {warnings.map((warning, index) => (
              <Text size="sm" key={index}>
                {issueText(warning)}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}

      {!plan.hasChanges && !(spans && bookToMonth === null && plan.months.length === 0) ? (
        <Alert
          color="gray"
          variant="light"
          icon={<IconInfoCircle size={16} />}
          p="xs"
          data-testid="import-nothing"
        >
          {plan.counts.unchanged > 0 ? t('import.preview.allUnchanged') : t('import.preview.nothingToImport')}
        </Alert>
      ) : null}

      {months.length > 0 ? (
        <ScrollArea.Autosize mah={300} type="auto" offsetScrollbars>
          <Table verticalSpacing={4} fz="sm" stickyHeader data-testid="import-months">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('import.preview.action')}</Table.Th>
                <Table.Th w={100}>{t('grid.month')}</Table.Th>
                <Table.Th w={230}>{t('grid.channel')}</Table.Th>
                <Table.Th>{t('import.preview.values')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((month) => (
                <Table.Tr
                  key={`${month.month}|${month.channel}|${month.campaignName ?? ''}`}
                  data-testid="import-month"
                  data-action={month.action}
                  style={month.action === 'unchanged' ? { color: 'var(--mantine-color-dimmed)' } : undefined}
                >
                  <Table.Td>
                    <Badge size="sm" color={ACTION_COLOR[month.action]} variant="light">
                      {t(`import.actions.${month.action}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td className="tabular">{formatMonth(month.month, language)}</Table.Td>
                  <Table.Td style={{ maxWidth: 230 }}>
                    {month.campaignName ? (
                      <Text size="sm" truncate title={month.campaignName} pl={12} c="dimmed">
                        {month.campaignName}
                      </Text>
                    ) : (
                      <Text size="sm" fw={500}>
                        {t('import.preview.channelTotal', { channel: t(`app:channels.${month.channel}`) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="tabular" style={{ fontSize: 12 }}>
                    {describeMonth(month)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {months.length > SHOWN_MONTHS ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('import.preview.more', { count: months.length - SHOWN_MONTHS })}
            </Text>
          ) : null}
        </ScrollArea.Autosize>
      ) : null}

      {rejected.length > 0 ? (
        <Stack gap={4} data-testid="import-rejected">
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
            {t('import.preview.rejectedTitle', { count: rejected.length })}
          </Text>
          <ScrollArea.Autosize mah={160} type="auto" offsetScrollbars>
            <Stack gap={2}>
              {rejected.slice(0, SHOWN_REJECTIONS).map((issue, index) => (
                <Text
                  size="sm"
                  key={index}
                  data-testid="import-rejection"
                  style={{ wordBreak: 'break-word' }}
                >
                  {issueText(issue)}
                </Text>
              ))}
              {rejected.length > SHOWN_REJECTIONS ? (
                <Text size="xs" c="dimmed">
                  {t('import.preview.moreRejected', { count: rejected.length - SHOWN_REJECTIONS })}
                </Text>
              ) : null}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}

      {writeError ? (
        <Alert color="red" variant="light" p="xs" data-testid="import-write-error">
          {writeError}
        </Alert>
      ) : null}

      <Group justify="space-between" mt="xs">
        <Button variant="subtle" color="gray" onClick={onMapByHand} data-testid="import-map-by-hand">
          {t('import.mapByHand')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('app:common.cancel')}
          </Button>
          <Button onClick={onImport} disabled={!plan.hasChanges} data-testid="import-write" data-autofocus>
            {changing > 0 ? t('import.write', { count: changing }) : t('import.writeNothing')}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}
