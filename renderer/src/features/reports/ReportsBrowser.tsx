/**
 * Exported reports, newest first — by client and period, with their status (draft, verified,
 * sent) — and the first page of the one selected. The PM opens a report, shows it in its folder
 * or marks it sent from its row. The Reports screen shows every client's; a client's page its own.
 */
import { useMemo, useState } from 'react'
import {
  ActionIcon,
  Badge,
  Box,
  Center,
  Group,
  Select,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import {
  IconExternalLink,
  IconFileAnalytics,
  IconFolderOpen,
  IconSend,
  IconSendOff,
} from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatInstant } from '@shared/format'
import { reportFileStatus, type Client, type ReportFile, type ReportFileStatus } from '@shared/schemas'
import { clientsRepository, reportsRepository } from '../../../db/repositories'
import { ClientMark } from '../../components/ClientMark'
import { useLanguage } from '../../lib/useLanguage'
import { usePeriodText } from './labels'
import { PdfPreview } from './PdfPreview'
import { useReportActions } from './useReportActions'

const STATUS_COLOR: Record<ReportFileStatus, string> = { draft: 'orange', verified: 'teal', sent: 'indigo' }
const PREVIEW_WIDTH = 250
const NOWRAP = { whiteSpace: 'nowrap' } as const

/** A report's status as a badge. */
export function ReportStatusBadge({ report }: { report: Pick<ReportFile, 'draft' | 'sentAt'> }) {
  const { t } = useTranslation('reports')
  const status = reportFileStatus(report)
  return (
    <Badge
      size="sm"
      variant="light"
      color={STATUS_COLOR[status]}
      // A table cell may shrink below a badge's text; the status must never be cut to "D…".
      style={{ minWidth: 'max-content' }}
      data-testid="report-status"
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  )
}

/** The list and preview; `clientId` narrows it to one client (and hides the client column). */
export function ReportsBrowser({ clientId }: { clientId?: string }) {
  const { t } = useTranslation('reports')
  const reports = useLiveQuery(
    () => (clientId ? reportsRepository.forClient(clientId) : reportsRepository.list()),
    [clientId],
  )
  const clients = useLiveQuery(() => clientsRepository.listSorted({ includeArchived: true }), [])
  const [filter, setFilter] = useState<string | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const byId = useMemo(() => new Map((clients ?? []).map((c) => [c.id, c])), [clients])

  if (reports === undefined || clients === undefined) return null
  if (reports.length === 0) return <NoReports forClient={clientId !== undefined} />

  const shown = filter ? reports.filter((r) => r.clientId === filter) : reports
  const selected = shown.find((r) => r.id === selectedId) ?? shown[0] ?? null
  const clientOptions = [...new Set(reports.map((r) => r.clientId))]
    .map((id) => byId.get(id))
    .filter((c): c is Client => c !== undefined)

  return (
    <Group align="flex-start" gap={0} wrap="nowrap" h="100%" data-testid="reports-browser">
      <Box style={{ flex: 1, minWidth: 0, overflowX: 'auto' }}>
        {clientId === undefined ? (
          <Group
            px="lg"
            py="xs"
            gap="sm"
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
          >
            <Select
              size="xs"
              w={240}
              placeholder={t('screen.allClients')}
              aria-label={t('screen.filterClient')}
              data={clientOptions.map((c) => ({ value: c.id, label: c.name }))}
              value={filter}
              onChange={setFilter}
              clearable
              searchable
              data-testid="reports-filter-client"
            />
            <Text size="xs" c="dimmed" className="tabular">
              {t('screen.count', { count: shown.length })}
            </Text>
          </Group>
        ) : null}
        <ReportsTable
          reports={shown}
          clients={byId}
          showClient={clientId === undefined}
          selectedId={selected?.id ?? null}
          onSelect={setSelectedId}
        />
      </Box>
      {selected ? (
        <Box
          p="md"
          style={{
            width: PREVIEW_WIDTH + 32,
            flexShrink: 0,
            borderLeft: '1px solid var(--mantine-color-default-border)',
            alignSelf: 'stretch',
          }}
        >
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb="xs" style={{ letterSpacing: 0.4 }}>
            {t('preview.title')}
          </Text>
          <PdfPreview report={selected} width={PREVIEW_WIDTH} />
        </Box>
      ) : null}
    </Group>
  )
}

function ReportsTable({
  reports,
  clients,
  showClient,
  selectedId,
  onSelect,
}: {
  reports: ReportFile[]
  clients: Map<string, Client>
  showClient: boolean
  selectedId: string | null
  onSelect: (id: string) => void
}) {
  const { t } = useTranslation('reports')
  const language = useLanguage()
  const periodText = usePeriodText()
  const actions = useReportActions()
  return (
    <Table highlightOnHover stickyHeader data-testid="reports-table" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          {showClient ? <Table.Th pl="lg">{t('screen.columns.client')}</Table.Th> : null}
          <Table.Th {...(showClient ? {} : { pl: 'lg' })}>{t('screen.columns.report')}</Table.Th>
          <Table.Th>{t('screen.columns.status')}</Table.Th>
          <Table.Th>{t('screen.columns.exported')}</Table.Th>
          <Table.Th pr="md" ta="right">
            <VisuallyHidden>{t('screen.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reports.map((report) => {
          const client = clients.get(report.clientId)
          const selected = report.id === selectedId
          return (
            <Table.Tr
              key={report.id}
              className="clickable-row"
              tabIndex={0}
              onClick={() => onSelect(report.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onSelect(report.id)
              }}
              bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
              aria-selected={selected}
              data-testid="report-row"
              data-client={client?.name ?? ''}
              data-kind={report.kind}
              data-period={report.period}
              data-file={report.fileName}
            >
              {showClient ? (
                <Table.Td pl="lg" maw={220}>
                  <Group gap={8} wrap="nowrap">
                    {client ? <ClientMark client={client} size={20} /> : null}
                    <Text size="sm" truncate title={client?.name}>
                      {client?.name ?? '—'}
                    </Text>
                  </Group>
                </Table.Td>
              ) : null}
              <Table.Td {...(showClient ? {} : { pl: 'lg' })}>
                <Text size="sm" style={NOWRAP}>
                  {t(`kinds.${report.kind}`)} · {periodText(report.period, 'short')}
                </Text>
                <Text size="xs" c="dimmed" truncate maw={260} title={report.fileName}>
                  {report.fileName}
                </Text>
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <ReportStatusBadge report={report} />
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <Text size="sm" className="tabular">
                  {formatInstant(report.exportedAt, language)}
                </Text>
              </Table.Td>
              <Table.Td pr="md">
                <Group gap={0} justify="flex-end" wrap="nowrap" onClick={(event) => event.stopPropagation()}>
                  <Tooltip label={t('screen.open')} openDelay={400}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('screen.open')}
                      onClick={() => void actions.open(report.id)}
                      data-testid="report-open"
                    >
                      <IconExternalLink size={15} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('screen.reveal')} openDelay={400}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('screen.reveal')}
                      onClick={() => void actions.reveal(report.id)}
                      data-testid="report-reveal"
                    >
                      <IconFolderOpen size={15} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip
                    label={report.sentAt ? t('screen.markNotSent') : t('screen.markSent')}
                    openDelay={400}
                  >
                    <ActionIcon
                      variant="subtle"
                      color={report.sentAt ? 'indigo' : 'gray'}
                      aria-label={report.sentAt ? t('screen.markNotSent') : t('screen.markSent')}
                      onClick={() => void actions.setSent(report.id, report.sentAt === null)}
                      data-testid="report-mark-sent"
                    >
                      {report.sentAt ? <IconSendOff size={15} /> : <IconSend size={15} />}
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

function NoReports({ forClient }: { forClient: boolean }) {
  const { t } = useTranslation('reports')
  return (
    <Center h="100%" p="xl" data-testid="reports-empty">
      <Stack align="center" gap="xs" maw={400}>
        <ThemeIcon size={40} radius="md" variant="light" color="gray">
          <IconFileAnalytics size={22} />
        </ThemeIcon>
        <Text fw={600}>{forClient ? t('screen.emptyClient') : t('screen.empty')}</Text>
        {forClient ? null : (
          <Text size="sm" c="dimmed" ta="center">
            {t('screen.emptyBody')}
          </Text>
        )}
      </Stack>
    </Center>
  )
}
