/**
 * "Other CSV": the PM says what each column holds, which channel the rows are, and how dates
 * and numbers are written; a live preview reads the first rows with that mapping, so a wrong
 * choice shows at once. The mapping is saved with the import and offered for the next file.
 */
import { useMemo, useState } from 'react'
import {
  Alert,
  Button,
  Group,
  Input,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { guessRole, leadingLines, mappingFromRoles, rolesFromMapping, type Peek } from '@shared/data-entry'
import { readExport, type ColumnRole, type ImportMapping } from '@shared/imports'
import { trimCell } from '@shared/imports/cells'
import { CHANNELS, STANDARD_METRICS, type Channel, type Client } from '@shared/schemas'
import { formatDate } from '@shared/format'
import { useLanguage } from '../../../lib/useLanguage'
import { formatFieldValue, metricKeyOfField } from './fields'
import { useImportIssueText } from './useImportIssueText'

const PREVIEW_LINES = 40
const FIELD_ORDER = STANDARD_METRICS.map((metric) =>
  metric === 'spend' ? 'spendMinor' : metric === 'conversionValue' ? 'conversionValueMinor' : metric,
)
const fieldOrder = (field: string) => FIELD_ORDER.indexOf(field as (typeof FIELD_ORDER)[number])
const FROM_COLUMN = 'column'

/** A role as a select value. */
function roleValue(role: ColumnRole | null): string {
  if (!role) return ''
  if (role.kind === 'metric') return `metric:${role.metric}`
  if (role.kind === 'custom') return `custom:${role.key}`
  return role.kind
}

function roleOf(value: string | null): ColumnRole | null {
  if (!value) return null
  if (value.startsWith('metric:')) {
    const metric = STANDARD_METRICS.find((candidate) => `metric:${candidate}` === value)
    return metric ? { kind: 'metric', metric } : null
  }
  if (value.startsWith('custom:')) return { kind: 'custom', key: value.slice('custom:'.length) }
  if (
    value === 'campaign' ||
    value === 'date' ||
    value === 'period-start' ||
    value === 'period-end' ||
    value === 'currency' ||
    value === 'channel'
  )
    return { kind: value }
  return null
}

/** The mapping step of the import wizard. */
export function MappingStep({
  client,
  fileName,
  peek,
  initial,
  onBack,
  onContinue,
}: {
  client: Client
  fileName: string
  peek: Extract<Peek, { ok: true }>
  initial: ImportMapping | null
  onBack: () => void
  onContinue: (mapping: ImportMapping) => void
}) {
  const { t } = useTranslation('data')
  const language = useLanguage()
  const issueText = useImportIssueText(client.currency)
  const [headerIndex, setHeaderIndex] = useState(peek.headerIndex)
  const headers = useMemo(() => (peek.records[headerIndex] ?? []).map(trimCell), [peek.records, headerIndex])
  const initialRoles = (list: readonly string[]) => {
    const saved = initial ? rolesFromMapping(list, initial) : null
    return list.map(
      (header, index) => saved?.[index] ?? (initial ? null : guessRole(header, client.customKpis)),
    )
  }
  const [roles, setRoles] = useState<(ColumnRole | null)[]>(() => initialRoles(headers))
  const [channel, setChannel] = useState<Channel | null>(initial?.channel ?? null)
  const [dateOrder, setDateOrder] = useState<ImportMapping['dateOrder']>(initial?.dateOrder ?? 'auto')
  const [decimal, setDecimal] = useState<ImportMapping['decimalSeparator']>(
    initial?.decimalSeparator ?? 'auto',
  )

  const hasChannelColumn = roles.some((role) => role?.kind === 'channel')
  const mapping = useMemo(
    () =>
      mappingFromRoles(headers, roles, {
        channel,
        channelValues: initial?.channelValues ?? {},
        decimalSeparator: decimal,
        dateOrder,
      }),
    [headers, roles, channel, decimal, dateOrder, initial],
  )

  // Read the first rows with the mapping as it stands.
  const preview = useMemo(() => {
    const text = leadingLines(peek.text, headerIndex + PREVIEW_LINES)
    return readExport(new TextEncoder().encode(text), { mapping, defaultCurrency: client.currency })
  }, [peek.text, headerIndex, mapping, client.currency])

  const roleOptions = [
    { group: t('mapping.groups.skip'), items: [{ value: '', label: t('mapping.roles.skip') }] },
    {
      group: t('mapping.groups.row'),
      items: (['date', 'period-start', 'period-end', 'campaign', 'channel', 'currency'] as const).map(
        (kind) => ({
          value: kind,
          label: t(`mapping.roles.${kind}`),
        }),
      ),
    },
    {
      group: t('mapping.groups.metrics'),
      items: STANDARD_METRICS.map((metric) => ({ value: `metric:${metric}`, label: t(`metrics.${metric}`) })),
    },
    ...(client.customKpis.length > 0
      ? [
          {
            group: t('mapping.groups.custom'),
            items: client.customKpis.map((kpi) => ({ value: `custom:${kpi.id}`, label: kpi.name })),
          },
        ]
      : []),
  ]

  const samples = peek.records.slice(headerIndex + 1, headerIndex + 4)
  const ready = preview.ok && preview.export.rows.length > 0

  return (
    <Stack gap="sm" data-testid="import-mapping">
      <Text size="sm">{t('mapping.intro', { file: fileName })}</Text>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        <Select
          label={t('mapping.headerRow')}
          data={peek.records.slice(0, 12).map((record, index) => ({
            value: String(index),
            label: t('mapping.rowLabel', {
              row: index + 1,
              text: record
                .filter((cell) => trimCell(cell) !== '')
                .slice(0, 3)
                .join(', ')
                .slice(0, 40),
            }),
          }))}
          value={String(headerIndex)}
          onChange={(value) => {
            const index = Number(value ?? 0)
            setHeaderIndex(index)
            setRoles(initialRoles((peek.records[index] ?? []).map(trimCell)))
          }}
          allowDeselect={false}
          data-testid="mapping-header-row"
        />
        <Select
          label={t('mapping.channel')}
          data={[
            ...(hasChannelColumn ? [{ value: FROM_COLUMN, label: t('mapping.channelFromColumn') }] : []),
            ...CHANNELS.map((value) => ({ value, label: t(`app:channels.${value}`) })),
          ]}
          value={channel ?? (hasChannelColumn ? FROM_COLUMN : null)}
          onChange={(value) => setChannel(!value || value === FROM_COLUMN ? null : (value as Channel))}
          placeholder={t('mapping.channelPlaceholder')}
          allowDeselect={false}
          data-testid="mapping-channel"
        />
        <Input.Wrapper label={t('mapping.dateOrder')}>
          <SegmentedControl
            fullWidth
            value={dateOrder}
            onChange={(value) => setDateOrder(value)}
            data={[
              { value: 'auto', label: t('mapping.auto') },
              { value: 'dmy', label: '31.12.' },
              { value: 'mdy', label: '12/31' },
            ]}
            data-testid="mapping-date-order"
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('mapping.decimal')}>
          <SegmentedControl
            fullWidth
            value={decimal}
            onChange={(value) => setDecimal(value)}
            data={[
              { value: 'auto', label: t('mapping.auto') },
              { value: '.', label: '1,234.5' },
              { value: ',', label: '1 234,5' },
            ]}
            data-testid="mapping-decimal"
          />
        </Input.Wrapper>
      </SimpleGrid>

      <ScrollArea type="auto" offsetScrollbars>
        <Table
          verticalSpacing={4}
          fz="sm"
          data-testid="mapping-columns"
          style={{ minWidth: headers.length * 150 }}
        >
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, index) => (
                <Table.Th key={index} style={{ minWidth: 150 }}>
                  <Text size="xs" fw={600} truncate title={header}>
                    {header || t('mapping.unnamed', { index: index + 1 })}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              {headers.map((header, index) => (
                <Table.Td key={index}>
                  <Select
                    size="xs"
                    data={roleOptions}
                    value={roleValue(roles[index] ?? null)}
                    onChange={(value) =>
                      setRoles((current) => current.map((role, i) => (i === index ? roleOf(value) : role)))
                    }
                    allowDeselect={false}
                    aria-label={t('mapping.roleOf', { header })}
                    data-testid={`mapping-role-${index}`}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
            {samples.map((record, row) => (
              <Table.Tr key={row}>
                {headers.map((_, index) => (
                  <Table.Td key={index} c="dimmed" className="tabular">
                    <Text size="xs" truncate>
                      {record[index] ?? ''}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>

      <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
        {t('mapping.preview')}
      </Text>
      {preview.ok ? (
        <Stack gap={4} data-testid="mapping-preview">
          {preview.export.rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('mapping.noRows')}
            </Text>
          ) : (
            <Table verticalSpacing={2} fz="xs">
              <Table.Tbody>
                {preview.export.rows.slice(0, 5).map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td c="dimmed" w={60}>
                      {t('mapping.row', { row: row.row })}
                    </Table.Td>
                    <Table.Td w={200} className="tabular">
                      {row.period
                        ? `${formatDate(row.period.from, language)} – ${formatDate(row.period.to, language)}`
                        : t('mapping.noPeriod')}
                    </Table.Td>
                    <Table.Td w={120}>{t(`app:channels.${row.channel}`)}</Table.Td>
                    <Table.Td className="tabular">
                      {[
                        ...(row.campaignName ? [row.campaignName] : []),
                        ...Object.entries(row.metrics)
                          .sort(([a], [b]) => fieldOrder(a) - fieldOrder(b))
                          .map(
                            ([field, value]) =>
                              `${t(`metrics.${metricKeyOfField(field)}`)} ${formatFieldValue(
                                field,
                                value ?? null,
                                {
                                  language,
                                  currency: row.currency ?? client.currency,
                                },
                              )}`,
                          ),
                      ].join(' · ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {preview.export.rejected.slice(0, 3).map((issue, index) => (
            <Text size="xs" c="red" key={index}>
              {issueText(issue)}
            </Text>
          ))}
        </Stack>
      ) : (
        <Alert color="yellow" variant="light" p="xs" data-testid="mapping-problem">
          {issueText(preview.error)}
        </Alert>
      )}

      <Group justify="space-between" mt="xs">
        <Button variant="subtle" color="gray" onClick={onBack}>
          {t('mapping.back')}
        </Button>
        <Button
          onClick={() => onContinue(mapping)}
          disabled={!ready}
          data-testid="mapping-continue"
          data-autofocus
        >
          {t('mapping.continue')}
        </Button>
      </Group>
    </Stack>
  )
}
