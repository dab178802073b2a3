/** The client list: every client with owner, activity and workload, searchable and filterable. */
import { useCallback, useMemo } from 'react'
import { Button, Group, SegmentedControl, Table, Text, TextInput } from '@mantine/core'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { INTL_LOCALE } from '@shared/format'
import {
  campaignsRepository,
  clientsRepository,
  onboardingItemsRepository,
  tasksRepository,
  teamMembersRepository,
} from '../../db/repositories'
import { Page } from '../components/Page'
import { FirstRun } from '../components/FirstRun'
import { ClientListRow } from '../components/ClientListRow'
import { useAppStore } from '../store'
import { BudgetFlagHeader } from '../features/budgets/BudgetFlag'
import { useBudgetLevels } from '../features/budgets/useBudgetLevels'
import { SpacerRow, useTableWindow } from '../components/virtual-rows'

const COLUMN_COUNT = 9

/** The Clients screen. */
export function ClientsScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const language = useAppStore((state) => state.language)
  const search = useAppStore((state) => state.clientSearch)
  const filter = useAppStore((state) => state.clientFilter)
  const setSearch = useAppStore((state) => state.setClientSearch)
  const setFilter = useAppStore((state) => state.setClientFilter)
  const openClientForm = useAppStore((state) => state.openClientForm)
  const budgetLevels = useBudgetLevels()

  const data = useLiveQuery(async () => {
    const [clients, team, openTasks, liveCampaigns, onboarding] = await Promise.all([
      clientsRepository.listSorted({ includeArchived: true, locale: INTL_LOCALE[language] }),
      teamMembersRepository.list(),
      tasksRepository.countOpenByClient(),
      campaignsRepository.countByClient(['live', 'testing']),
      onboardingItemsRepository.progressByClient(),
    ])
    return {
      clients,
      owners: new Map(team.map((member) => [member.id, member.name])),
      openTasks,
      liveCampaigns,
      onboarding,
    }
  }, [language])

  const needle = search.trim().toLocaleLowerCase()
  // Every scroll step re-renders the screen (the window moves): the list is filtered only when
  // the data, the filter or the search changes.
  const visible = useMemo(
    () =>
      (data?.clients ?? []).filter((client) => {
        const archived = client.archivedAt !== null
        if (filter === 'archived' ? !archived : archived) return false
        if ((filter === 'active' || filter === 'light') && client.activityLevel !== filter) return false
        return !needle || `${client.name} ${client.industry}`.toLocaleLowerCase().includes(needle)
      }),
    [data, filter, needle],
  )
  const openClient = useCallback((clientId: string) => void navigate(`/clients/${clientId}`), [navigate])
  const {
    setBody,
    items: windowItems,
    before,
    after,
    measure,
  } = useTableWindow(visible.length, { estimate: 45 })

  if (data && data.clients.length === 0) return <FirstRun />

  return (
    <Page
      title={t('clients.title')}
      subtitle={data ? t('clients.count', { count: visible.length }) : null}
      testId="clients-screen"
      actions={
        <Button
          leftSection={<IconPlus size={14} />}
          onClick={() => openClientForm(null)}
          data-testid="new-client"
        >
          {t('clients.new')}
        </Button>
      }
      toolbar={
        <Group py={8} gap="sm">
          <TextInput
            placeholder={t('clients.searchPlaceholder')}
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={260}
            data-testid="client-search"
            aria-label={t('common.search')}
          />
          <SegmentedControl
            value={filter}
            onChange={(value) => setFilter(value)}
            data={(['all', 'active', 'light', 'archived'] as const).map((value) => ({
              value,
              label: t(`clients.filter.${value}`),
            }))}
          />
        </Group>
      }
    >
      <Table highlightOnHover stickyHeader horizontalSpacing={7} data-testid="client-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th pl="lg">{t('clients.columns.name')}</Table.Th>
            <Table.Th>{t('clients.columns.industry')}</Table.Th>
            <Table.Th>{t('clients.columns.owner')}</Table.Th>
            <Table.Th>{t('clients.columns.since')}</Table.Th>
            <Table.Th>{t('clients.columns.activity')}</Table.Th>
            <Table.Th>{t('onboarding.column')}</Table.Th>
            <Table.Th px={4} ta="right">
              <BudgetFlagHeader />
            </Table.Th>
            <Table.Th ta="right">{t('clients.columns.campaigns')}</Table.Th>
            <Table.Th ta="right" pr="lg">
              {t('clients.columns.openTasks')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={setBody}>
          <SpacerRow height={before} columns={COLUMN_COUNT} />
          {(windowItems ?? visible.map((_, index) => ({ index }))).map(({ index }) => {
            const client = visible[index]
            if (!client) return null
            return (
              <ClientListRow
                key={client.id}
                client={client}
                language={language}
                index={windowItems ? index : null}
                measure={windowItems ? measure : null}
                ownerName={(client.ownerId && data?.owners.get(client.ownerId)) || null}
                activityLabel={t(`activity.${client.activityLevel}`)}
                archivedLabel={t('clients.archived')}
                onboarding={data?.onboarding.get(client.id)}
                budget={budgetLevels?.get(client.id)}
                liveCampaigns={data?.liveCampaigns.get(client.id) ?? 0}
                openTasks={data?.openTasks.get(client.id) ?? 0}
                onOpen={openClient}
              />
            )
          })}
          <SpacerRow height={after} columns={COLUMN_COUNT} />
        </Table.Tbody>
      </Table>
      {data && visible.length === 0 && needle ? (
        <Text c="dimmed" size="sm" p="lg">
          {t('clients.noMatch', { search })}
        </Text>
      ) : null}
    </Page>
  )
}
