/**
 * A client's Data tab: the metric months as a grid (typed, pasted or imported), the client's
 * targets, and its custom KPIs. The grid is the default view; imports open from its toolbar.
 */
import { useCallback, useMemo, useState } from 'react'
import { ActionIcon, Box, Button, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core'
import { IconColumns3, IconFileImport, IconLayoutRows, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { buildGridRows, gridColumns, readField, rowIdOf, type GridRowKey } from '@shared/data-entry'
import { formatDate } from '@shared/format'
import type { Client } from '@shared/schemas'
import { campaignsRepository, metricMonthsRepository } from '../../../db/repositories'
import { EmptyLine } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { AddRowPopover } from './AddRowPopover'
import { CustomKpisEditor } from './CustomKpisEditor'
import { ImportWizard } from './import/ImportWizard'
import { MetricGrid } from './MetricGrid'
import { TargetsEditor } from './TargetsEditor'

type View = 'months' | 'targets' | 'kpis'

/** The Data tab of a client's page. */
export function DataTab({ client }: { client: Client }) {
  const { t } = useTranslation('data')
  const language = useLanguage()
  const [view, setView] = useState<View>('months')
  const [importOpen, setImportOpen] = useState(false)
  // Each import starts a fresh grid (and so a fresh undo history): undoing across an import
  // would write back values the import just replaced.
  const [generation, setGeneration] = useState(0)
  const stored = useLiveQuery(() => metricMonthsRepository.listForClient(client.id), [client.id])
  const campaigns = useLiveQuery(() => campaignsRepository.listForClient(client.id), [client.id])
  const [pending, setPending] = useState<GridRowKey[]>([])
  const [allExpanded, setAllExpanded] = useState(false)
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set())
  const [focusRequest, setFocusRequest] = useState<{ rowId: string; key: string } | null>(null)

  const isExpanded = useCallback(
    (groupId: string) => allExpanded !== flipped.has(groupId),
    [allExpanded, flipped],
  )
  const toggleGroup = useCallback(
    (groupId: string) =>
      setFlipped((current) => {
        const next = new Set(current)
        if (next.has(groupId)) next.delete(groupId)
        else next.add(groupId)
        return next
      }),
    [],
  )
  const touchRows = useCallback(
    (keys: GridRowKey[]) =>
      setPending((current) => {
        const known = new Set(current.map(rowIdOf))
        const added: GridRowKey[] = []
        for (const key of keys) {
          const id = rowIdOf(key)
          if (known.has(id)) continue
          known.add(id)
          added.push(key)
        }
        return added.length === 0 ? current : [...current, ...added]
      }),
    [],
  )

  const [showEmptyColumns, setShowEmptyColumns] = useState(false)
  const allColumns = useMemo(() => gridColumns(client.customKpis), [client.customKpis])
  // Metrics nobody measured for this client (no reach on search, no followers without social)
  // are hidden until asked for, so the columns that matter fit on screen.
  const emptyColumns = useMemo(() => {
    const records = stored ?? []
    if (records.length === 0) return new Set<string>()
    return new Set(
      allColumns
        .filter((column) => column.editable)
        .filter((column) => records.every((record) => readField(record, column.field) === null))
        .map((column) => column.key),
    )
  }, [allColumns, stored])
  const columns = useMemo(
    () => (showEmptyColumns ? allColumns : allColumns.filter((column) => !emptyColumns.has(column.key))),
    [allColumns, emptyColumns, showEmptyColumns],
  )
  const campaignNames = useMemo(
    () => new Map((campaigns ?? []).map((campaign) => [campaign.id, campaign.name])),
    [campaigns],
  )
  const rows = useMemo(
    () =>
      buildGridRows({
        client,
        clientId: client.id,
        rows: stored ?? [],
        pending,
        campaignNames,
        expanded: isExpanded,
      }),
    [client, stored, pending, campaignNames, isExpanded],
  )
  const hasCampaignRows = rows.some((row) => row.campaignCount > 0)

  // `?month=2026-10` (a link from the Results tab's checks) selects that month's first row,
  // or the nearest earlier month that has rows.
  const [searchParams] = useSearchParams()
  const wantedMonth = searchParams.get('month')
  const monthRequest = useMemo(() => {
    if (!wantedMonth) return null
    const row = rows.find((candidate) => candidate.key.month <= wantedMonth) ?? rows[rows.length - 1]
    return row ? { rowId: row.id, key: `month:${wantedMonth}` } : null
  }, [wantedMonth, rows])

  const addRow = (key: GridRowKey) => {
    touchRows([key])
    setFocusRequest({ rowId: rowIdOf(key), key: `add:${Date.now()}` })
  }

  return (
    <Box
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
      data-testid="client-data"
    >
      <Group
        justify="space-between"
        px="lg"
        py={8}
        wrap="nowrap"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)', flex: 'none' }}
      >
        <Group gap="md" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
          <SegmentedControl
            value={view}
            onChange={(value) => setView(value)}
            data={[
              { value: 'months', label: t('views.months') },
              { value: 'targets', label: t('views.targets') },
              { value: 'kpis', label: t('views.kpis') },
            ]}
            data-testid="data-view"
          />
          {view === 'months' ? (
            <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
              {t('baselineNote', { date: formatDate(client.cooperationStart, language) })}
            </Text>
          ) : null}
        </Group>
        {view === 'months' ? (
          <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
            {hasCampaignRows || allExpanded ? (
              <Tooltip label={allExpanded ? t('grid.collapseAll') : t('grid.expandAll')} withArrow>
                <ActionIcon
                  variant={allExpanded ? 'light' : 'subtle'}
                  color="gray"
                  size={28}
                  onClick={() => {
                    setAllExpanded((current) => !current)
                    setFlipped(new Set())
                  }}
                  aria-label={allExpanded ? t('grid.collapseAll') : t('grid.expandAll')}
                  aria-pressed={allExpanded}
                  data-testid="toggle-all-campaigns"
                >
                  <IconLayoutRows size={16} />
                </ActionIcon>
              </Tooltip>
            ) : null}
            {emptyColumns.size > 0 ? (
              <Tooltip
                label={
                  showEmptyColumns ? t('grid.hideEmpty') : t('grid.showEmpty', { count: emptyColumns.size })
                }
                withArrow
              >
                <ActionIcon
                  variant={showEmptyColumns ? 'light' : 'subtle'}
                  color="gray"
                  size={28}
                  onClick={() => setShowEmptyColumns((current) => !current)}
                  aria-label={
                    showEmptyColumns ? t('grid.hideEmpty') : t('grid.showEmpty', { count: emptyColumns.size })
                  }
                  aria-pressed={showEmptyColumns}
                  data-testid="toggle-empty-columns"
                >
                  <IconColumns3 size={16} />
                </ActionIcon>
              </Tooltip>
            ) : null}
            <AddRowPopover client={client} rows={stored ?? []} onAdd={addRow}>
              <Button variant="default" leftSection={<IconPlus size={14} />} data-testid="add-row">
                {t('addRow.button')}
              </Button>
            </AddRowPopover>
            <Button
              leftSection={<IconFileImport size={14} />}
              onClick={() => setImportOpen(true)}
              data-testid="import-open"
            >
              {t('import.open')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {view === 'months' ? (
        stored === undefined ? null : rows.length === 0 ? (
          <Stack gap="xs" px="lg" py="md" data-testid="grid-empty">
            <EmptyLine>{t('grid.empty')}</EmptyLine>
          </Stack>
        ) : (
          <MetricGrid
            key={generation}
            clientId={client.id}
            clientCurrency={client.currency}
            rows={rows}
            columns={columns}
            language={language}
            isExpanded={isExpanded}
            onToggleGroup={toggleGroup}
            onTouchRows={touchRows}
            focusRequest={focusRequest ?? monthRequest}
          />
        )
      ) : null}
      {view === 'targets' ? (
        <Box style={{ flex: 1, overflow: 'auto' }}>
          <TargetsEditor client={client} />
        </Box>
      ) : null}
      {view === 'kpis' ? (
        <Box style={{ flex: 1, overflow: 'auto' }}>
          <CustomKpisEditor client={client} />
        </Box>
      ) : null}
      <ImportWizard
        client={client}
        opened={importOpen}
        onClose={() => setImportOpen(false)}
        onImported={() => {
          setGeneration((current) => current + 1)
          setPending([])
        }}
      />
    </Box>
  )
}
