/** What a backup holds, as a compact two-column table (restore dialog and restore offer). */
import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BackupSummary } from '@shared/backups'
import { formatInstant, formatMonth, formatNumber } from '@shared/format'
import { CURRENT_VERSION } from '../../../db/backup'
import { useAppStore } from '../../store'

/** The rows: file, export time, clients, result months, meetings, records, version. */
export function BackupContents({ summary, name }: { summary: BackupSummary; name: string }) {
  const { t } = useTranslation('backups')
  const language = useAppStore((state) => state.language)
  const number = (value: number) => formatNumber(value, language)
  const months =
    summary.monthsFrom && summary.monthsTo
      ? `${number(summary.metricMonths)} (${formatMonth(summary.monthsFrom, language)} – ${formatMonth(summary.monthsTo, language)})`
      : number(summary.metricMonths)
  const version =
    summary.databaseVersion < CURRENT_VERSION
      ? t('preview.olderVersion', { version: summary.databaseVersion, current: CURRENT_VERSION })
      : String(summary.databaseVersion)
  const rows: [string, string, string][] = [
    ['file', t('preview.file'), name],
    [
      'exported',
      t('preview.exportedAt'),
      summary.exportedAt ? formatInstant(summary.exportedAt, language) : t('preview.unknown'),
    ],
    ['clients', t('preview.clients'), number(summary.clients)],
    ['months', t('preview.metricMonths'), months],
    ['meetings', t('preview.meetings'), number(summary.meetings)],
    ['records', t('preview.records'), number(summary.records)],
    ['version', t('preview.version'), version],
  ]
  return (
    <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} data-testid="backup-contents">
      <Table.Tbody>
        {rows.map(([key, label, value]) => (
          <Table.Tr key={key}>
            <Table.Td w={170}>
              <Text size="sm" c="dimmed">
                {label}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text
                size="sm"
                className="tabular"
                data-testid={`backup-contents-${key}`}
                style={{ wordBreak: 'break-all' }}
              >
                {value}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
